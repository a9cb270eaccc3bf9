import type { ColumnId, TableKind } from '../model/table.js';

/**
 * What each canonical column is called in the sheets teams keep, Indonesian and
 * English, as `normalizeHeader` leaves them (lowercase, no punctuation, single spaces).
 * Order matters: within a column, earlier aliases win when several headers match, and
 * an exact match always beats a header that merely contains an alias's words.
 */
export const COLUMN_ALIASES: Readonly<Record<ColumnId, readonly string[]>> = {
  no: ['no', 'nomor', 'no urut', 'number'],
  name: ['kol', 'nama kol', 'nama', 'name', 'kol name', 'nama influencer', 'influencer', 'creator', 'nama creator', 'nama lengkap'],
  account: ['nama akun', 'akun', 'account', 'account name', 'nama affiliate', 'affiliator', 'affiliate', 'username'],
  handle: ['handle', 'username ig', 'akun instagram', 'instagram handle', 'akun ig', 'id instagram'],
  followers: ['followers', 'follower', 'pengikut', 'jumlah pengikut', 'jumlah followers', 'followers count', 'jml followers'],
  address: ['address', 'alamat', 'alamat pengiriman', 'alamat lengkap', 'shipping address'],
  phone: ['phone', 'no hp', 'nomor hp', 'no telp', 'nomor telepon', 'telepon', 'no wa', 'whatsapp', 'nomor wa'],
  postDate: ['post date', 'tanggal posting', 'tgl posting', 'posting date', 'tanggal post', 'tanggal upload', 'upload date', 'posted'],
  prStatus: ['willing to receive pr pack', 'bersedia menerima pr pack', 'status pr pack', 'pr pack', 'status barter', 'barter', 'status', 'keterangan'],
  platform: ['platform', 'media sosial', 'sosmed', 'social media', 'channel'],
  brand: ['brand', 'merek', 'merk', 'produk', 'product'],
  link: ['link', 'tautan', 'url', 'link instagram', 'link ig', 'link tiktok', 'link profil', 'profile link', 'link akun', 'profil', 'profile'],
  month: ['month', 'bulan', 'periode', 'period'],
  deadline: ['deadline', 'tenggat', 'tenggat posting', 'batas posting', 'due date'],
  shipDate: ['pr pack sent', 'tanggal kirim', 'tgl kirim', 'tanggal pengiriman', 'ship date', 'shipped', 'pr pack dikirim'],
  consent: ['consent', 'persetujuan', 'persetujuan data', 'izin data', 'consent data'],
  contactPerson: ['pic', 'contact person', 'penanggung jawab', 'manager', 'manajer'],
  tier: ['tier', 'kategori', 'category'],
  notes: ['notes', 'catatan', 'keterangan', 'remarks'],
  status: ['status', 'keterangan', 'status deal'],
  videos: ['video', 'videos', 'jumlah video'],
  lives: ['live', 'lives', 'live shopping', 'jumlah live'],
  proof: ['bukti', 'proof', 'link bukti', 'bukti video'],
  commission: ['komisi', 'commission', 'komisi persen', 'commission rate'],
  sales: ['penjualan', 'sales', 'omzet', 'gmv'],
  target: ['target', 'target penjualan', 'sales target'],
  postLink: ['post link', 'link posting', 'link post', 'tautan posting', 'link konten', 'content link'],
  caption: ['caption', 'keterangan posting', 'teks caption'],
  views: ['views', 'view', 'tayangan', 'jumlah tayangan', 'reach'],
  likes: ['likes', 'like', 'suka'],
  comments: ['comments', 'comment', 'komentar'],
};

/** The columns each kind of table can have, in the order they claim headers. */
export const KIND_COLUMNS: Readonly<Record<TableKind, readonly ColumnId[]>> = {
  'kol-listing': ['no', 'name', 'handle', 'followers', 'address', 'phone', 'postDate', 'prStatus', 'platform', 'brand', 'link', 'month', 'deadline', 'shipDate', 'consent', 'contactPerson', 'tier', 'notes'],
  'posting-recap': ['no', 'name', 'handle', 'link', 'brand', 'platform', 'month', 'shipDate', 'deadline', 'postDate', 'postLink', 'caption', 'views', 'likes', 'comments', 'contactPerson', 'notes'],
  'affiliate-deals': ['no', 'account', 'link', 'status', 'month', 'platform', 'brand', 'videos', 'lives', 'proof', 'commission', 'sales', 'target', 'contactPerson', 'notes'],
};

/** Columns whose presence says "this is that kind of table" (see detectKind). */
export const KIND_SIGNATURE: Readonly<Record<TableKind, readonly ColumnId[]>> = {
  'kol-listing': ['followers', 'prStatus', 'address', 'tier'],
  'posting-recap': ['postLink', 'caption', 'views', 'likes', 'comments'],
  'affiliate-deals': ['account', 'videos', 'lives', 'proof', 'commission', 'sales'],
};

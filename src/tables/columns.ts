import type { ColumnId, TableKind } from '../model/table.js';

/**
 * What each canonical column is called in the sheets teams keep, Indonesian and English,
 * written as `headerWords` leaves a header (lowercase, punctuation gone, abbreviations
 * spelled out: `Tgl.` → `tanggal`, `IG` → `instagram`).
 *
 * - `phrases`: whole headers that name the column outright (an exact match). A header
 *   that *starts* with a phrase's words and adds others (`Tanggal Posting KOL Herbana`)
 *   still matches well.
 * - `words`: words that point at the column, weighted: 3 names it on its own
 *   (`pengikut`), 2 is strong (`bersedia`, `upload`), 1 supports (`tanggal`, `pr`), less
 *   only colours a header. A header matches by words when its known words weigh at least
 *   2; each word the column does not know weighs against it.
 * - `generic`: headers that could mean this column or several others (`Keterangan`,
 *   `Status`): they match only as a last resort, and lose to any header that says more.
 *
 * Build each list as widely as teams write it; every addition needs a test on a real file.
 */
export interface ColumnTerms {
  readonly phrases: readonly string[];
  readonly words: Readonly<Record<string, number>>;
  readonly generic?: readonly string[];
}

export const COLUMN_TERMS: Readonly<Record<ColumnId, ColumnTerms>> = {
  no: {
    phrases: ['no', 'no urut', 'number', 'urutan'],
    words: { no: 3, urut: 1, number: 2, urutan: 2 },
  },
  name: {
    phrases: ['kol', 'nama', 'name', 'nama kol', 'kol name', 'nama influencer', 'influencer', 'influencer name', 'creator', 'nama creator',
      'kreator', 'nama kreator', 'nama lengkap', 'full name', 'talent', 'nama talent', 'endorser', 'nama endorser', 'nama selebgram', 'selebgram'],
    words: { nama: 2, name: 2, kol: 2, influencer: 2, creator: 2, kreator: 2, talent: 2, endorser: 2, selebgram: 2, lengkap: 0.5, full: 0.5 },
  },
  account: {
    phrases: ['nama akun', 'akun', 'account', 'account name', 'nama affiliate', 'affiliate', 'affiliator', 'nama affiliator', 'username',
      'nama', 'name', 'kol', 'nama kol', 'creator', 'nama creator', 'affiliate name', 'akun affiliate', 'nama toko'],
    words: { akun: 3, account: 3, affiliate: 2, affiliator: 3, username: 3, nama: 1, name: 1, kol: 1, creator: 1, toko: 1, instagram: 0.5, tiktok: 0.5 },
  },
  handle: {
    phrases: ['handle', 'username', 'username instagram', 'username tiktok', 'akun instagram', 'akun tiktok', 'id instagram', 'instagram handle',
      'user', 'user id', 'id akun', 'akun sosmed'],
    words: { handle: 3, username: 3, user: 1.5, akun: 1.5, id: 1, instagram: 1, tiktok: 1, youtube: 1, sosmed: 0.5 },
  },
  followers: {
    phrases: ['followers', 'follower', 'pengikut', 'jumlah pengikut', 'jumlah followers', 'jumlah follower', 'followers count', 'total followers',
      'subscribers', 'subscriber', 'followers instagram', 'followers tiktok'],
    words: { followers: 3, follower: 3, pengikut: 3, subscribers: 3, subscriber: 3, subscribe: 2, jumlah: 0.5, total: 0.5, count: 0.5,
      instagram: 0.5, tiktok: 0.5, youtube: 0.5 },
  },
  address: {
    phrases: ['alamat', 'address', 'alamat pengiriman', 'alamat lengkap', 'shipping address', 'alamat kirim', 'alamat rumah', 'domisili'],
    words: { alamat: 3, address: 3, domisili: 2, pengiriman: 1, kirim: 0.5, lengkap: 0.5, shipping: 1, rumah: 0.5 },
  },
  phone: {
    phrases: ['no hp', 'hp', 'handphone', 'no telepon', 'telepon', 'nomor telepon', 'phone', 'phone number', 'no whatsapp', 'whatsapp',
      'kontak', 'contact', 'no kontak', 'contact number'],
    words: { hp: 3, handphone: 3, telepon: 3, phone: 3, whatsapp: 3, kontak: 2, contact: 1.5, no: 0.5, number: 0.5 },
  },
  postDate: {
    phrases: ['post date', 'tanggal posting', 'posting date', 'tanggal post', 'tanggal upload', 'upload date', 'posted', 'posted on',
      'date posted', 'tanggal tayang', 'tanggal publish', 'publish date', 'posting', 'uploaded', 'tanggal diupload', 'tanggal diposting'],
    words: { posting: 2, post: 2, posted: 3, upload: 2, uploaded: 3, diupload: 2, diposting: 2, tayang: 2, publish: 2, published: 2,
      tanggal: 1, date: 1 },
  },
  prStatus: {
    phrases: ['willing to receive pr pack', 'bersedia menerima pr pack', 'bersedia terima pr pack', 'terima pr pack', 'menerima pr pack',
      'status pr pack', 'pr pack', 'status barter', 'barter', 'bersedia', 'konfirmasi', 'konfirmasi kol', 'respon', 'respon kol', 'respons kol',
      'response', 'status kerjasama', 'status kolaborasi', 'kesediaan', 'bersedia barter', 'mau barter'],
    words: { bersedia: 3, kesediaan: 3, willing: 3, barter: 3, terima: 2, menerima: 2, receive: 2, konfirmasi: 2, confirmation: 2,
      respon: 2, respons: 2, response: 2, kerjasama: 2, kolaborasi: 2, collab: 2, collaboration: 2, pr: 1, pack: 1, status: 1, kol: 0.5 },
    generic: ['status', 'keterangan'],
  },
  platform: {
    phrases: ['platform', 'media sosial', 'sosmed', 'medsos', 'social media', 'sosial media', 'channel', 'platform media sosial', 'media'],
    words: { platform: 3, sosmed: 3, medsos: 3, channel: 2, media: 1, sosial: 1, social: 1 },
  },
  brand: {
    phrases: ['brand', 'merek', 'merk', 'produk', 'product', 'nama brand', 'nama produk', 'brand produk'],
    words: { brand: 3, merek: 3, merk: 3, produk: 2, product: 2 },
  },
  link: {
    phrases: ['link', 'tautan', 'url', 'link instagram', 'link tiktok', 'link youtube', 'link profil', 'profile link', 'link akun', 'profil',
      'profile', 'link sosmed', 'instagram', 'tiktok', 'youtube', 'url profil', 'link profile'],
    words: { link: 2, tautan: 2, url: 2, profil: 2, profile: 2, instagram: 1, tiktok: 1, youtube: 1, akun: 1, sosmed: 0.5 },
  },
  month: {
    phrases: ['month', 'bulan', 'periode', 'period', 'bulan posting', 'bulan listing', 'bulan kerjasama'],
    words: { bulan: 3, month: 3, periode: 2, period: 2 },
  },
  deadline: {
    phrases: ['deadline', 'tenggat', 'tenggat posting', 'batas posting', 'batas upload', 'deadline posting', 'deadline upload', 'due date',
      'batas waktu', 'batas waktu posting'],
    words: { deadline: 3, tenggat: 3, batas: 2, due: 2, waktu: 0.5 },
  },
  shipDate: {
    phrases: ['pr pack sent', 'pr pack dikirim', 'tanggal kirim', 'tanggal pengiriman', 'tanggal dikirim', 'ship date', 'shipped',
      'shipping date', 'sent date', 'tanggal kirim pr pack', 'dikirim', 'pengiriman'],
    words: { kirim: 2, dikirim: 2, pengiriman: 2, sent: 2, ship: 2, shipped: 3, shipping: 2, resi: 1, tanggal: 1, date: 1, pr: 0.5, pack: 0.5 },
  },
  consent: {
    phrases: ['consent', 'persetujuan', 'persetujuan data', 'izin data', 'consent data'],
    words: { consent: 3, persetujuan: 3, izin: 2, data: 0.5 },
  },
  contactPerson: {
    phrases: ['pic', 'contact person', 'penanggung jawab', 'manager', 'manajer', 'cp', 'pic kol', 'dihubungi oleh', 'di contact oleh'],
    words: { pic: 3, manager: 2, manajer: 2, penanggung: 2, jawab: 1, cp: 2, person: 1, contact: 1, dihubungi: 2 },
  },
  tier: {
    phrases: ['tier', 'kategori', 'category', 'tier kol', 'kategori kol', 'level'],
    words: { tier: 3, kategori: 2, category: 2, level: 1 },
  },
  notes: {
    phrases: ['catatan', 'notes', 'note', 'remarks', 'keterangan', 'info'],
    words: { catatan: 2, notes: 2, note: 2, remarks: 2, keterangan: 1 },
    generic: ['catatan', 'notes', 'note', 'remarks', 'keterangan', 'info'],
  },
  status: {
    phrases: ['status', 'status deal', 'deal', 'status affiliate', 'keterangan', 'status kerjasama'],
    words: { status: 2, deal: 2, kerjasama: 1 },
    generic: ['keterangan'],
  },
  videos: {
    phrases: ['video', 'videos', 'jumlah video', 'total video', 'video posted', 'video diposting'],
    words: { video: 3, videos: 3, jumlah: 0.5, total: 0.5, konten: 1 },
  },
  lives: {
    phrases: ['live', 'lives', 'live shopping', 'jumlah live', 'sesi live', 'live streaming', 'total live'],
    words: { live: 3, lives: 3, streaming: 1, shopping: 0.5, sesi: 0.5, jumlah: 0.5 },
  },
  proof: {
    phrases: ['bukti', 'proof', 'link bukti', 'bukti video', 'bukti live', 'link video', 'screenshot live', 'ss live', 'screenshot'],
    words: { bukti: 3, proof: 3, screenshot: 2, ss: 1 },
  },
  commission: {
    phrases: ['komisi', 'commission', 'komisi persen', 'commission rate', 'persentase komisi', 'komisi affiliate', 'fee'],
    words: { komisi: 3, commission: 3, persen: 0.5, persentase: 0.5, rate: 0.5 },
  },
  sales: {
    phrases: ['penjualan', 'sales', 'omzet', 'omset', 'gmv', 'total penjualan', 'jumlah penjualan', 'revenue'],
    words: { penjualan: 3, sales: 3, omzet: 3, omset: 3, gmv: 3, revenue: 2, total: 0.5, jumlah: 0.5 },
  },
  target: {
    phrases: ['target', 'target penjualan', 'sales target', 'target sales', 'target gmv', 'target omzet'],
    words: { target: 3 },
  },
  postLink: {
    phrases: ['post link', 'link posting', 'link post', 'tautan posting', 'link konten', 'content link', 'link upload', 'url posting',
      'link reels', 'link video posting', 'link postingan', 'postingan', 'link', 'url', 'tautan', 'link published', 'published link',
      'link arsip', 'arsip link', 'archive link'],
    words: { posting: 1.5, postingan: 2, post: 1.5, konten: 1.5, content: 1.5, reels: 1.5, upload: 1, link: 1, tautan: 1, url: 1 },
  },
  caption: {
    phrases: ['caption', 'keterangan posting', 'teks caption', 'caption posting', 'isi caption', 'copywriting'],
    words: { caption: 3, copywriting: 2, teks: 1 },
  },
  views: {
    phrases: ['views', 'view', 'tayangan', 'jumlah tayangan', 'reach', 'impressions', 'impression', 'jangkauan', 'plays', 'jumlah views'],
    words: { views: 3, view: 3, tayangan: 3, reach: 3, impressions: 3, impression: 3, jangkauan: 3, plays: 2, jumlah: 0.5, total: 0.5 },
  },
  likes: {
    phrases: ['likes', 'like', 'suka', 'jumlah like', 'jumlah likes'],
    words: { likes: 3, like: 3, suka: 2, jumlah: 0.5, total: 0.5 },
  },
  comments: {
    phrases: ['comments', 'comment', 'komentar', 'jumlah komentar', 'jumlah comment'],
    words: { comments: 3, comment: 3, komentar: 3, jumlah: 0.5, total: 0.5 },
  },
  // ── The content calendar (issue 16): the brand's own posts, planned per platform.
  publishDate: {
    phrases: ['tanggal', 'date', 'hari tanggal', 'tanggal posting', 'tanggal publish', 'tanggal tayang', 'tanggal upload', 'jadwal',
      'jadwal posting', 'jadwal tayang', 'jadwal upload', 'jadwal publish', 'publish date', 'posting date', 'post date', 'scheduled date',
      'tanggal rencana', 'rencana tayang', 'day date', 'tanggal hari'],
    words: { tanggal: 1.5, date: 1.5, jadwal: 2, publish: 2, tayang: 2, posting: 1.5, post: 1.5, upload: 1.5, scheduled: 2, schedule: 2,
      rencana: 1, hari: 1, day: 1 },
  },
  weekday: {
    phrases: ['hari', 'day', 'weekday', 'nama hari'],
    words: { hari: 3, day: 2, weekday: 3 },
  },
  publishTime: {
    phrases: ['jam', 'waktu', 'time', 'jam posting', 'jam tayang', 'jam upload', 'waktu posting', 'waktu tayang', 'posting time',
      'publish time', 'jam publish', 'pukul', 'time wib', 'jam wib', 'waktu wib'],
    words: { jam: 3, waktu: 2, time: 2, pukul: 3, wib: 1, wita: 1, wit: 1, posting: 0.5, tayang: 0.5, upload: 0.5, publish: 0.5 },
  },
  contentType: {
    phrases: ['jenis konten', 'tipe konten', 'format konten', 'content type', 'type', 'format', 'jenis', 'tipe', 'jenis post',
      'tipe post', 'post type', 'format post', 'bentuk konten', 'content format'],
    words: { jenis: 2, tipe: 2, type: 2, format: 2, bentuk: 1.5, konten: 1, content: 1, post: 0.5 },
  },
  title: {
    phrases: ['tema', 'judul', 'title', 'theme', 'topik', 'topic', 'ide konten', 'content idea', 'tema konten', 'judul konten',
      'konten', 'content', 'content pillar', 'pilar konten', 'headline', 'konsep', 'concept'],
    words: { tema: 3, judul: 3, title: 3, theme: 3, topik: 3, topic: 3, ide: 2, idea: 2, pilar: 2, pillar: 2, headline: 2, konsep: 2,
      concept: 2, konten: 1, content: 1 },
  },
  hashtags: {
    phrases: ['hashtag', 'hashtags', 'tagar', 'tag', 'tags', 'hashtag tag', 'hashtags tags'],
    words: { hashtag: 3, hashtags: 3, tagar: 3, tag: 1.5, tags: 1.5 },
  },
  approvedBy: {
    phrases: ['approved by', 'disetujui oleh', 'approval', 'approver', 'approve', 'persetujuan', 'di approve oleh', 'acc oleh', 'approve by',
      'disetujui', 'diapprove'],
    words: { approved: 2, approval: 2, approver: 3, approve: 2, disetujui: 2, diapprove: 2, setuju: 1, persetujuan: 2, oleh: 1, by: 1 },
  },
  approvalDate: {
    phrases: ['tanggal approval', 'tanggal disetujui', 'approval date', 'approved date', 'approved on', 'tanggal approve', 'tanggal acc',
      'tanggal persetujuan', 'disetujui tanggal', 'approved at'],
    words: { approval: 1.5, approved: 1.5, approve: 1.5, disetujui: 1.5, persetujuan: 1.5, acc: 1, tanggal: 1, date: 1, on: 0.5, at: 0.5 },
  },
  createdDate: {
    phrases: ['tanggal dibuat', 'dibuat', 'created', 'created date', 'created on', 'date created', 'tanggal buat', 'tanggal input',
      'tanggal pembuatan', 'dibuat tanggal', 'tanggal draft'],
    words: { dibuat: 2, created: 2, buat: 1.5, pembuatan: 2, input: 1, draft: 1, tanggal: 1, date: 1, on: 0.5 },
  },
  campaign: {
    phrases: ['campaign', 'kampanye', 'nama campaign', 'campaign name', 'program', 'event'],
    words: { campaign: 3, kampanye: 3, program: 1.5, event: 1.5 },
  },
  reach: {
    phrases: ['reach', 'jangkauan', 'total reach', 'jumlah jangkauan', 'accounts reached'],
    words: { reach: 3, jangkauan: 3, reached: 3, jumlah: 0.5, total: 0.5, accounts: 0.5 },
  },
  impressions: {
    phrases: ['impressions', 'impression', 'impresi', 'tayangan', 'views', 'view', 'total impressions', 'plays'],
    words: { impressions: 3, impression: 3, impresi: 3, tayangan: 2, views: 2, view: 2, plays: 2, jumlah: 0.5, total: 0.5 },
  },
  shares: {
    phrases: ['shares', 'share', 'dibagikan', 'jumlah share', 'bagikan'],
    words: { shares: 3, share: 3, dibagikan: 3, bagikan: 2, jumlah: 0.5, total: 0.5 },
  },
  saves: {
    phrases: ['saves', 'save', 'saved', 'disimpan', 'jumlah save', 'simpan'],
    words: { saves: 3, save: 3, saved: 3, disimpan: 3, simpan: 2, jumlah: 0.5, total: 0.5 },
  },
};

/** The columns each kind of table can have; on equal scores, the earlier column claims a header. */
export const KIND_COLUMNS: Readonly<Record<TableKind, readonly ColumnId[]>> = {
  'kol-listing': ['no', 'name', 'handle', 'followers', 'address', 'phone', 'postDate', 'prStatus', 'platform', 'brand', 'link', 'month', 'deadline', 'shipDate', 'consent', 'contactPerson', 'tier', 'notes'],
  'posting-recap': ['no', 'name', 'handle', 'link', 'brand', 'platform', 'month', 'shipDate', 'deadline', 'postDate', 'postLink', 'caption', 'views', 'likes', 'comments', 'contactPerson', 'notes'],
  'affiliate-deals': ['no', 'account', 'link', 'status', 'month', 'platform', 'brand', 'videos', 'lives', 'proof', 'commission', 'sales', 'target', 'contactPerson', 'notes'],
  // `approvalDate` and `createdDate` before `publishDate`, so `Tanggal Disetujui` is the approval's, not the post's.
  'content-calendar': ['no', 'approvalDate', 'createdDate', 'publishDate', 'weekday', 'publishTime', 'platform', 'contentType', 'title', 'caption', 'hashtags',
    'status', 'approvedBy', 'postLink', 'contactPerson', 'campaign', 'brand', 'month', 'reach', 'impressions', 'likes', 'comments', 'shares',
    'saves', 'notes'],
};

/**
 * Columns only that kind of table has: a header is that kind when it has one of them
 * (matched by more than a generic word) and something that names whom the row is about.
 */
export const KIND_SIGNATURE: Readonly<Record<TableKind, readonly ColumnId[]>> = {
  'kol-listing': ['followers', 'prStatus', 'tier'],
  'posting-recap': ['postLink', 'caption', 'views', 'likes', 'comments'],
  'affiliate-deals': ['account', 'videos', 'lives', 'proof', 'commission', 'sales'],
  'content-calendar': ['contentType', 'publishTime', 'hashtags', 'approvedBy', 'approvalDate', 'createdDate', 'title'],
};

/** Columns that say whom a row is about; a table needs one. */
export const KIND_SUBJECT: Readonly<Record<TableKind, readonly ColumnId[]>> = {
  'kol-listing': ['name', 'handle', 'link'],
  'posting-recap': ['name', 'handle', 'link'],
  'affiliate-deals': ['account', 'link'],
  // A planned post is about what goes out, on which platform: its type, theme or caption.
  'content-calendar': ['contentType', 'title', 'caption'],
};

/**
 * Abbreviations and spellings teams use in headers, written out so one vocabulary word
 * covers them: `Tgl. Upload` reads as `tanggal upload`, `No. HP` as `no hp`.
 */
export const HEADER_ABBREVIATIONS: Readonly<Record<string, string>> = {
  tgl: 'tanggal', tg: 'tanggal', tanggal: 'tanggal', date: 'date',
  nomor: 'no', nmr: 'no', nomer: 'no', num: 'no',
  jml: 'jumlah', jmlh: 'jumlah',
  ig: 'instagram', insta: 'instagram', tt: 'tiktok', yt: 'youtube', fb: 'facebook',
  wa: 'whatsapp', telp: 'telepon', tlp: 'telepon', telpon: 'telepon', tel: 'telepon', hape: 'hp',
  almt: 'alamat', ket: 'keterangan', flw: 'followers', foll: 'followers', fol: 'followers', follow: 'followers',
  usn: 'username', uname: 'username', acc: 'account', acct: 'account',
  respond: 'respon', konfirm: 'konfirmasi', kerja: 'kerjasama', kerjsama: 'kerjasama',
  brg: 'barang', prpack: 'pr pack', prp: 'pr pack',
};

/** Words that carry no meaning of their own in a header (`Yang sudah di-contact`, `Nama KOL (IG)`). */
export const HEADER_FILLERS: ReadonlySet<string> = new Set(['yang', 'di', 'ke', 'dari', 'untuk', 'dan', 'atau', 'the', 'of', 'to', 'a', 'an', 'and', 'or', 'sudah', 'ya']);

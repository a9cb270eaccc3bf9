// The seed tables of ../shared/seeds/002_… ("Gambar 3.1", "3.3", "3.4"), cell for cell,
// plus one illustrative second month. Used by scripts/make-examples.mjs and by tests
// that write the same listing as CSV, through LibreOffice, etc.

/** Gambar 3.1 List KOL: header in row 1, the row numbered 28 is blank, numbering goes on at 29. */
export const LISTING_HEADER = ['No', 'KOL', 'Followers', 'Address', 'Post Date', 'Willing to receive PR Pack', 'Platform', 'Brand', 'Link Instagram'];

const L = (no, kol, followers, address, postDate, pr, handle) =>
  [no, kol, followers, address, postDate, pr, 'Instagram', 'Herbana', `https://www.instagram.com/${handle}/`];

export const LISTING_SEPTEMBER = [
  L(1, 'Nata Shina', '354K', 'iran-051188411025 Aceh SS residence Jalan aseli no 53, jagalansa, jakarta sel', '', 'YES (DONE)', 'natashina'),
  L(2, 'Juandi Pratama', '157K', '', '', '', 'juandi.pratama'),
  L(3, 'Arissa Anisa', '173K', '', '', '', 'arissaanisa'),
  L(4, 'Jasemah Labuan', '255K', '', '', '', 'jasemahlabuan'),
  L(5, 'Liana Liana', '157K', '', '', 'TIDAK BISA DI CONTACT', 'lianaliana'),
  L(6, 'Nadine Aulia', '170K', 'komplek kembang larangan jalan mangga II No 104', 'Kamis, 5 September', 'YES (DONE)', 'nadineaulia'),
  L(7, 'Suzel Yosep', '417K', '', '', '', 'suzel.yosep'),
  L(8, 'Helak Keltira', '365K', '', '', 'TIDAK BISA BARTER', 'helak.keltira'),
  L(9, 'Hil Ledy', '385K', '', '', '', 'hilledy'),
  L(10, 'Heaven H', '163K', '', '', '', 'heavenh'),
  L(11, 'Sofia Miano', '160K', '', '', '', 'sofiamiano'),
  L(12, 'Timotia Mukadi', '155K', '', '', '', 'timotiakm'),
  L(13, 'Leona Nur Hafidhoro', '129K', '05118155843 Dema futsal jalan kebagunan II no 106 no 11', '', 'YES (DONE)', 'leona_nur'),
  L(14, 'Azka Han Damar Cahaya', '85.3K', '', '', '', 'azkahan'),
  L(15, 'Handi Jon Pratama', '362K', '', '', '', 'handi.jon.pratama'),
  L(16, 'Endi Naps', '167K', '', '', '', 'endinaps'),
  L(17, 'Thang Halililar', '8.301', '', '', '', 'thanghalililar'),
  L(18, 'Wanida Shadi', '174K', '', '', '', 'wanidashadi'),
  L(19, 'Biza Estera', '10.5K', '', '', '', 'bizaestera'),
  L(20, 'Fanny Chazara', '137K', '', '', '', 'fannychazara'),
  L(21, 'Reza Haronda', '142.3K', '', '', '', 'rezaharonda'),
  L(22, 'Shafandi Viana', '85.3K', 'andjansara 081738898 J. Leonara bar 5 no 15, Medang, Kec. Pagedangan, Kab', '', 'YES (DONE)', 'shafandi.viana'),
  L(23, 'Bella Kaula Anesa', '430K', '', '', '', 'bellakaulaanesa'),
  L(24, 'Benny Chandra', '175K', '', '', '', 'bennychandra'),
  L(25, 'Cindy Labay', '86.7K', '', '', '', 'cindylabay'),
  L(26, 'Reza Satrio', '155K', '', '', '', 'rezasatrio'),
  L(27, 'Medy Hanady', '121K', '', '', 'TIDAK BISA BARTER', 'medyhanady'),
  [28, '', '', '', '', '', '', '', ''],
  L(29, 'Melochka Prudence', '10K', 'Melochka Prudence H02933225527 Jalan Puri Jaya No. 25 A Puri Kelung wala kelung, meluk meluk, pager mam no 26 RT 007 RW 002, Jaribung Baru, Kec. Pondokgede Kota Bekasi 17411', 'Selasa, 10 September', 'YES (DONE)', 'melochkapr'),
  L(30, 'Gita VSPH', '86K', '', '', '', 'gitavsp'),
  L(31, 'Dafa Cio', '41K', '', '', '', 'dafacio'),
];

/**
 * Not in the seed: a second month as teams keep it (its own sheet, a title row), to
 * show what the seed month does not — a month under the 20-KOL target, an agreed KOL
 * with no address, a brand typo, and a KOL already listed in September.
 */
export const LISTING_OKTOBER_TITLE = 'LIST KOL OKTOBER 2024';
export const LISTING_OKTOBER = [
  [1, 'Rangga Putra', '23,5K', 'Jl. Melati No. 7, Depok', 'Senin, 7 Oktober', 'YES (DONE)', 'Instagram', 'Herbamojo', 'https://www.instagram.com/ranggaputra/'],
  [2, 'Sinta Dewi', '48K', '', '', 'YES', 'Instagram', 'EssentialDHARI', 'https://www.instagram.com/sintadewi/'],
  [3, 'Nata Shina', '356K', 'Aceh SS residence Jalan aseli no 53, Jakarta Selatan', '', 'YES (DONE)', 'Instagram', 'Herbana', 'https://www.instagram.com/natashina/'],
  [4, 'Bagas Wicaksono', '1,2 jt', '', '', 'TIDAK BISA BARTER', 'Instagram', 'Herbamojo', 'https://www.instagram.com/bagaswicak/'],
  [5, 'Putri Ayu', '9.8K', '', '', '', 'TikTok', 'Herbanna', 'https://www.tiktok.com/@putriayu'],
  [6, 'Dimas Arya', '15rb', '', '', 'BELUM DIBALAS', 'Instagram', 'Herbamojo', 'https://www.instagram.com/dimasarya/'],
];

/** Gambar 3.3: title row, group row naming each brand and the period, then one date column per brand. */
export const RECAP_TITLE = 'RECAP POSTINGAN KESELURUHAN KOL';
export const RECAP_GROUP = ['', 'TANGGAL POSTING KOL HERBAMOJO JULI-SEPTEMBER', '', 'TANGGAL POSTING KOL HERBANA JULI-SEPTEMBER'];
export const RECAP_HEADER = ['No', 'Herbamojo', 'Tanggal Posting', 'Tanggal Posting'];
export const RECAP_ROWS = [
  [1, 'Gustaf Sallendra', '-', 'Rabu, 07 Agustus 2024'],
  [2, 'Andreas Peter', 'Sabtu, 27 Juli 2024', '-'],
  [3, 'Manganang', 'Senin, 05 Agustus 2024', '-'],
  [4, 'Gian Wiweka', 'Selasa, 06 Agustus 2024', '-'],
  [5, 'Anjasmara Prasetya', '-', '-'],
  [6, 'Abay', 'Jumat, 16 Agustus 2024', '-'],
  [7, 'Dennis Irwin', 'Jumat, 16 Agustus 2024', 'Selasa, 21 Agustus 2024'],
  [8, 'Lincoln Halim', 'Sabtu, 17 Agustus 2024', 'Selasa, 21 Agustus 2024'],
  [9, 'Irvan Firmansyah', 'Minggu, 18 Agustus 2024', 'Jumat, 23 Agustus 2024'],
  [10, 'Anthony Susanto', 'Jumat, 23 Agustus 2024', 'Jumat, 30 Agustus 2024'],
  [11, 'Gian Bowi', 'Minggu, 25 Agustus 2024', 'Sabtu, 31 Agustus 2024'],
  [12, 'Rio Mahotira', '-', '-'],
  [13, 'Ravi Andika', '-', 'Selasa, 03 September 2024'],
  [14, 'Andre Rorim Pandey', 'Rabu, 04 September 2024', '-'],
  [15, 'Ditto Percussion', '-', 'Jumat, 27 September 2024'],
  ['', '', '', 'Kamis, 5 September 2024'],
  ['', '', '', 'Selasa, 10 September 2024'],
  ['', '', '', 'Kamis, 12 September 2024'],
  ['', '', '', 'Sabtu, 21 September 2024'],
];

/** Gambar 3.4: stacked blocks, each a title, a header, two meta rows, then the deal rows. */
const deal = (n) => [n, 'herbana99', 'https://www.tiktok.com/@herbana99', 'DONE'];
export const AFFILIATE_BLOCKS = [
  { title: 'SHOPEE HERBANA YANG DEAL AGUSTUS', contacted: 'Yang sudah di contact: 46 (Abel Cantika)', deals: 'Yang sudah deal: 10 (Agustus)', rows: Array.from({ length: 10 }, (_, i) => deal(i + 1)) },
  { title: 'SHOPEE HERBANA YANG DEAL SEPTEMBER', contacted: 'Yang sudah di contact: TBA', deals: 'Yang sudah deal: 5 (September)', rows: Array.from({ length: 9 }, (_, i) => deal(i + 1)) },
];
export const AFFILIATE_HEADER = ['No', 'Nama Akun', 'Link', 'Status'];

/**
 * Not in the seed: the long layout a team moves to (one row per KOL × brand), for the
 * September listing's agreed KOLs, with captions to show disclosure and claim checks.
 * Dates are a mix of real date cells (Date) and text, as real recaps are.
 */
export const RECAP_LONG_HEADER = ['KOL', 'Link', 'Brand', 'Bulan', 'PR Pack Sent', 'Deadline', 'Post Date', 'Post Link', 'Caption', 'Views', 'Likes', 'Comments', 'PIC'];
const d = (y, m, day) => new Date(Date.UTC(y, m - 1, day));
export const RECAP_LONG_ROWS = [
  ['Nadine Aulia', 'https://www.instagram.com/nadineaulia/', 'Herbana', 'September 2024', d(2024, 8, 29), '', d(2024, 9, 5), 'https://www.instagram.com/p/C9nadine01/',
    '#iklan Pagi-pagi minum Herbana Temulawak biar tetap fit buat kerja seharian. Cek @herbana.id ya!', 12000, 950, 40, 'Abel Cantika'],
  ['Melochka Prudence', 'https://www.instagram.com/melochkapr/', 'Herbana', 'September 2024', d(2024, 9, 2), '', 'Selasa, 10 September 2024', 'https://www.instagram.com/p/C9melochka1/',
    '#iklan @herbana.id Jinten Hitam ini super ampuh, pasti menyembuhkan darah tinggi dan tanpa efek samping!', 8000, 410, 22, 'Abel Cantika'],
  ['Nata Shina', 'https://www.instagram.com/natashina/', 'Herbana', 'September 2024', d(2024, 9, 12), '', '-', '', '', '', '', '', 'Abel Cantika'],
  ['Leona Nur Hafidhoro', 'https://www.instagram.com/leona_nur/', 'Herbana', 'September 2024', d(2024, 9, 10), '', '27/09/2024', 'https://www.instagram.com/p/C9leona0001/',
    'Makasih kiriman paketnya kak @herbana.id 💛 #sp #collab', 30000, 120, 10, 'Abel Cantika'],
  ['Shafandi Viana', 'https://www.instagram.com/shafandi.viana/', 'Herbana', 'September 2024', d(2024, 9, 9), d(2024, 9, 30), d(2024, 9, 20), 'https://www.instagram.com/p/C9shafandi1/',
    'Weekend ini aku cobain rutinitas baru: bangun pagi, jalan kaki 30 menit, lalu minum jamu kunyit asam hangat. Ternyata badan lebih enteng dan tidur juga lebih nyenyak. #ad', 15000, 700, 35, 'Abel Cantika'],
  ['Rina Kartika', 'https://www.instagram.com/rinakartika/', 'Herbana', 'September 2024', '', '', 'Sabtu, 14 September 2024', 'https://www.instagram.com/p/C9rina00001/',
    '#iklan Temulawak @herbana.id nemenin lembur', 5000, 260, 12, 'Abel Cantika'],
];

/**
 * Not in the seed: the long affiliate layout a team moves to, one row per deal with the
 * deliverables the SOP asks for (3 videos, 1 live, proof), commission and sales, for
 * September 2024 over Shopee / TikTok Shop × Herbana / Herbamojo. Commission cells hold
 * fractions shown as percentages, as Excel stores them.
 */
export const AFFILIATE_LONG_HEADER = ['Bulan', 'Platform', 'Merek', 'Nama Akun', 'Link', 'Video', 'Live', 'Bukti', 'Komisi (%)', 'Penjualan', 'Target', 'Status'];
const proof = (who, n) => Array.from({ length: n }, (_, i) => `https://vt.tiktok.com/ZS${who}${i + 1}/`).join('\n');
export const AFFILIATE_LONG_ROWS = [
  // Complete: 3 videos, 1 live, proof links, commission in range, below target.
  ['September 2024', 'Shopee', 'Herbana', 'sehatbersamadina', 'https://shopee.co.id/sehatbersamadina', 3, 1, 'https://shopee.co.id/universal-link/live/dina1 https://drive.google.com/file/d/dina-live', 0.1, 8_500_000, 15_000_000, 'DONE'],
  ['September 2024', 'TikTok Shop', 'Herbamojo', '@bugarbarengbima', 'https://www.tiktok.com/@bugarbarengbima', 3, 2, proof('bima', 4), 0.12, 12_000_000, 20_000_000, 'SELESAI'],
  // DONE with only 2 videos.
  ['September 2024', 'TikTok Shop', 'Herbana', '@rinafitjourney', 'https://www.tiktok.com/@rinafitjourney', 2, 1, proof('rina', 3), 0.1, 6_000_000, 15_000_000, 'DONE'],
  // DONE with no live session.
  ['September 2024', 'Shopee', 'Herbamojo', 'jamu.papa.gym', 'https://shopee.co.id/jamu.papa.gym', 3, 0, 'https://shopee.co.id/universal-link/video/papa1', 0.08, 4_000_000, 10_000_000, 'DONE'],
  // DONE with nothing in Bukti.
  ['September 2024', 'Shopee', 'Herbana', 'dapur.herbal.ayu', 'https://shopee.co.id/dapur.herbal.ayu', 3, 1, '', 0.1, 3_500_000, 10_000_000, 'DONE'],
  // Commission above the config's 5–20% range, still in negotiation.
  ['September 2024', 'TikTok Shop', 'Herbamojo', '@kopi.jamu.kang.asep', 'https://www.tiktok.com/@kopi.jamu.kang.asep', 1, 0, '', 0.25, 0, 10_000_000, 'ON PROCESS'],
  // Sales above target: the cash bonus is due.
  ['September 2024', 'TikTok Shop', 'Herbana', '@Herbana99', '', 3, 1, proof('h99', 4), 0.15, 26_750_000, 25_000_000, 'DONE'],
  // The same account again, written as a link: a duplicate deal.
  ['September 2024', 'TikTok Shop', 'Herbana', 'Herbana 99', 'tiktok.com/@herbana99/', 3, 1, proof('h99b', 4), 0.15, 0, 25_000_000, 'DONE'],
  // A status typo.
  ['September 2024', 'Shopee', 'Herbamojo', 'mamasehat.lina', 'https://shopee.co.id/mamasehat.lina', 3, 1, 'https://shopee.co.id/universal-link/live/lina1', 0.1, 5_000_000, 12_000_000, 'DOEN'],
];

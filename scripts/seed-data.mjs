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

/**
 * Not in the seed: the brands' own content calendar for October 2024, the way `001_…`
 * (Tahap 1–3) describes it: planned monthly per platform with its type, date and time,
 * caption and hashtags, approved by the marketing manager before it goes out, archived
 * with its link and insights once published. Kept as a team keeps it at the month's end:
 * everything published but one draft left behind and one post called off. Each rhythm
 * meets its cadence (Instagram and TikTok 3 a week, X twice a week as the example config
 * sets, YouTube every two weeks). Everything is clean except one instance of each
 * problem marked below.
 */
export const CALENDAR_TITLE = 'KALENDER KONTEN OKTOBER 2024 — HERBANA, HERBAMOJO, ESSENTIALDHARI';
export const CALENDAR_HEADER = ['No', 'Hari, Tanggal', 'Jam', 'Platform', 'Jenis Konten', 'Tema', 'Caption', 'Hashtag', 'Status', 'Disetujui Oleh',
  'Tanggal Disetujui', 'Tanggal Dibuat', 'Link Posting', 'PIC', 'Campaign', 'Brand', 'Reach', 'Impressions', 'Likes', 'Comments', 'Shares', 'Saves'];

const HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
/** `Selasa, 1 Oktober 2024`: October 2024 began on a Tuesday. */
const oktober = (day) => `${HARI[(day + 1) % 7]}, ${day} Oktober 2024`;

/** Each rhythm: who posts where, when, how it is written and who handles it. */
const STREAMS = {
  hbnIg: { brand: 'Herbana', platform: 'Instagram', time: '19.00', tags: '#herbana #jamuindonesia', campaign: 'Oktober Ngejamu', pic: 'Abel Cantika',
    link: (d) => `https://www.instagram.com/p/DAhbn${String(d).padStart(2, '0')}10/`, reach: 4200, rates: [0.032, 0.003, 0.002, 0.004] },
  hbnTt: { brand: 'Herbana', platform: 'TikTok', time: '19.30', tags: '#herbana #jamutok #fyp', campaign: 'Oktober Ngejamu', pic: 'Abel Cantika',
    link: (d) => `https://www.tiktok.com/@herbana.id/video/74210${String(d).padStart(2, '0')}0001`, reach: 9800, rates: [0.055, 0.004, 0.005, 0.003] },
  hmjIg: { brand: 'Herbamojo', platform: 'Instagram', time: '12.00', tags: '#herbamojo #priaaktif', campaign: 'Pria Aktif', pic: 'Fajar Ramadhan',
    link: (d) => `https://www.instagram.com/p/DAhmj${String(d).padStart(2, '0')}10/`, reach: 3100, rates: [0.03, 0.003, 0.002, 0.003] },
  hmjX: { brand: 'Herbamojo', platform: 'X', time: '12.30', tags: '#herbamojo', campaign: 'Pria Aktif', pic: 'Fajar Ramadhan',
    link: (d) => `https://x.com/herbamojo/status/18440${String(d).padStart(2, '0')}00001`, impressions: 2100, rates: [0.009, 0.002, 0.002, 0.001] },
  hmjYt: { brand: 'Herbamojo', platform: 'YouTube', time: '18.00', tags: '#herbamojo #vlog', campaign: 'Pria Aktif', pic: 'Fajar Ramadhan',
    link: (d) => `https://www.youtube.com/watch?v=HMJokt${String(d).padStart(2, '0')}`, impressions: 1500, rates: [0.04, 0.006, 0.002, 0.001] },
  dhrIg: { brand: 'EssentialDHARI', platform: 'Instagram', time: '20.00', tags: '#essentialdhari #womensdaily', campaign: 'Me Time Oktober', pic: 'Intan Permata',
    link: (d) => `https://www.instagram.com/p/DAdhr${String(d).padStart(2, '0')}10/`, reach: 2600, rates: [0.034, 0.004, 0.002, 0.005] },
};

/** The weekend post shared word for word by Herbana's Instagram and TikTok (calendar/same-caption). */
const SHARED_CAPTION = 'Akhir pekan santai di rumah sambil ngejamu bareng keluarga. Tag orang yang paling sering kamu ajak ngejamu! @herbana.id';

/** [stream, day, type, theme, caption, overrides?] in calendar order (by date, then brand). */
const POSTS = [
  ['hbnTt', 1, 'Video', 'POV hari pertama', 'POV: hari pertama Oktober dan kamu sudah siap dengan segelas Temulawak. Gas terus! @herbana.id'],
  ['hmjX', 1, 'Tweet', 'Target bulan ini', 'Oktober dimulai. Target bulan ini apa, bro? Tulis satu di balasan, kita saling ingatkan. @herbamojo'],
  ['dhrIg', 1, 'Feed', 'Rutinitas baru', 'Oktober baru, rutinitas baru. Mulai hari dengan EssentialDHARI Women\'s Daily dan segelas air putih @essentialdhari'],
  ['hbnIg', 2, 'Reels', 'Rutinitas pagi', 'Mulai Oktober dengan segelas Temulawak hangat sebelum berangkat kerja. Siapa yang ikut rutinitas pagi ini? Cerita di kolom komentar ya, @herbana.id'],
  ['hmjIg', 2, 'Feed', 'Senin semangat', 'Senin sibuk? Awali minggu dengan rutinitas Herbamojo dan sarapan yang cukup. Semangat kerja, bapak-bapak! @herbamojo'],
  ['hbnTt', 3, 'Video', 'Tes rasa tim kantor', 'Tes rasa: tim kantor mencoba Jahe Merah Herbana untuk pertama kali. Reaksi orang ketiga paling jujur @herbana.id'],
  ['dhrIg', 3, 'Carousel', 'Ritual pagi', 'Tiga ritual pagi perempuan aktif versi tim @essentialdhari: stretching, jurnal singkat, dan sarapan berwarna'],
  ['hbnIg', 4, 'Carousel', 'Cara menikmati jahe merah', 'Lima cara menikmati Jahe Merah Herbana: diseduh hangat, dicampur madu, dibuat es jahe, ditambah susu, atau jadi teman wedang sore. Favoritmu yang mana? @herbana.id'],
  ['hmjIg', 4, 'Carousel', 'Kebiasaan pagi pria aktif', 'Tiga kebiasaan pagi pria aktif: bangun lebih awal, peregangan lima menit, lalu secangkir Herbamojo hangat. Kamu sudah yang mana? @herbamojo'],
  ['hmjX', 4, 'Tweet', 'Polling Jumat', 'Jumat begini enaknya ngapain? A) futsal B) mancing C) rebahan. Jawab di bawah @herbamojo'],
  ['hbnTt', 5, 'Video', 'Wedang jahe anak kos', 'Cara bikin wedang jahe ala anak kos, cuma butuh air panas dan satu sachet @herbana.id'],
  ['hmjYt', 5, 'Video YouTube', 'Vlog tim produksi', 'Vlog: sehari bersama tim produksi Herbamojo, dari kebun rempah sampai pengemasan. Subscribe dan nyalakan lonceng untuk video berikutnya @herbamojo'],
  // calendar/too-many-hashtags: 8 on an Instagram post, where 5 is the most.
  ['dhrIg', 5, 'Reels', 'Self-care Sabtu', 'Self-care Sabtu: masker alami, teh hangat, dan playlist favorit. Bagikan ritualmu di komentar @essentialdhari',
    { tags: '#essentialdhari #womensdaily #metime #selfcare #rutinpagi #jamu #herbal #wellness' }],
  ['hbnIg', 7, 'Feed', 'Kunyit asam segar', 'Kunyit Asam Herbana dingin dari kulkas, teman siang yang segar setelah rapat panjang. Simpan dulu postingan ini ya! @herbana.id'],
  ['hmjIg', 7, 'Carousel', 'Rempah di balik Herbamojo', 'Kenalan dengan rempah di balik Herbamojo: jahe, purwoceng, dan kayu manis. Geser untuk kenal satu per satu @herbamojo'],
  ['hbnTt', 8, 'Video', 'Tantangan seminggu ngejamu', 'Tantangan seminggu ngejamu: hari pertama, siapa yang mau ikut? Duet video ini ya @herbana.id'],
  // calendar/published-without-approval: out, with nobody recorded as approving it.
  ['hmjX', 8, 'Tweet', 'Fakta rempah', 'Fakta rempah: purwoceng tumbuh di dataran tinggi Dieng. Sudah tahu? @herbamojo', { approvedBy: '', approved: null }],
  ['dhrIg', 8, 'Carousel', 'Bahan EssentialDHARI', 'Kenalan dengan bahan-bahan EssentialDHARI: kunyit, temulawak, dan daun sirih. Geser untuk tahu asalnya @essentialdhari'],
  ['hbnIg', 9, 'Reels', 'Di balik layar produksi', 'Intip proses racik jamu di dapur produksi Herbana, dari memilih rimpang sampai dikemas rapi. Kamu paling penasaran bagian mana? @herbana.id'],
  // calendar/forbidden-claim: "ampuh" is a superlative BPOM does not allow in a herbal product's ad.
  ['hmjIg', 9, 'Feed', 'Stamina kerja', 'Herbamojo ampuh bikin stamina kamu kembali seperti umur 20-an, tanpa ribet! Cobain sekarang @herbamojo'],
  ['hbnTt', 10, 'Video', 'Jawab komentar', 'Jawab komentar: apakah Kunyit Asam boleh diminum dingin? Jawabannya di video ini @herbana.id'],
  // calendar/weekday-mismatch: 10 October 2024 was a Thursday (Kamis).
  ['dhrIg', 10, 'Feed', 'Cerita ibu bekerja', 'Cerita Kak Nadia, ibu bekerja yang tetap sempat olahraga pagi tiga kali seminggu @essentialdhari', { date: 'Rabu, 10 Oktober 2024' }],
  ['hbnIg', 11, 'Feed', 'Weekend ngejamu', SHARED_CAPTION],
  ['hmjIg', 11, 'Reels', 'Futsal Jumat', 'Jumat santai: tim Herbamojo main futsal bareng, siapa yang paling cepat lelah? @herbamojo'],
  ['hmjX', 11, 'Tweet', 'Thread ayah muda', 'Thread singkat: tiga cara membagi waktu kerja dan olahraga untuk ayah muda @herbamojo'],
  // calendar/same-caption: Instagram's caption of the day before, word for word.
  ['hbnTt', 12, 'Video', 'Weekend ngejamu', SHARED_CAPTION],
  ['dhrIg', 12, 'Reels', 'Piknik akhir pekan', 'Akhir pekan ceria bareng sahabat: piknik kecil di taman kota. Siapa yang mau diajak? @essentialdhari'],
  ['hbnIg', 14, 'Carousel', 'Mitos dan fakta jamu', 'Mitos atau fakta? Jamu cuma untuk orang tua. Geser untuk lihat jawabannya, lalu bagikan ke temanmu yang masih ragu mencoba. @herbana.id'],
  ['hmjIg', 14, 'Carousel', 'Tetap fit saat lembur', 'Tips tetap fit saat lembur: atur jam tidur, banyak minum air, dan jangan lupa istirahat sejenak @herbamojo'],
  ['hbnTt', 15, 'Video', 'Tebak rempah', 'Tebak rempah dari aromanya, tim kreatif Herbana kalah telak di ronde kedua @herbana.id'],
  // calendar/caption-too-long: a thread written as one post, over X's 280 characters.
  ['hmjX', 15, 'Tweet', 'Lima kebiasaan kecil', 'Thread: lima kebiasaan kecil yang bikin hari kerja terasa lebih ringan. 1) Bangun di jam yang sama setiap hari, termasuk akhir pekan. 2) Jalan kaki sepuluh menit setelah makan siang. 3) Simpan ponsel satu jam sebelum tidur. 4) Minum air sebelum kopi pertama. 5) Sisihkan waktu untuk keluarga tanpa notifikasi. Mana yang mau kamu coba minggu ini? @herbamojo'],
  ['dhrIg', 15, 'Carousel', 'Waktu untuk diri sendiri', 'Tips mengatur waktu untuk diri sendiri di tengah kesibukan kantor, simpan untuk dibaca nanti @essentialdhari'],
  ['hbnIg', 16, 'Feed', 'Beras kencur di kantor', 'Beras Kencur Herbana, resep turun-temurun yang kini praktis diseduh di kantor. Kamu biasa minum pagi atau sore? @herbana.id'],
  // calendar/overdue: still a draft long after its date.
  ['hmjIg', 16, 'Feed', 'Kuis rempah', 'Kuis berhadiah: tebak rempah utama Herbamojo dari petunjuk di foto @herbamojo',
    { status: 'Draft', approvedBy: '', approved: null, link: '', metrics: false }],
  ['hbnTt', 17, 'Video', 'Beras kencur susu oat', 'Jamu kekinian: Beras Kencur dicampur susu oat. Enak atau aneh? Kasih nilai di komentar @herbana.id'],
  // calendar/missing-link: published, with no link to archive.
  ['dhrIg', 17, 'Carousel', 'Q&A waktu minum', 'Q&A: kapan waktu yang pas minum EssentialDHARI Women\'s Daily? Jawaban tim ada di slide ketiga @essentialdhari', { link: '' }],
  ['hbnIg', 18, 'Reels', 'Resep es temulawak', 'Resep es temulawak madu tiga langkah, cocok buat kamu yang bosan minuman manis. Coba weekend ini dan tag @herbana.id di story kamu'],
  ['hmjIg', 18, 'Reels', 'Olahraga 15 menit', 'Rutinitas olahraga 15 menit di rumah untuk pria sibuk, simpan dan praktikkan besok pagi @herbamojo'],
  ['hmjX', 18, 'Tweet', 'Pengingat lembur', 'Yang lembur malam ini, jangan lupa minum air dan istirahatkan mata sebentar @herbamojo'],
  ['hbnTt', 19, 'Video', 'Sehari jadi peracik', 'Sehari jadi peracik jamu di dapur Herbana, ternyata begini prosesnya @herbana.id'],
  // calendar/published-without-approval: approved two days after it went out (late-planning leaves that to it).
  ['hmjYt', 19, 'Video YouTube', 'Podcast episode 4', 'Podcast Herbamojo episode 4: ngobrol soal work-life balance bersama pelatih kebugaran. Tonton sampai akhir ya @herbamojo',
    { approved: [2024, 10, 21] }],
  ['dhrIg', 19, 'Reels', 'Smoothie sarapan', 'Resep smoothie pisang dan kurma untuk sarapan kilat, cuma lima menit @essentialdhari'],
  // Called off: no check applies to a cancelled post.
  ['hbnIg', 20, 'Feed', 'Giveaway akhir bulan', 'Giveaway akhir bulan: menangkan paket jamu Herbana untuk sekeluarga. Ikuti @herbana.id dan tag tiga teman',
    { status: 'Batal', approvedBy: '', approved: null, link: '', metrics: false }],
  ['hbnIg', 21, 'Carousel', 'Kalian bertanya', 'Kalian bertanya, kami menjawab: berapa lama jamu Herbana tahan setelah diseduh? Jawabannya ada di slide kedua. @herbana.id'],
  ['hmjIg', 21, 'Feed', 'Cerita Pak Budi', 'Cerita Pak Budi, ayah tiga anak yang tetap aktif bersepeda setiap akhir pekan bersama @herbamojo'],
  ['hbnTt', 22, 'Video', 'Transisi jam tiga sore', 'Trend transisi: dari ngantuk jam tiga sore sampai segar lagi setelah Jahe Merah @herbana.id'],
  ['hmjX', 22, 'Tweet', 'Polling jam olahraga', 'Polling: jam berapa kamu biasa olahraga? Pagi, siang, atau malam? @herbamojo'],
  ['dhrIg', 22, 'Reels', 'Yoga sepuluh menit', 'Hari Selasa, hari bergerak: ikuti gerakan yoga ringan sepuluh menit bersama @essentialdhari'],
  // calendar/off-prime-time: 03.00, when the audience is asleep (a slip for 15.00?).
  ['hbnIg', 23, 'Reels', 'Sore hujan', 'Sore hujan paling enak ditemani Jahe Merah hangat. Kamu tim jahe atau tim temulawak? Jawab di komentar ya @herbana.id', { time: '03.00' }],
  ['hmjIg', 23, 'Feed', 'Ngopi atau ngejamu', 'Ngopi atau ngejamu? Kalau kamu pilih yang mana untuk menemani meeting pagi? @herbamojo'],
  ['hbnTt', 24, 'Video', 'Jamu sesuai mood', 'Rekomendasi jamu sesuai mood kamu hari ini, pilih nomor favoritmu @herbana.id'],
  // calendar/missing-brand-tag: no @essentialdhari in the caption.
  ['dhrIg', 24, 'Feed', 'Behind the scene foto produk', 'Behind the scene foto produk bulan ini, ternyata begini keseruan tim kreatif kami di studio'],
  ['hbnIg', 25, 'Feed', 'Cerita pelanggan', 'Cerita Mbak Sari dari Yogyakarta yang sekarang selalu bawa Kunyit Asam Herbana ke kantor. Terima kasih sudah berbagi! @herbana.id'],
  // calendar/late-planning: created five days before it went out, approved three.
  ['hmjIg', 25, 'Feed', 'Flash sale', 'Flash sale 25.10: paket Herbamojo isi dua, hanya hari ini di toko resmi. Link di bio @herbamojo',
    { created: [2024, 10, 20], approved: [2024, 10, 22] }],
  ['hmjX', 25, 'Tweet', 'Rencana akhir pekan', 'Akhir pekan panjang? Bagikan rencana liburanmu, kami pilih tiga yang paling seru @herbamojo'],
  // calendar/unknown-status: a typo of "Sudah Tayang".
  ['hbnTt', 26, 'Video', 'Menu bekal seminggu', 'Menu bekal seminggu plus jamu pendampingnya, simpan untuk belanja akhir pekan @herbana.id', { status: 'Sudah Tayng' }],
  ['dhrIg', 26, 'Carousel', 'Belanja pasar pagi', 'Sabtu belanja sayur di pasar pagi, ini daftar belanja ala tim @essentialdhari'],
  ['hbnIg', 28, 'Carousel', 'Jamu dan olahraga', 'Habis jogging pagi, lanjut segelas Beras Kencur hangat. Geser untuk lihat menu sarapan minggu ini dari tim @herbana.id'],
  ['hmjIg', 28, 'Carousel', 'Checklist minggu ini', 'Checklist minggu ini: tidur cukup, jalan kaki 7.000 langkah, dan Herbamojo setelah makan siang @herbamojo'],
  ['hbnTt', 29, 'Video', 'Recap Q&A', 'Q&A recap: pertanyaan paling banyak minggu ini soal cara menyimpan jamu @herbana.id'],
  ['hmjX', 29, 'Tweet', 'Sepuluh ribu pengikut', 'Terima kasih untuk 10 ribu pengikut di X! Ada ide konten untuk November? @herbamojo'],
  ['dhrIg', 29, 'Feed', 'Pengingat kecil', 'Pengingat kecil: minum air, tarik napas panjang, dan beri waktu untuk dirimu hari ini @essentialdhari'],
  ['hbnIg', 30, 'Reels', 'Rekap Oktober', 'Terima kasih sudah menemani Herbana sepanjang Oktober! Ini momen favorit kami bulan ini, mana yang jadi favoritmu? @herbana.id'],
  ['hmjIg', 30, 'Reels', 'Rekap komunitas', 'Rekap Oktober bareng komunitas Herbamojo: terima kasih sudah aktif bersama kami @herbamojo'],
  ['hbnTt', 31, 'Video', 'Halloween ala jamu', 'Halloween ala jamu: kostum rimpang paling kreatif dari tim Herbana @herbana.id'],
  ['dhrIg', 31, 'Feed', 'Sampai jumpa November', 'Terima kasih sudah tumbuh bersama kami sepanjang Oktober. Sampai jumpa di November! @essentialdhari'],
];

/** The month's plan was drafted on 9 September and approved on 16 September, 15 days before it starts. */
const CREATED = [2024, 9, 9];
const APPROVED = [2024, 9, 16];
const APPROVER = 'Ratna Sari';

/**
 * The calendar's rows. `date` turns a [y, m, d] into a cell: a Date for the xlsx (a real
 * date cell, as the team's Excel stores it), `dd/mm/yyyy` text for a CSV export.
 */
export function calendarRows(date = (ymd) => d(...ymd)) {
  return POSTS.map(([key, day, type, theme, caption, over = {}], i) => {
    const s = STREAMS[key];
    const approved = 'approved' in over ? over.approved : APPROVED;
    const metrics = over.metrics !== false;
    // Deterministic insights that vary by post, around each stream's reach and rates.
    const base = (s.reach ?? s.impressions) + ((i * 7919) % 1000);
    const [likes, comments, shares, saves] = s.rates.map((r) => Math.round(base * r));
    return [
      i + 1, over.date ?? oktober(day), over.time ?? s.time, s.platform, type, theme, caption, over.tags ?? s.tags, over.status ?? 'Sudah Tayang',
      'approvedBy' in over ? over.approvedBy : APPROVER, approved ? date(approved) : '', date(over.created ?? CREATED),
      'link' in over ? over.link : s.link(day), s.pic, s.campaign, s.brand,
      metrics && s.reach ? base : '', metrics ? Math.round(base * (s.reach ? 1.6 : 1)) : '',
      metrics ? likes : '', metrics ? comments : '', metrics ? shares : '', metrics ? saves : '',
    ];
  });
}

export const CALENDAR_ROWS = calendarRows();

/** The same calendar as text cells, as an Indonesian Excel saves it to CSV (dates as dd/mm/yyyy). */
export function calendarCsvRows() {
  const dmy = ([y, m, day]) => `${String(day).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return [[CALENDAR_TITLE], CALENDAR_HEADER, ...calendarRows(dmy).map((r) => r.map((c) => String(c)))];
}

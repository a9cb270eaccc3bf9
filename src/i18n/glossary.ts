/**
 * The one glossary: the Indonesian word kolops uses for each concept, and the variants
 * that must not appear in an Indonesian message. `test/i18n/glossary.test.ts` holds every
 * Indonesian string of the catalogue and of the rules' descriptions to it.
 *
 * Where the team has its own word, kolops uses it, because that word is in the sheets
 * they write every day. The source documents (`shared/seeds/`) are the evidence: the KOL
 * team's sheets ("Gambar 3.1", "3.3", "3.4" in `002_…`) and the sections that describe
 * the work as the intern did it (3.2.1, 3.2.2) rather than the literature review.
 *
 * `avoid` entries are matched as whole words, case-insensitively, with placeholders
 * (`{name}`, `{n, number}`) taken out first. A placeholder written in a variant stands
 * for any placeholder (`menulis {file}` catches `menulis {path}` too). A variant is not
 * matched right after a `.`, `-` or `/`, so config keys (`posting.deadline`), options
 * (`--max-warnings`) and rule ids (`table/month-unknown`) are not mistaken for prose.
 */
export interface GlossaryEntry {
  /** The concept, in English. */
  readonly concept: string;
  /** The one Indonesian word or phrase kolops uses for it. */
  readonly id: string;
  /** Variants that must not appear in an Indonesian message. */
  readonly avoid: readonly string[];
  /** Why this word, and where it comes from. */
  readonly note?: string;
}

export const glossary: readonly GlossaryEntry[] = [
  // ── the programme and its people ──
  {
    concept: 'KOL (Key Opinion Leader, influencer)',
    id: 'KOL',
    avoid: ['influencer', 'influencers', 'KOLs'],
    note: 'The team says KOL (164 times in the seeds); "Nano/Micro Influencer" appears only as a tier label quoted from the literature. Indonesian nouns take no plural -s: "20 KOL".',
  },
  {
    concept: 'KOL listing (the sheet, and the activity of building it)',
    id: 'listing KOL',
    avoid: ['list KOL', 'daftar KOL', 'KOL listing', 'listingan'],
    note: 'Seed 002: "Listing KOL adalah aktivitas yang membuat daftar KOL". "list KOL" is half English, "daftar KOL" describes it instead of naming it. Head first, as Indonesian orders nouns: "listing KOL", not "KOL listing". After a preposition the noun stays separate: "tidak ada di listing Herbana".',
  },
  {
    concept: 'listed (a KOL put on the listing)',
    id: 'di-listing',
    avoid: ['di-list', 'dilist', 'dilisting'],
    note: 'EYD V (tanda hubung): an Indonesian affix on a foreign base word takes a hyphen (di-back up, me-recall), so "di-listing". The seed writes "di listing" apart, which EYD reads as the preposition; "di-list" drops the team\'s word.',
  },
  {
    concept: 'PR pack (the product parcel sent to a KOL)',
    id: 'PR pack',
    avoid: ['paket PR', 'PR package', 'PR-pack'],
    note: 'The team\'s header "Willing to receive PR Pack"; the hyphen of the English compound adjective ("PR-pack status") does not carry over: "status PR pack".',
  },
  {
    concept: 'barter (product in exchange for a post)',
    id: 'barter',
    avoid: ['tukar produk', 'imbal produk'],
    note: 'Seed: "sistem barter", status value "TIDAK BISA BARTER".',
  },
  {
    concept: 'agreed (to receive a PR pack)',
    id: 'bersedia',
    avoid: ['setuju'],
    note: 'From the team\'s header "Willing to receive PR Pack" (Bersedia Terima PR Pack); the report\'s column says Bersedia, so findings and totals say it too.',
  },
  {
    concept: 'no answer yet (PR-pack status pending)',
    id: 'belum ada jawaban',
    avoid: ['masih menunggu', 'menunggu jawaban', 'belum dijawab'],
  },
  {
    concept: 'contacted / unreachable',
    id: 'dihubungi',
    avoid: ['dikontak', 'dicontact', 'di-contact'],
    note: '"sudah dihubungi", "tidak bisa dihubungi". The team\'s own cells say "di contact" ("Yang sudah di contact: 46", "TIDAK BISA DI CONTACT"); kolops quotes those values as they are but does not write that spelling in its own sentences.',
  },
  {
    concept: 'ghosted (a KOL who stopped answering)',
    id: 'ghosting',
    avoid: ['ghosted', 'di-ghosting', 'menghilang'],
    note: 'What Indonesian marketing people say of a KOL who goes silent: "KOL-nya ghosting".',
  },
  {
    concept: 'follow up / chase (contact a KOL again)',
    id: 'di-follow up',
    avoid: ['difollow up', 'di follow up', 'di-follow-up', 'dikejar'],
    note: 'Seed: "melakukan follow up kembali". Passive with a hyphen as EYD V\'s own example "di-back up"; the noun is "follow-up".',
  },
  {
    concept: 'affiliate (the programme and the seller in it)',
    id: 'affiliate',
    avoid: ['afiliasi', 'afiliator', 'affiliator'],
    note: 'The seeds say "afiliasi" only in the literature review ("pemasaran afiliasi", quoted from sources); where the team\'s own work is described (3.2.2 "Affiliate Monitoring", "Listing Affiliate", "negosiasi dengan affiliate") and on the platform names ("4 platform Affiliate") the word is affiliate. The seed also says "Affiliator" for the person; kolops uses one word for both.',
  },
  {
    concept: 'affiliate funnel (contacted → declared → done)',
    id: 'funnel affiliate',
    avoid: ['funnel afiliasi', 'corong'],
  },
  {
    concept: 'deal (an agreed affiliate collaboration)',
    id: 'deal',
    avoid: ['kesepakatan', 'deals'],
    note: 'The team\'s block titles and meta rows: "SHOPEE HERBANA YANG DEAL AGUSTUS", "Yang sudah deal: 10". No plural -s in Indonesian.',
  },
  {
    concept: 'deals declared (the count a block\'s "Yang sudah deal: N" row states)',
    id: 'deal dilaporkan',
    avoid: ['deal tertulis', 'deal yang tertulis', 'deal dideklarasikan'],
    note: 'The count is what the person reported in the meta row; "tertulis" (written) is also true of every listed row, so it did not tell the declared count from the listed one. "Dilaporkan" against "tercantum" (the rows listed) does.',
  },
  {
    concept: 'deliverable (videos, live sessions, proof a deal asks for)',
    id: 'deliverable',
    avoid: ['deliverables', 'hasil kerja'],
    note: 'No plural -s in Indonesian ("deliverable belum lengkap"); the config key affiliate.deliverables is a name, not prose.',
  },
  {
    concept: 'live session (live shopping)',
    id: 'sesi live',
    avoid: ['live session', 'siaran langsung'],
    note: 'Seed: "live shopping dengan minimal satu kali".',
  },
  {
    concept: 'delivered (videos an affiliate has handed in)',
    id: 'disetor',
    avoid: ['diserahkan'],
    note: 'Seed: "affiliate yang tidak menyetor konten dan juga menyetor bukti".',
  },
  {
    concept: 'cash bonus due (sales target reached)',
    id: 'bonus tunai jatuh tempo',
    avoid: ['bonus harus dibayar', 'bonus tunai harus dibayar', 'bonus perlu dibayarkan', 'bonus tunai perlu dibayarkan', 'bonus jatuh tempo'],
    note: 'One phrase for the finding, the report row and the spreadsheet column. Seed: the brand pays "uang tunai" when the affiliate reaches the target; "jatuh tempo" is what finance says of a payment now owed.',
  },
  {
    concept: 'commission',
    id: 'komisi',
    avoid: ['komisen'],
  },
  {
    concept: 'target (20 KOLs a month; a sales target)',
    id: 'target',
    avoid: ['sasaran'],
    note: '"target tercapai", "target belum tercapai", "target penjualan".',
  },

  // ── posting ──
  {
    concept: 'to post / posting (the act, and a row\'s posting status)',
    id: 'posting',
    avoid: ['memposting', 'diposting', 'mengunggah', 'diunggah', 'diupload'],
    note: 'The team\'s headers say "Tanggal Posting", "RECAP POSTINGAN"; the seeds\' prose says "mengunggah", but kolops speaks as the sheets do: "sudah posting", "belum posting", "posting terlambat". Should a passive ever be needed, EYD V wants "di-posting" (foreign base, hyphen), never "diposting". "Tgl Upload" stays where it is quoted as a header the reader knows.',
  },
  {
    concept: 'a post (the content itself)',
    id: 'postingan',
    avoid: ['unggahan'],
    note: '"link postingan", "caption postingan"; as a modifier the act keeps "posting": "tanggal posting", "link posting".',
  },
  {
    concept: 'posting recap (the sheet)',
    id: 'recap posting',
    avoid: ['rekap', 'rekapan'],
    note: 'The team\'s sheet title is "RECAP POSTINGAN KESELURUHAN KOL"; "rekap" is the KBBI spelling but not the team\'s. The Indonesian template file name `rekap-posting.xlsx` (init:file-recap) is a stable name, not a message: renaming it would make `kolops init` write a second set of templates next to a team\'s existing ones, so the test leaves file names alone.',
  },
  {
    concept: 'deadline',
    id: 'tenggat',
    avoid: ['batas waktu', 'tenggat waktu'],
    note: 'Seed 002: "Perusahaan memiliki tenggat posting KOL tiap bulannya"; the seeds never write "deadline" in Indonesian. One word, not "tenggat waktu". The English header "Deadline" and the config key posting.deadline are names and stay.',
  },
  {
    concept: 'late',
    id: 'terlambat',
    avoid: ['telat'],
    note: '"telat" is the spoken word (the seed uses it once); written messages and the report use the standard "terlambat". Overdue (not posted, deadline passed) is "lewat tenggat".',
  },
  {
    concept: 'caption',
    id: 'caption',
    avoid: ['takarir', 'keterangan foto'],
  },
  {
    concept: 'ad disclosure (#iklan, #ad)',
    id: 'penanda iklan',
    avoid: ['tanda iklan', 'pengungkapan iklan', 'disclosure'],
  },
  {
    concept: 'tag (a brand account in a caption)',
    id: 'tag',
    avoid: ['men-tag', 'nge-tag', 'menandai'],
    note: 'Said as a noun, "tidak menyertakan tag @herbana.id", which avoids the nasal verb forms EYD does not settle for a foreign base.',
  },
  {
    concept: 'followers',
    id: 'followers',
    avoid: ['pengikut'],
    note: 'The team\'s header is "Followers" (Gambar 3.1) and the seed says "kategori umum followers". "Pengikut" stays a header the reader recognises, not a word kolops writes.',
  },
  {
    concept: 'tier (nano, micro, macro, mega)',
    id: 'tier',
    avoid: ['mikro', 'makro', 'tingkatan'],
    note: 'The seed\'s tier names are English ("Nano Influencer" … "Mega Influencer") and findings print the config\'s names (micro, macro), so the report does not switch to "Mikro"/"Makro".',
  },
  {
    concept: 'engagement rate',
    id: 'engagement rate',
    avoid: ['tingkat keterlibatan', 'tingkat engagement', 'keterlibatan'],
    note: 'Seed: "melihat engagement rate dari KOL".',
  },
  {
    concept: 'views',
    id: 'views',
    avoid: ['tayangan', 'penayangan'],
  },
  {
    concept: 'likes',
    id: 'likes',
    avoid: ['like', 'jumlah suka'],
    note: 'As the column is named: "likes + komentar", not "like + komentar".',
  },
  {
    concept: 'link (a URL in a cell: profile, post, proof)',
    id: 'link',
    avoid: ['tautan', 'pranala'],
    note: 'The team\'s header is "Link Instagram" and the seed says "meminta link video"; "tautan" appears only in the literature review. A file-system symlink is "link (symlink)".',
  },
  {
    concept: 'brand',
    id: 'merek',
    avoid: ['brand', 'merk'],
    note: 'The team says both (seeds: merek 57 times, brand 27); the Indonesian header is "Merek" and every message already said merek, so kolops writes merek. "merk" is the non-standard spelling. Brand names and the config key brands[] are names, not prose.',
  },
  {
    concept: 'phone number',
    id: 'nomor HP',
    avoid: ['nomor telepon', 'no. HP', 'no HP', 'nomor handphone'],
    note: 'The address cells in the team\'s listing hold mobile numbers; "nomor HP" is what the team writes.',
  },

  // ── workbooks ──
  {
    concept: 'file',
    id: 'file',
    avoid: ['berkas'],
  },
  {
    concept: 'workbook',
    id: 'workbook',
    avoid: ['buku kerja'],
  },
  {
    concept: 'sheet',
    id: 'sheet',
    avoid: ['lembar kerja', 'lembar', 'worksheet'],
  },
  {
    concept: 'row',
    id: 'baris',
    avoid: ['row', 'rows', 'larik'],
  },
  {
    concept: 'column',
    id: 'kolom',
    avoid: ['column', 'lajur'],
  },
  {
    concept: 'cell',
    id: 'sel',
    avoid: ['cell', 'cells'],
  },
  {
    concept: 'header (the row naming the columns)',
    id: 'header',
    avoid: ['tajuk', 'kepala tabel', 'judul kolom'],
    note: 'The row of column names. The row of text above a table ("SHOPEE HERBANA YANG DEAL AGUSTUS") is the "baris judul".',
  },
  {
    concept: 'month',
    id: 'bulan',
    avoid: ['month'],
    note: 'The option --month and the rule id table/month-unknown are names.',
  },
  {
    concept: 'config (kolops.config.json)',
    id: 'config',
    avoid: ['konfigurasi'],
  },
  {
    concept: 'written (a file kolops wrote)',
    id: 'ditulis',
    avoid: ['menulis {file}'],
    note: 'The file is the subject: "laporan ditulis ke …", "{file} ditulis", "{file} tidak ditulis", "{file} gagal ditulis" — not "menulis {file}", which reads as if the user were writing. Active "menulis" is kept where the writer is named ("normalize hanya menulis .xlsx").',
  },

  // ── findings ──
  {
    concept: 'finding',
    id: 'temuan',
    avoid: ['finding', 'findings'],
  },
  {
    concept: 'error (severity)',
    id: 'error',
    avoid: ['galat', 'kesalahan'],
    note: 'What Indonesian software users say; the catalogue already said "error" for the severity and for Excel formula errors. "galat" is KBBI but nobody on a marketing team reads it.',
  },
  {
    concept: 'warning (severity)',
    id: 'peringatan',
    avoid: ['warning', 'warnings'],
  },
  {
    concept: 'info (severity)',
    id: 'info',
    avoid: ['infos', 'informasi'],
  },
];

/** The spelling rules (EYD V, Pedoman Umum Ejaan Bahasa Indonesia 2022) the catalogue follows. */
export const spelling: readonly { readonly rule: string; readonly examples: readonly string[]; readonly note?: string }[] = [
  {
    rule: 'The prefix di- on an Indonesian verb base is written joined; di as a preposition is written apart.',
    examples: ['dikirim', 'diperiksa', 'ditulis', 'di baris 3', 'di sheet ini', 'di listing Herbana'],
  },
  {
    rule: 'An Indonesian affix or clitic on a foreign (unadapted) base word takes a hyphen.',
    examples: ['di-listing', 'di-follow up', 'sheet-nya', 'link-nya', 'recap-nya', 'live-nya'],
    note: 'EYD V, tanda hubung: "di-back up", "me-recall", "pen-tackle-an". Verb forms whose nasal EYD does not settle (men-tag) are avoided by saying it with a noun.',
  },
  {
    rule: 'The team\'s foreign words are written as the team writes them, not translated and (in a terminal) not italicised.',
    examples: ['KOL', 'listing', 'PR pack', 'barter', 'deal', 'posting', 'caption', 'followers', 'link', 'tier', 'affiliate', 'engagement rate', 'views', 'ghosting'],
  },
  {
    rule: 'A comma goes before tetapi and sedangkan joining two clauses.',
    examples: ['sheet berisi data, tetapi tidak ada tabel …', 'baris ini berisi 7 kolom, sedangkan header berisi 9'],
    note: 'EYD V, tanda koma: "sebelum kata penghubung, seperti tetapi, melainkan, dan sedangkan, dalam kalimat majemuk setara".',
  },
  {
    rule: 'ke- with a numeral for an ordinal takes a hyphen.',
    examples: ['hari ke-3', 'karakter ke-160'],
  },
  {
    rule: 'Nouns take no plural -s after a number; the standard form of a word is used.',
    examples: ['20 KOL', '3 video', 'deliverable', 'terlambat (not telat)', 'merek (not merk)'],
  },
  {
    rule: 'Numbers: a dot groups thousands and a comma marks decimals.',
    examples: ['8.301', '85,3K', '1,2 jt', '26.750.000'],
  },
  {
    rule: '"mis." is the abbreviation of misalnya.',
    examples: ['(mis. "Tanggal Posting")'],
  },
];

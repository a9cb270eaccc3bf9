/**
 * The one message catalogue: every word kolops shows a person, in English and Bahasa
 * Indonesia. Keys of finding messages are `<rule id>:<messageId>`; everything else is
 * grouped by the part of the program that shows it. A test checks that every key has
 * both languages and the same placeholders in each.
 */
export const catalogue = {
  // ── file/* ────────────────────────────────────────────────────────────────
  'file/unreadable:ole-container': {
    en: 'cannot read: this is a legacy .xls or a password-protected workbook (an OLE file). Re-save it in Excel as .xlsx without a password.',
    id: 'tidak bisa dibaca: ini file .xls lama atau workbook berpassword (file OLE). Simpan ulang di Excel sebagai .xlsx tanpa password.',
  },
  'file/unreadable:empty-file': {
    en: 'cannot read: the file is empty (0 bytes).',
    id: 'tidak bisa dibaca: file kosong (0 byte).',
  },
  'file/unreadable:not-a-spreadsheet': {
    en: 'cannot read: this is not a spreadsheet ({detail}). Export it from Excel as .xlsx or .csv.',
    id: 'tidak bisa dibaca: ini bukan spreadsheet ({detail}). Ekspor dari Excel sebagai .xlsx atau .csv.',
  },
  'file/unreadable:corrupt-zip': {
    en: 'cannot read: the .xlsx is damaged or truncated ({detail}). Open it in Excel and save it again, or restore a copy.',
    id: 'tidak bisa dibaca: file .xlsx rusak atau terpotong ({detail}). Buka di Excel lalu simpan ulang, atau pulihkan salinannya.',
  },
  'file/unreadable:unsupported-extension': {
    en: 'cannot read: {detail} files are not supported; use .xlsx or .csv.',
    id: 'tidak bisa dibaca: file {detail} tidak didukung; gunakan .xlsx atau .csv.',
  },
  'file/unreadable:io-error': {
    en: 'cannot read: {detail}',
    id: 'tidak bisa dibaca: {detail}',
  },
  'file/unknown-table:unknown': {
    en: 'sheet has data but no recognisable KOL listing, posting recap or affiliate header in its first 30 rows',
    id: 'sheet berisi data tetapi tidak ada header list KOL, recap posting, atau affiliate yang dikenali di 30 baris pertama',
  },
  'file/formula-error:error': {
    en: 'formula error {code} in {header}',
    id: 'error rumus {code} di {header}',
  },
  'file/formula-error:no-result': {
    en: 'formula in {header} has no saved result (={formula}); open and save the file in Excel so its value is stored',
    id: 'rumus di {header} tidak punya hasil tersimpan (={formula}); buka dan simpan file di Excel agar nilainya tersimpan',
  },
  'file/hidden-sheet:hidden': {
    en: 'sheet is {state}; its tables are checked too',
    id: 'sheet ini tersembunyi ({state}); tabelnya tetap diperiksa',
  },
  'file/ragged-row:ragged': {
    en: 'record has {found} fields where the header has {expected}',
    id: 'baris berisi {found} kolom sedangkan header berisi {expected}',
  },

  // ── listing/* ─────────────────────────────────────────────────────────────
  'listing/required-column:missing': {
    en: 'required column "{column}" not found in the header (looked for: {aliases})',
    id: 'kolom wajib "{column}" tidak ada di header (dicari: {aliases})',
  },
  'listing/missing-value:empty': {
    en: '{column} is empty',
    id: '{column} kosong',
  },
  'listing/followers-unparseable:unparseable': {
    en: 'follower count "{value}" cannot be read as a number',
    id: 'jumlah followers "{value}" tidak bisa dibaca sebagai angka',
  },
  'listing/followers-unparseable:ambiguous': {
    en: 'follower count "{value}" is ambiguous: it could be {candidates}; write it as e.g. 8.301 or 8301',
    id: 'jumlah followers "{value}" ambigu: bisa berarti {candidates}; tulis misalnya 8.301 atau 8301',
  },
  'listing/tier-out-of-range:below-nano': {
    en: '{followers} followers is below the nano tier (at least {min})',
    id: '{followers} followers di bawah tier nano (minimal {min})',
  },
  'listing/tier-out-of-range:not-allowed': {
    en: '{followers} followers is a {tier} KOL, a tier this listing does not take (allowed: {allowed})',
    id: '{followers} followers termasuk KOL {tier}, tier yang tidak diambil listing ini (diizinkan: {allowed})',
  },
  'listing/monthly-target:under': {
    en: '{month}: {listed} KOLs listed, target is {target} ({missing} short)',
    id: '{month}: {listed} KOL di-listing, target {target} (kurang {missing})',
  },
  'listing/monthly-target:under-brand': {
    en: '{month} ({brand}): {listed} KOLs listed, target is {target} ({missing} short)',
    id: '{month} ({brand}): {listed} KOL di-listing, target {target} (kurang {missing})',
  },
  'listing/monthly-target:month-unknown': {
    en: 'the month of this listing is unknown (no month column, sheet name, title, file name or post dates say it); pass --month YYYY-MM to count it against the target',
    id: 'bulan listing ini tidak diketahui (tidak ada kolom bulan, nama sheet, judul, nama file, atau tanggal posting yang menyebutnya); gunakan --month YYYY-MM agar dihitung terhadap target',
  },
  'listing/duplicate-kol:duplicate': {
    en: '{kol} is listed twice in {month}: first at row {firstRow}',
    id: '{kol} tercantum dua kali di {month}: pertama di baris {firstRow}',
  },
  'listing/repeat-kol:repeat': {
    en: '{kol} was already listed in {previousMonth} ({previousFile})',
    id: '{kol} sudah pernah di-listing pada {previousMonth} ({previousFile})',
  },
  'listing/invalid-link:not-a-url': {
    en: 'link "{value}" is not a URL or @handle',
    id: 'tautan "{value}" bukan URL atau @handle',
  },
  'listing/invalid-link:platform-mismatch': {
    en: 'link points to {linkPlatform} but the platform is {platform}',
    id: 'tautan mengarah ke {linkPlatform} padahal platformnya {platform}',
  },
  'listing/unknown-brand:unknown': {
    en: 'brand "{value}" is not in the config',
    id: 'merek "{value}" tidak ada di config',
  },
  'listing/unknown-brand:did-you-mean': {
    en: 'brand "{value}" is not in the config; did you mean "{suggestion}"?',
    id: 'merek "{value}" tidak ada di config; mungkin maksudnya "{suggestion}"?',
  },
  'listing/unknown-platform:unknown': {
    en: 'platform "{value}" is not recognised',
    id: 'platform "{value}" tidak dikenali',
  },
  'listing/unknown-platform:did-you-mean': {
    en: 'platform "{value}" is not recognised; did you mean "{suggestion}"?',
    id: 'platform "{value}" tidak dikenali; mungkin maksudnya "{suggestion}"?',
  },
  'listing/unknown-status:unknown': {
    en: 'PR-pack status "{value}" is not in the vocabulary',
    id: 'status PR pack "{value}" tidak ada di daftar status',
  },
  'listing/unknown-status:did-you-mean': {
    en: 'PR-pack status "{value}" is not in the vocabulary; did you mean "{suggestion}"?',
    id: 'status PR pack "{value}" tidak ada di daftar status; mungkin maksudnya "{suggestion}"?',
  },
  'listing/agreed-missing-address:missing': {
    en: '{kol} agreed to receive a PR pack ("{status}") but has no shipping address',
    id: '{kol} bersedia menerima PR pack ("{status}") tetapi alamat pengiriman kosong',
  },
  'listing/blank-row:blank': {
    en: 'blank row inside the table',
    id: 'baris kosong di dalam tabel',
  },

  // ── report (xlsx) ──

  // ── report ──

  // ── affiliate/* ──

  // ── recap/* caption rules (compliance helper) ──
  'recap/missing-disclosure:missing': {
    en: 'no ad disclosure in the caption; add one of {tags} at the start',
    id: 'tidak ada penanda iklan di caption; tambahkan salah satu dari {tags} di awal',
  },
  'recap/missing-disclosure:too-late': {
    en: 'ad disclosure {tag} is at character {index}, after the first {within} characters; move it to the start of the caption',
    id: 'penanda iklan {tag} ada di karakter ke-{index}, setelah {within} karakter pertama; pindahkan ke awal caption',
  },
  'recap/missing-brand-tag:missing': {
    en: 'the caption does not tag {brand} ({handles})',
    id: 'caption tidak men-tag {brand} ({handles})',
  },
  'recap/forbidden-claim:claim': {
    en: 'forbidden claim "{phrase}" (category: {category}) in the caption',
    id: 'klaim terlarang "{phrase}" (kategori: {category}) di caption',
  },
  'recap/forbidden-claim:claim-superlative': {
    en: 'superlative "{phrase}" in the caption: BPOM does not allow superlatives in herbal product ads',
    id: 'kata superlatif "{phrase}" di caption: BPOM melarang kata superlatif dalam iklan produk herbal',
  },
  'recap/forbidden-claim:claim-cure': {
    en: 'promise to cure "{phrase}" in the caption: herbal product ads may not promise a cure',
    id: 'janji kesembuhan "{phrase}" di caption: iklan produk herbal tidak boleh menjanjikan kesembuhan',
  },
  'recap/forbidden-claim:claim-disease': {
    en: 'disease named in the caption ("{phrase}"): herbal product ads may not claim to cure or prevent a disease',
    id: 'nama penyakit di caption ("{phrase}"): iklan produk herbal tidak boleh mengklaim menyembuhkan atau mencegah penyakit',
  },
  'recap/forbidden-claim:claim-safety': {
    en: 'safety claim "{phrase}" in the caption: herbal product ads may not claim to be safe or free of side effects',
    id: 'klaim keamanan "{phrase}" di caption: iklan produk herbal tidak boleh mengklaim aman atau tanpa efek samping',
  },
  'recap/forbidden-claim:claim-doctor': {
    en: 'doctor endorsement "{phrase}" in the caption: herbal product ads may not use a doctor\'s recommendation',
    id: 'klaim rekomendasi dokter "{phrase}" di caption: iklan produk herbal tidak boleh memakai rekomendasi dokter',
  },
  'recap/low-engagement:low-views': {
    en: 'engagement rate {rate}% by views ({interactions} likes + comments / {base} views) is below the {benchmark}% benchmark',
    id: 'engagement rate {rate}% dari views ({interactions} like + komentar / {base} views) di bawah benchmark {benchmark}%',
  },
  'recap/low-engagement:low-followers': {
    en: 'engagement rate {rate}% by followers ({interactions} likes + comments / {base} followers) is below the {benchmark}% benchmark',
    id: 'engagement rate {rate}% dari followers ({interactions} like + komentar / {base} followers) di bawah benchmark {benchmark}%',
  },

  // ── recap/* posting rules ──
  'recap/date-unparseable:unparseable': {
    en: 'posting date "{value}" cannot be read as a date',
    id: 'tanggal posting "{value}" tidak bisa dibaca sebagai tanggal',
  },
  'recap/date-unparseable:needs-year': {
    en: 'posting date "{value}" has no year and nothing says which; add it, or pass --year / set "year" in the config',
    id: 'tanggal posting "{value}" tanpa tahun dan tidak ada yang menyebutkannya; tambahkan, atau gunakan --year / isi "year" di config',
  },
  'recap/date-unparseable:invalid-date': {
    en: 'posting date "{value}" is not a real calendar date',
    id: 'tanggal posting "{value}" bukan tanggal yang ada di kalender',
  },
  'recap/weekday-mismatch:mismatch': {
    en: '"{value}": {date} was a {actual}, not a {written}',
    id: '"{value}": {date} jatuh pada hari {actual}, bukan {written}',
  },
  'recap/date-without-kol:no-kol': {
    en: 'posting date "{value}" has no KOL on its row',
    id: 'tanggal posting "{value}" tidak punya nama KOL di barisnya',
  },
  'recap/date-without-kol:no-kol-listing-match': {
    en: 'posting date "{value}" has no KOL on its row; the listing has this post date for {kols}',
    id: 'tanggal posting "{value}" tidak punya nama KOL di barisnya; di listing, tanggal posting ini milik {kols}',
  },
  'recap/unknown-kol:missing': {
    en: '{kol} is not in the {brand} listing for {month}',
    id: '{kol} tidak ada di listing {brand} bulan {month}',
  },
  'recap/unknown-kol:ambiguous': {
    en: '{kol} matches more than one listed account for {brand} in {month} (rows {rows}); add the profile link to the recap',
    id: '{kol} cocok dengan lebih dari satu akun di listing {brand} bulan {month} (baris {rows}); tambahkan link profil di recap',
  },
  'recap/not-posted:overdue': {
    en: '{kol} has not posted: the deadline {deadline} passed {days} days ago',
    id: '{kol} belum posting: tenggat {deadline} sudah lewat {days} hari',
  },
  'recap/not-posted:due': {
    en: '{kol} has not posted yet: deadline {deadline}, {days} days left',
    id: '{kol} belum posting: tenggat {deadline}, sisa {days} hari',
  },
  'recap/late-post:late': {
    en: '{kol} posted on {posted}, {days} days after the deadline {deadline}',
    id: '{kol} posting pada {posted}, {days} hari setelah tenggat {deadline}',
  },

  // ── formatters (helpers add keys below this line, keep the prefix) ──────
  'format:summary': {
    en: '{files} files checked: {errors} errors, {warnings} warnings, {infos} infos',
    id: '{files} file diperiksa: {errors} error, {warnings} peringatan, {infos} info',
  },
  'format:no-problems': { en: 'no problems found', id: 'tidak ada masalah' },
  'format:row-ref': { en: 'row {row}', id: 'baris {row}' },
  'format:more-findings': { en: '… {count} more {rule}', id: '… {count} lagi {rule}' },
  'format:github-annotation-limit': {
    en: 'GitHub shows only 10 annotations of each kind per step, so the full list of findings is here.',
    id: 'GitHub hanya menampilkan 10 anotasi untuk tiap jenis per langkah, jadi daftar lengkap temuan ada di sini.',
  },
  'format:github-summary-truncated': {
    en: '… {count} more findings not shown: GitHub limits a step summary to 1 MiB. Use --format json for the full list.',
    id: '… {count} temuan lagi tidak ditampilkan: GitHub membatasi ringkasan langkah hingga 1 MiB. Gunakan --format json untuk daftar lengkap.',
  },
  'format:col-severity': { en: 'Severity', id: 'Tingkat' },
  'format:col-rule': { en: 'Rule', id: 'Aturan' },
  'format:col-file': { en: 'File', id: 'File' },
  'format:col-location': { en: 'Location', id: 'Lokasi' },
  'format:col-kol': { en: 'KOL', id: 'KOL' },
  'format:col-message': { en: 'Message', id: 'Pesan' },

  // ── chase ──
  'chase:col-kol': { en: 'KOL', id: 'KOL' },
  'chase:col-brand': { en: 'Brand', id: 'Merek' },
  'chase:col-platform': { en: 'Platform', id: 'Platform' },
  'chase:col-link': { en: 'Link', id: 'Tautan' },
  'chase:col-deadline': { en: 'Deadline', id: 'Tenggat' },
  'chase:col-late': { en: 'Late/left', id: 'Telat/sisa' },
  'chase:col-next': { en: 'Next follow-up', id: 'Follow-up berikutnya' },
  'chase:col-contact': { en: 'Contact', id: 'PIC' },
  'chase:late': { en: '{days} days late', id: 'telat {days} hari' },
  'chase:late-one': { en: '1 day late', id: 'telat 1 hari' },
  'chase:left': { en: '{days} days left', id: 'sisa {days} hari' },
  'chase:left-one': { en: '1 day left', id: 'sisa 1 hari' },
  'chase:due-today': { en: 'due today', id: 'tenggat hari ini' },
  'chase:follow-up': { en: '{date} (day {day})', id: '{date} (hari ke-{day})' },
  'chase:ghosted': { en: 'ghosted', id: 'ghosting' },
  'chase:summary': {
    en: '{count} KOLs to chase as of {asOf} ({overdue} overdue, {ghosted} ghosted)',
    id: '{count} KOL perlu di-follow up per {asOf} ({overdue} lewat tenggat, {ghosted} ghosting)',
  },
  'chase:summary-one': {
    en: '1 KOL to chase as of {asOf} ({overdue} overdue, {ghosted} ghosted)',
    id: '1 KOL perlu di-follow up per {asOf} ({overdue} lewat tenggat, {ghosted} ghosting)',
  },
  'chase:nothing': {
    en: 'nothing to chase as of {asOf} (no deadline or follow-up within {within} days, no KOL ghosted)',
    id: 'tidak ada KOL yang perlu di-follow up per {asOf} (tidak ada tenggat atau follow-up dalam {within} hari, tidak ada yang ghosting)',
  },

  // ── cli ───────────────────────────────────────────────────────────────────
  'cli:config-invalid': {
    en: 'invalid config {file}: {path}: {expected}',
    id: 'config tidak valid {file}: {path}: {expected}',
  },
  'cli:config-unreadable': {
    en: 'cannot read config {file}: {detail}',
    id: 'tidak bisa membaca config {file}: {detail}',
  },
  'cli:path-missing': {
    en: '{path}: no such file or folder',
    id: '{path}: file atau folder tidak ada',
  },
  'cli:no-workbooks': {
    en: 'no .xlsx or .csv files found in {paths}',
    id: 'tidak ada file .xlsx atau .csv di {paths}',
  },
  'cli:bad-option': {
    en: 'invalid value for {option}: "{value}" (expected {expected})',
    id: 'nilai tidak valid untuk {option}: "{value}" (seharusnya {expected})',
  },
  'cli:too-many-warnings': {
    en: '{warnings} warnings, more than --max-warnings {max}',
    id: '{warnings} peringatan, lebih dari --max-warnings {max}',
  },
} as const satisfies Record<string, { en: string; id: string }>;

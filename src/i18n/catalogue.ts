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
    id: 'tidak bisa dibaca: ini file .xls lama atau workbook yang dikunci password (file OLE). Simpan ulang di Excel sebagai .xlsx tanpa password.',
  },
  'file/unreadable:encrypted': {
    en: 'cannot read: the workbook is password-protected ({detail}), so nothing in it was checked. Open it, save a copy without the password, and check that copy.',
    id: 'tidak bisa dibaca: workbook ini dilindungi password ({detail}), jadi isinya tidak diperiksa. Buka file, simpan salinannya tanpa password, lalu periksa salinan itu.',
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
    en: 'cannot read: the workbook is damaged or truncated ({detail}). Open it in Excel or LibreOffice and save it again, or restore a copy.',
    id: 'tidak bisa dibaca: workbook rusak atau terpotong ({detail}). Buka di Excel atau LibreOffice lalu simpan ulang, atau pulihkan salinannya.',
  },
  'file/unreadable:unsupported-extension': {
    en: 'cannot read: {detail} files are not supported; use .xlsx or .csv.',
    id: 'tidak bisa dibaca: file {detail} tidak didukung; gunakan .xlsx atau .csv.',
  },
  'file/unreadable:unsupported-spreadsheet': {
    en: 'cannot read: kolops does not read the {detail} format, so nothing in this file was checked. Open it and save it as .xlsx (Excel workbook), or export it as .csv.',
    id: 'tidak bisa dibaca: kolops tidak membaca format {detail}, jadi isi file ini tidak diperiksa. Buka file lalu simpan sebagai .xlsx (workbook Excel), atau ekspor sebagai .csv.',
  },
  'file/unreadable:permission-denied': {
    en: 'cannot read: permission denied ({detail}). Ask the owner for read access, or check the permissions of the file and its folders.',
    id: 'tidak bisa dibaca: akses ditolak ({detail}). Minta izin baca kepada pemiliknya, atau periksa izin file dan foldernya.',
  },
  'file/unreadable:folder-unreadable': {
    en: 'cannot open this folder ({detail}), so none of its workbooks were checked. Give read access to the folder, or leave it out of the paths to check.',
    id: 'folder ini tidak bisa dibuka ({detail}), jadi tidak satu pun workbook di dalamnya diperiksa. Beri izin baca untuk folder ini, atau keluarkan dari path yang diperiksa.',
  },
  'file/unreadable:symlink-loop': {
    en: 'this link leads back to itself or to a folder above it, so nothing was read through it. Remove the link or point it at the real file or folder.',
    id: 'link (symlink) ini mengarah kembali ke dirinya sendiri atau ke folder di atasnya, jadi tidak ada yang dibaca lewat link ini. Hapus link-nya atau arahkan ke file atau folder yang sebenarnya.',
  },
  'file/unreadable:broken-link': {
    en: 'this link points at a file that does not exist, so nothing was read. Remove the link or restore the file it points at.',
    id: 'link (symlink) ini mengarah ke file yang tidak ada, jadi tidak ada yang dibaca. Hapus link-nya atau pulihkan file tujuannya.',
  },
  'file/unreadable:io-error': {
    en: 'cannot read: {detail}',
    id: 'tidak bisa dibaca: {detail}',
  },
  'file/kind-not-found:file-other-kinds': {
    en: 'no {wanted} in this file, so nothing in it was checked; it holds {found}. Check it with kolops check, or name the file that holds the {wanted}.',
    id: 'tidak ada {wanted} di file ini, jadi isinya tidak diperiksa; file ini berisi {found}. Periksa dengan kolops check, atau sebutkan file yang berisi {wanted}.',
  },
  'file/kind-not-found:file-no-tables': {
    en: 'no {wanted} in this file, and no other table was recognised in it, so nothing was checked. Is the header in the first 30 rows? kolops check says more.',
    id: 'tidak ada {wanted} di file ini, dan tidak ada tabel lain yang dikenali, jadi tidak ada yang diperiksa. Apakah header ada di 30 baris pertama? kolops check menjelaskan lebih lanjut.',
  },
  'file/kind-not-found:folder-other-kinds': {
    en: 'no {wanted} in this folder, so nothing in it was checked: {files, plural, one {its one workbook holds} other {its # workbooks hold}} {found}.',
    id: 'tidak ada {wanted} di folder ini, jadi isinya tidak diperiksa: {files} workbook di dalamnya berisi {found}.',
  },
  'file/kind-not-found:folder-no-tables': {
    en: 'no {wanted} in this folder, so nothing in it was checked: no table was recognised in {files, plural, one {its one workbook} other {its # workbooks}}.',
    id: 'tidak ada {wanted} di folder ini, jadi isinya tidak diperiksa: tidak ada tabel yang dikenali di {files} workbook di dalamnya.',
  },
  'file/unknown-table:unknown': {
    en: 'sheet has data but no recognisable KOL listing, posting recap or affiliate header in its first 30 rows',
    id: 'sheet berisi data, tetapi di 30 baris pertamanya tidak ada header listing KOL, recap posting, atau daftar deal affiliate yang dikenali',
  },
  'file/unknown-table:near-miss': {
    en: 'sheet has data but no table kolops can read: the closest header row has {found}, but a {kind} also needs a {missing} column. Rename that header, or map it in kolops.config.json "columns"',
    id: 'sheet berisi data, tetapi tidak ada tabel yang bisa dibaca kolops: baris header yang paling mendekati berisi {found}, tetapi {kind} juga butuh kolom {missing}. Ganti nama header itu, atau petakan di kolops.config.json "columns"',
  },
  'file/unknown-table:no-subject': {
    en: 'sheet has data but no table kolops can read: the closest header row has {found}, but no {missing} column says whom each row is about',
    id: 'sheet berisi data, tetapi tidak ada tabel yang bisa dibaca kolops: baris header yang paling mendekati berisi {found}, tetapi tidak ada kolom {missing} yang menyebut siapa yang dimaksud di tiap baris',
  },
  'file/malformed-cell:bad-cell-ref': {
    en: 'cell reference "{ref}" is outside Excel\'s grid (A1 to XFD1048576), so the cell was skipped; the file is damaged or was not written by a spreadsheet program. Open and save it in Excel or LibreOffice',
    id: 'referensi sel "{ref}" di luar grid Excel (A1 sampai XFD1048576), jadi sel itu dilewati; file rusak atau tidak ditulis oleh program spreadsheet. Buka lalu simpan ulang di Excel atau LibreOffice',
  },
  'file/malformed-cell:bad-row-number': {
    en: 'row number "{value}" is outside Excel\'s grid; the row is read as the next one. Open and save the file in Excel or LibreOffice',
    id: 'nomor baris "{value}" di luar grid Excel; baris itu dibaca sebagai baris berikutnya. Buka lalu simpan ulang file di Excel atau LibreOffice',
  },
  'file/malformed-cell:missing-shared-string': {
    en: 'cell {ref} points at shared string {index}, but the file has {count}: the cell is read as empty. The file is damaged; open and save it in Excel or LibreOffice',
    id: 'sel {ref} menunjuk ke shared string {index}, padahal file hanya punya {count}: sel dibaca kosong. File rusak; buka lalu simpan ulang di Excel atau LibreOffice',
  },
  'file/malformed-cell:notices-capped': {
    en: '{more} more cells like that ({code}) in this sheet are not listed',
    id: '{more} sel lain seperti itu ({code}) di sheet ini tidak ditampilkan',
  },
  'file/unreadable:too-large': {
    en: 'cannot read: {detail}, over the limit that protects this machine. If the sheet is real, raise "limits" in kolops.config.json ({"limits": {"maxSheetBytes": …, "maxCells": …}})',
    id: 'tidak bisa dibaca: {detail}, melebihi batas yang melindungi mesin ini. Jika sheet-nya memang sebesar itu, naikkan "limits" di kolops.config.json ({"limits": {"maxSheetBytes": …, "maxCells": …}})',
  },
  'file/formula-error:error': {
    en: 'formula error {code} in {header}',
    id: 'error rumus {code} di {header}',
  },
  'file/formula-error:no-result': {
    en: 'formula in {header} has no saved result (={formula}); open and save the file in Excel so its value is stored',
    id: 'rumus di {header} tidak punya hasil tersimpan (={formula}); buka lalu simpan ulang file di Excel agar hasilnya tersimpan',
  },
  'file/hidden-sheet:hidden': {
    en: 'sheet is {state}; its tables are checked too',
    id: 'sheet ini tersembunyi ({state}); tabelnya tetap diperiksa',
  },
  'file/ragged-row:ragged': {
    en: 'record has {found} fields where the header has {expected}',
    id: 'baris ini berisi {found} kolom, sedangkan header berisi {expected}',
  },

  // ── table/* ───────────────────────────────────────────────────────────────
  'table/unmapped-column:suggest': {
    en: 'header "{header}" matched no column, so kolops does not read it; if it is the {column}, add to kolops.config.json: "columns": {"{kindId}": {"{header}": "{columnId}"}}',
    id: 'header "{header}" tidak cocok dengan kolom mana pun, jadi kolops tidak membacanya; jika ini {column}, tambahkan ke kolops.config.json: "columns": {"{kindId}": {"{header}": "{columnId}"}}',
  },
  'table/unmapped-column:other-kind': {
    en: 'header "{header}" looks like {column}, which a {kind} does not have, so kolops does not read it',
    id: 'header "{header}" mirip {column}, yang tidak ada di {kind}, jadi kolops tidak membacanya',
  },
  'table/unmapped-column:none': {
    en: 'header "{header}" matched no column, so kolops does not read it',
    id: 'header "{header}" tidak cocok dengan kolom mana pun, jadi kolops tidak membacanya',
  },
  'table/missing-column:listing-status': {
    en: 'no {column} column: no KOL counts as agreed, declined or unreachable, so the report\'s agreed figures, the chase list and the shipping-address check leave this table out. Name the column (e.g. "Willing to receive PR Pack", "Bersedia Terima PR Pack") or map it in config "columns"',
    id: 'tidak ada kolom {column}: tidak ada KOL yang terhitung bersedia, menolak, atau tidak bisa dihubungi, jadi angka "bersedia" di laporan, daftar follow-up (kolops chase), dan cek alamat pengiriman tidak memakai tabel ini. Beri nama kolomnya (mis. "Bersedia Terima PR Pack") atau petakan di config "columns"',
  },
  'table/missing-column:listing-post-date': {
    en: 'no {column} column and no recap for this brand: who posted is unknown, so not-posted and late-post checks and the report\'s posting figures leave this table out. Add a post date column or check it with its recap',
    id: 'tidak ada kolom {column} dan tidak ada recap untuk merek ini: siapa yang sudah posting tidak diketahui, jadi cek belum posting, cek posting terlambat, dan angka posting di laporan tidak memakai tabel ini. Tambahkan kolom tanggal posting, atau periksa bersama recap-nya',
  },
  'table/missing-column:recap-date': {
    en: 'no {column} column: when each KOL posted is unknown, so late-post, not-posted and the weekday check leave this recap out. Name the column (e.g. "Tanggal Posting", "Tgl Upload") or map it in config "columns"',
    id: 'tidak ada kolom {column}: kapan tiap KOL posting tidak diketahui, jadi cek posting terlambat, cek belum posting, dan cek nama hari tidak memakai recap ini. Beri nama kolomnya (mis. "Tanggal Posting", "Tgl Upload") atau petakan di config "columns"',
  },
  'table/missing-column:deal-status': {
    en: 'no {column} column: no deal counts as done, so the funnel\'s done figure and the deliverables check leave this table out',
    id: 'tidak ada kolom {column}: tidak ada deal yang terhitung selesai, jadi angka selesai di funnel dan cek deliverable tidak memakai tabel ini',
  },
  'table/month-unknown:unknown': {
    en: 'no month found for this table (no month column, and neither the sheet name "{sheet}", a title row, the file name nor its post dates name one month): its {rows} rows are left out of per-month figures. Name the sheet after its month (e.g. "September 2024"), add a Bulan column, or pass --month',
    id: 'bulan tabel ini tidak ditemukan (tidak ada kolom bulan, dan nama sheet "{sheet}", baris judul, nama file, maupun tanggal posting tidak menyebut satu bulan): {rows} barisnya tidak dihitung di angka per bulan. Beri nama sheet sesuai bulannya (mis. "September 2024"), tambahkan kolom Bulan, atau pakai --month',
  },

  // ── the canonical columns and table kinds, as messages name them ──
  'column:no': { en: 'running number (No)', id: 'nomor urut (No)' },
  'column:name': { en: 'KOL name', id: 'nama KOL' },
  'column:handle': { en: 'handle / username', id: 'handle / username' },
  'column:followers': { en: 'followers', id: 'followers' },
  'column:address': { en: 'address', id: 'alamat' },
  'column:phone': { en: 'phone number', id: 'nomor HP' },
  'column:postDate': { en: 'post date', id: 'tanggal posting' },
  'column:prStatus': { en: 'PR-pack status', id: 'status PR pack' },
  'column:platform': { en: 'platform', id: 'platform' },
  'column:brand': { en: 'brand', id: 'merek' },
  'column:link': { en: 'profile link', id: 'link profil' },
  'column:month': { en: 'month', id: 'bulan' },
  'column:deadline': { en: 'deadline', id: 'tenggat' },
  'column:shipDate': { en: 'PR-pack sent date', id: 'tanggal kirim PR pack' },
  'column:consent': { en: 'data consent', id: 'persetujuan data' },
  'column:contactPerson': { en: 'PIC / contact person', id: 'PIC' },
  'column:tier': { en: 'tier', id: 'tier' },
  'column:notes': { en: 'notes', id: 'catatan' },
  'column:account': { en: 'account', id: 'nama akun' },
  'column:status': { en: 'deal status', id: 'status deal' },
  'column:videos': { en: 'videos', id: 'jumlah video' },
  'column:lives': { en: 'live sessions', id: 'jumlah sesi live' },
  'column:proof': { en: 'proof', id: 'bukti' },
  'column:commission': { en: 'commission', id: 'komisi' },
  'column:sales': { en: 'sales', id: 'penjualan' },
  'column:target': { en: 'sales target', id: 'target penjualan' },
  'column:postLink': { en: 'post link', id: 'link posting' },
  'column:caption': { en: 'caption', id: 'caption' },
  'column:views': { en: 'views', id: 'views' },
  'column:likes': { en: 'likes', id: 'likes' },
  'column:comments': { en: 'comments', id: 'komentar' },
  'kind:kol-listing': { en: 'KOL listing', id: 'listing KOL' },
  'kind:posting-recap': { en: 'posting recap', id: 'recap posting' },
  'kind:affiliate-deals': { en: 'affiliate deal list', id: 'daftar deal affiliate' },

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
    en: '{followers, number} followers is below the nano tier (at least {min, number})',
    id: '{followers, number} followers di bawah tier nano (minimal {min, number})',
  },
  'listing/tier-out-of-range:not-allowed': {
    en: '{followers, number} followers is a {tier} KOL, a tier this listing does not take (allowed: {allowed})',
    id: '{followers, number} followers termasuk KOL {tier}, tier yang tidak diterima listing ini (diizinkan: {allowed})',
  },
  'listing/monthly-target:under': {
    en: '{month}: {listed, plural, one {# KOL} other {# KOLs}} listed, target is {target, number} ({missing, number} short)',
    id: '{month}: {listed, number} KOL di-listing, target {target, number} (kurang {missing, number})',
  },
  'listing/monthly-target:under-brand': {
    en: '{month} ({brand}): {listed, plural, one {# KOL} other {# KOLs}} listed, target is {target, number} ({missing, number} short)',
    id: '{month} ({brand}): {listed, number} KOL di-listing, target {target, number} (kurang {missing, number})',
  },
  'listing/duplicate-kol:duplicate': {
    en: '{kol} is listed twice in {month}: first at row {firstRow} of this sheet; delete one of the two rows',
    id: '{kol} tercantum dua kali di {month}: pertama di baris {firstRow} sheet ini; hapus salah satu barisnya',
  },
  'listing/duplicate-kol:duplicate-sheet': {
    en: '{kol} is listed twice in {month}: first at row {firstRow} of sheet "{sheet}"; delete one of the two rows',
    id: '{kol} tercantum dua kali di {month}: pertama di baris {firstRow} sheet "{sheet}"; hapus salah satu barisnya',
  },
  'listing/duplicate-kol:duplicate-file': {
    en: '{kol} is listed twice in {month}: first in {file}, sheet "{sheet}", row {firstRow}; delete one of the two rows',
    id: '{kol} tercantum dua kali di {month}: pertama di {file}, sheet "{sheet}", baris {firstRow}; hapus salah satu barisnya',
  },
  'listing/repeat-kol:repeat': {
    en: '{kol} was already listed in {previousMonth} ({previousFile})',
    id: '{kol} sudah pernah di-listing pada {previousMonth} ({previousFile})',
  },
  'listing/invalid-link:not-a-url': {
    en: 'link "{value}" is not a URL or @handle',
    id: 'link "{value}" bukan URL atau @handle',
  },
  'listing/invalid-link:platform-mismatch': {
    en: 'link points to {linkPlatform} but the platform is {platform}',
    id: 'link mengarah ke {linkPlatform}, padahal platformnya {platform}',
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
    id: '{kol} bersedia menerima PR pack ("{status}"), tetapi alamat pengiriman kosong',
  },
  'listing/blank-row:blank': {
    en: 'blank row inside the table',
    id: 'baris kosong di dalam tabel',
  },

  // ── normalize ──
  'normalize:written-kinds': {
    en: 'wrote {file}: derived columns for {rows, plural, one {# row} other {# rows}} in {tables, plural, one {# table} other {# tables}} ({listing} KOL listing, {recap} posting recap, {affiliate} affiliate); nothing else changed',
    id: '{file} ditulis: kolom turunan untuk {rows} baris di {tables} tabel ({listing} listing KOL, {recap} recap posting, {affiliate} daftar deal affiliate); selebihnya tidak diubah',
  },
  'normalize:no-table': {
    en: '{file} has no KOL listing, posting recap or affiliate table; nothing written',
    id: '{file} tidak berisi listing KOL, recap posting, maupun daftar deal affiliate; tidak ada yang ditulis',
  },
  'normalize:refuse-side-by-side': {
    en: 'sheet "{sheet}": tables stand side by side (header row {row}), so the derived columns of one would land on the next; nothing written (move one table below the other, or normalize a copy with one table per sheet)',
    id: 'sheet "{sheet}": ada tabel yang berdampingan (baris header {row}), sehingga kolom turunan tabel kiri akan menimpa tabel di sebelahnya; tidak ada yang ditulis (pindahkan salah satu tabel ke bawah tabel lainnya, atau jalankan normalize pada salinan yang berisi satu tabel per sheet)',
  },
  'normalize:written': {
    en: 'wrote {file}: derived columns for {rows, plural, one {# listing row} other {# listing rows}} in {tables, plural, one {# table} other {# tables}}; nothing else changed',
    id: '{file} ditulis: kolom turunan untuk {rows} baris listing KOL di {tables} tabel; selebihnya tidak diubah',
  },
  'normalize:up-to-date': {
    en: '{file} is already normalized; left untouched',
    id: '{file} sudah dinormalisasi; tidak diubah',
  },
  'normalize:backup': { en: 'kept the original as {file}', id: 'file asli disimpan sebagai {file}' },
  'normalize:need-output': {
    en: 'say where to write: -o OUT.xlsx for a new file, or --in-place to update {file} (keeps {file}.bak)',
    id: 'sebutkan ke mana hasilnya ditulis: -o HASIL.xlsx untuk file baru, atau --in-place untuk memperbarui {file} (salinan aslinya disimpan sebagai {file}.bak)',
  },
  'normalize:both-outputs': {
    en: 'use either -o or --in-place, not both',
    id: 'pakai -o atau --in-place, jangan keduanya',
  },
  'normalize:same-output': {
    en: '-o names the input file itself; use --in-place to update it',
    id: '-o menunjuk file input itu sendiri; pakai --in-place untuk memperbaruinya',
  },
  'normalize:not-file': { en: '{file}: not a file (normalize takes one workbook)', id: '{file}: bukan file (normalize memproses satu workbook)' },
  'normalize:xlsx-only': {
    en: '{file}: normalize writes .xlsx only; open the file in Excel or LibreOffice and save it as .xlsx first',
    id: '{file}: normalize hanya menulis .xlsx; buka file di Excel atau LibreOffice lalu simpan sebagai .xlsx dulu',
  },
  'normalize:unreadable': {
    en: '{file} could not be read ({detail}); nothing written',
    id: '{file} tidak bisa dibaca ({detail}); tidak ada yang ditulis',
  },
  'normalize:refuse-occupied': {
    en: 'sheet "{sheet}": cell {detail} where the derived columns go is not empty; nothing written (--force overwrites)',
    id: 'sheet "{sheet}": sel {detail}, tempat kolom turunan akan ditulis, tidak kosong; tidak ada yang ditulis (--force untuk menimpa)',
  },
  'normalize:refuse-formula': {
    en: 'sheet "{sheet}": cell {detail} where the derived columns go holds a formula; nothing written (--force overwrites)',
    id: 'sheet "{sheet}": sel {detail}, tempat kolom turunan akan ditulis, berisi rumus; tidak ada yang ditulis (--force untuk menimpa)',
  },
  'normalize:refuse-shared-formula': {
    en: 'sheet "{sheet}": a shared or array formula spans {detail}, over the derived columns; nothing written (--force writes anyway)',
    id: 'sheet "{sheet}": rumus bersama (shared) atau rumus array mencakup {detail}, sampai ke kolom turunan; tidak ada yang ditulis (--force tetap menulis)',
  },
  'normalize:refuse-merged': {
    en: 'sheet "{sheet}": merged cells {detail} cover the derived columns; nothing written (--force writes anyway)',
    id: 'sheet "{sheet}": sel gabungan {detail} menutupi kolom turunan; tidak ada yang ditulis (--force tetap menulis)',
  },
  'normalize:refuse-table-object': {
    en: 'sheet "{sheet}": the Excel table {detail} reaches the derived columns; nothing written (--force writes anyway)',
    id: 'sheet "{sheet}": tabel Excel {detail} menjangkau kolom turunan; tidak ada yang ditulis (--force tetap menulis)',
  },
  'normalize:refuse-protected': {
    en: 'sheet "{sheet}" is protected; nothing written (unprotect it, or --force writes anyway)',
    id: 'sheet "{sheet}" diproteksi; tidak ada yang ditulis (buka proteksinya, atau --force tetap menulis)',
  },
  'normalize:refuse-unsupported': {
    en: 'sheet "{sheet}": kolops cannot edit this workbook safely ({detail}); nothing written',
    id: 'sheet "{sheet}": kolops tidak bisa mengubah workbook ini dengan aman ({detail}); tidak ada yang ditulis',
  },

  // ── init ──
  'init:created': { en: 'created {file}', id: '{file} dibuat' },
  'init:skipped': { en: '{file} already exists, left untouched', id: '{file} sudah ada, tidak diubah' },
  'init:bad-dir': { en: 'cannot use {dir} as the workbook folder: {detail}', id: 'tidak bisa memakai {dir} sebagai folder workbook: {detail}' },
  'init:config-ignored': {
    en: 'the existing {file} could not be read ({detail}); the templates use the placeholder brands',
    id: '{file} yang sudah ada tidak bisa dibaca ({detail}); template memakai merek contoh',
  },
  'init:next': {
    en: 'next: put your brands in {config}, fill in the templates, then run: kolops check {dir}',
    id: 'berikutnya: isi merek Anda di {config}, isi template, lalu jalankan: kolops check {dir}',
  },
  'init:file-listing': { en: 'kol-listing.xlsx', id: 'daftar-kol.xlsx' },
  'init:file-recap': { en: 'posting-recap.xlsx', id: 'rekap-posting.xlsx' },
  'init:file-affiliate': { en: 'affiliate-deals.xlsx', id: 'deal-affiliate.xlsx' },
  'init:validation-title': { en: 'Not in the list', id: 'Tidak ada di daftar' },
  'init:validation-error': {
    en: 'This value is not in the list. Keep it only if your kolops.config.json knows it.',
    id: 'Nilai ini tidak ada di daftar. Pertahankan hanya jika kolops.config.json Anda mengenalinya.',
  },
  'init:head-no': { en: 'No', id: 'No' },
  'init:head-name': { en: 'KOL', id: 'Nama KOL' },
  'init:head-followers': { en: 'Followers', id: 'Followers' },
  'init:head-address': { en: 'Address', id: 'Alamat' },
  'init:head-postDate': { en: 'Post Date', id: 'Tanggal Posting' },
  'init:head-prStatus': { en: 'Willing to receive PR Pack', id: 'Status PR Pack' },
  'init:head-platform': { en: 'Platform', id: 'Platform' },
  'init:head-brand': { en: 'Brand', id: 'Merek' },
  'init:head-link': { en: 'Link', id: 'Link Profil' },
  'init:head-month': { en: 'Month', id: 'Bulan' },
  'init:head-shipDate': { en: 'PR Pack Sent', id: 'Tanggal Kirim' },
  'init:head-deadline': { en: 'Deadline', id: 'Tenggat' },
  'init:head-postLink': { en: 'Post Link', id: 'Link Posting' },
  'init:head-caption': { en: 'Caption', id: 'Caption' },
  'init:head-views': { en: 'Views', id: 'Views' },
  'init:head-likes': { en: 'Likes', id: 'Likes' },
  'init:head-comments': { en: 'Comments', id: 'Komentar' },
  'init:head-contactPerson': { en: 'PIC', id: 'PIC' },
  'init:head-account': { en: 'Account', id: 'Nama Akun' },
  'init:head-accountLink': { en: 'Link', id: 'Link' },
  'init:head-videos': { en: 'Videos', id: 'Video' },
  'init:head-lives': { en: 'Lives', id: 'Live' },
  'init:head-proof': { en: 'Proof', id: 'Bukti' },
  'init:head-commission': { en: 'Commission (%)', id: 'Komisi (%)' },
  'init:head-sales': { en: 'Sales', id: 'Penjualan' },
  'init:head-target': { en: 'Target', id: 'Target' },
  'init:head-status': { en: 'Status', id: 'Status' },
  'init:note-no': { en: 'Row number. Optional; gaps are fine.', id: 'Nomor urut. Boleh dikosongkan; nomor yang tidak berurutan tidak masalah.' },
  'init:note-name': { en: 'The KOL\'s name or account, e.g. @natashina.', id: 'Nama atau akun KOL, mis. @natashina.' },
  'init:note-followers': {
    en: 'Follower count: a number, or 354K, 85.3K, 1.2M. The listing takes nano (1K) to mega (over 1M).',
    id: 'Jumlah followers: angka, atau 354K, 85,3K, 1,2 jt. Listing hanya menerima tier nano (1K) sampai mega (di atas 1 jt).',
  },
  'init:note-address': {
    en: 'Shipping address for the PR pack, with phone number. Personal data: never shared in reports.',
    id: 'Alamat pengiriman PR pack, dengan nomor HP. Data pribadi: tidak pernah dicantumkan di laporan.',
  },
  'init:note-postDate': { en: 'Date the KOL posted, dd/mm/yyyy. Blank until posted.', id: 'Tanggal KOL posting, dd/mm/yyyy. Kosongkan selama belum posting.' },
  'init:note-prStatus': {
    en: 'Pick from the list: YES (DONE), YES, TIDAK BISA BARTER (refused barter), TIDAK BISA DI CONTACT (unreachable), PENDING. Blank = pending.',
    id: 'Pilih dari daftar: YES (DONE), YES, TIDAK BISA BARTER, TIDAK BISA DI CONTACT, PENDING. Kosong = belum ada jawaban.',
  },
  'init:note-platform': { en: 'Pick from the list: Instagram, TikTok, YouTube …', id: 'Pilih dari daftar: Instagram, TikTok, YouTube …' },
  'init:note-brand': { en: 'Pick a brand from the list (the brands in kolops.config.json).', id: 'Pilih merek dari daftar (merek di kolops.config.json).' },
  'init:note-link': {
    en: 'Link to the KOL\'s profile; its domain must fit the platform (instagram.com for Instagram).',
    id: 'Link profil KOL; domainnya harus sesuai platform (instagram.com untuk Instagram).',
  },
  'init:note-month': {
    en: 'Month of the row, e.g. {month}. Blank: the sheet name says it.',
    id: 'Bulan baris ini, mis. {month}. Kosong: diambil dari nama sheet.',
  },
  'init:note-shipDate': { en: 'Date the PR pack was sent, dd/mm/yyyy.', id: 'Tanggal PR pack dikirim, dd/mm/yyyy.' },
  'init:note-deadline': {
    en: 'Posting deadline, dd/mm/yyyy. Blank: the deadline in kolops.config.json.',
    id: 'Tenggat posting, dd/mm/yyyy. Kosong: tenggat dari kolops.config.json.',
  },
  'init:note-postLink': { en: 'Link to the post itself.', id: 'Link postingannya.' },
  'init:note-caption': {
    en: 'The post\'s caption; it must carry a disclosure tag such as #iklan or #ad.',
    id: 'Caption postingan; wajib ada penanda iklan seperti #iklan atau #ad.',
  },
  'init:note-views': { en: 'Views of the post (a number).', id: 'Jumlah views postingan (angka).' },
  'init:note-likes': { en: 'Likes of the post (a number).', id: 'Jumlah likes postingan (angka).' },
  'init:note-comments': { en: 'Comments on the post (a number).', id: 'Jumlah komentar postingan (angka).' },
  'init:note-contactPerson': { en: 'Who on the team handles this KOL.', id: 'Anggota tim yang menangani KOL ini.' },
  'init:note-account': { en: 'The affiliate\'s account name on the shop platform.', id: 'Nama akun affiliate di platform toko.' },
  'init:note-accountLink': {
    en: 'Link to the affiliate\'s account; its domain must fit the platform (shopee.co.id for Shopee).',
    id: 'Link akun affiliate; domainnya harus sesuai platform (shopee.co.id untuk Shopee).',
  },
  'init:note-affiliatePlatform': { en: 'Pick from the list: Shopee, TikTok Shop …', id: 'Pilih dari daftar: Shopee, TikTok Shop …' },
  'init:note-videos': { en: 'Videos delivered (the deal asks for {videos}).', id: 'Jumlah video yang sudah disetor (deal meminta {videos}).' },
  'init:note-lives': { en: 'Live shopping sessions held (the deal asks for at least {lives}).', id: 'Jumlah sesi live shopping (deal meminta minimal {lives}).' },
  'init:note-proof': { en: 'Proof: video links or live screenshots.', id: 'Bukti: link video atau screenshot live.' },
  'init:note-commission': { en: 'Commission in percent, e.g. 10.', id: 'Komisi dalam persen, mis. 10.' },
  'init:note-sales': { en: 'Sales through the affiliate link (Rupiah).', id: 'Penjualan lewat link affiliate (Rupiah).' },
  'init:note-target': { en: 'Sales target for the cash bonus (Rupiah).', id: 'Target penjualan untuk bonus tunai (Rupiah).' },
  'init:note-status': { en: 'Pick from the list: DONE, ON PROCESS, CANCEL.', id: 'Pilih dari daftar: DONE, ON PROCESS, CANCEL.' },

  // ── diff ──
  'diff:title': { en: '{old} → {new}', id: '{old} → {new}' },
  'diff:sheet': { en: 'Sheet "{sheet}" — {kind}', id: 'Sheet "{sheet}" — {kind}' },
  'diff:kind-kol-listing': { en: 'KOL listing', id: 'listing KOL' },
  'diff:kind-affiliate-deals': { en: 'affiliate deals', id: 'deal affiliate' },
  'diff:row': { en: 'row {row}', id: 'baris {row}' },
  'diff:row-moved': { en: 'row {old} → {new}', id: 'baris {old} → {new}' },
  'diff:summary': {
    en: '{added} added, {removed} removed, {changed} changed',
    id: '{added} ditambah, {removed} dihapus, {changed} berubah',
  },
  'diff:no-changes': {
    en: 'No KOL listing or affiliate row changed.',
    id: 'Tidak ada baris listing KOL atau deal affiliate yang berubah.',
  },
  'diff:added': { en: 'added', id: 'ditambah' },
  'diff:removed': { en: 'removed', id: 'dihapus' },
  'diff:changed': { en: 'changed', id: 'berubah' },
  'diff:col-kol': { en: 'KOL / account', id: 'KOL / akun' },
  'diff:col-row': { en: 'Row', id: 'Baris' },
  'diff:col-changes': { en: 'Changes (old → new)', id: 'Perubahan (lama → baru)' },
  'diff:usage': {
    en: 'give two workbooks (kolops diff OLD NEW), or --base REV and the workbooks to compare with that revision',
    id: 'berikan dua workbook (kolops diff LAMA BARU), atau --base REV dan workbook yang dibandingkan dengan revisi itu',
  },
  'diff:git-failed': {
    en: 'cannot read {file} at {rev}: {detail}',
    id: 'tidak bisa membaca {file} pada {rev}: {detail}',
  },
  'diff:not-in-either': {
    en: '{file} exists neither at {rev} nor in the working tree',
    id: '{file} tidak ada di {rev} maupun di working tree',
  },

  // ── report (xlsx) ──
  'report-xlsx:sheet-summary': { en: 'Summary', id: 'Ringkasan' },
  'report-xlsx:sheet-kols': { en: 'KOLs', id: 'KOL' },
  'report-xlsx:sheet-postings': { en: 'Postings', id: 'Postingan' },
  'report-xlsx:sheet-affiliates': { en: 'Affiliates', id: 'Affiliate' },
  'report-xlsx:sheet-findings': { en: 'Findings', id: 'Temuan' },
  'report-xlsx:title': { en: 'Monthly KOL report — {month}', id: 'Laporan bulanan KOL — {month}' },
  'report-xlsx:as-of': { en: 'As of', id: 'Per tanggal' },
  'report-xlsx:section-listing': { en: 'KOL listing per brand — {month}', id: 'Listing KOL per merek — {month}' },
  'report-xlsx:section-affiliate': { en: 'Affiliate funnel — {month}', id: 'Funnel affiliate — {month}' },
  'report-xlsx:section-findings': { en: 'Findings — {month}', id: 'Temuan — {month}' },
  'report-xlsx:no-listing': { en: 'No KOL listing for {month}.', id: 'Tidak ada listing KOL untuk {month}.' },
  'report-xlsx:no-affiliate': { en: 'No affiliate deals for {month}.', id: 'Tidak ada deal affiliate untuk {month}.' },
  'report-xlsx:no-previous': {
    en: 'No KOL listing for {month} to compare with.',
    id: 'Tidak ada listing KOL {month} sebagai pembanding.',
  },
  'report-xlsx:col-previous': { en: '{label} ({month})', id: '{label} ({month})' },
  'report-xlsx:col-change': { en: '{label}: change', id: '{label}: selisih' },
  'report-xlsx:col-brand': { en: 'Brand', id: 'Merek' },
  'report-xlsx:col-listed': { en: 'Listed', id: 'KOL di-listing' },
  'report-xlsx:col-target': { en: 'Target', id: 'Target' },
  'report-xlsx:col-target-status': { en: 'Target status', id: 'Status target' },
  'report-xlsx:target-met': { en: 'MET', id: 'TERCAPAI' },
  'report-xlsx:target-not-met': { en: 'NOT MET', id: 'BELUM TERCAPAI' },
  'report-xlsx:col-agreed': { en: 'Agreed', id: 'Bersedia' },
  'report-xlsx:col-declined': { en: 'Declined', id: 'Menolak' },
  'report-xlsx:col-unreachable': { en: 'Unreachable', id: 'Tidak bisa dihubungi' },
  'report-xlsx:col-pending': { en: 'Pending', id: 'Belum ada jawaban' },
  'report-xlsx:col-acceptance-rate': { en: 'Acceptance rate', id: 'Tingkat penerimaan' },
  'report-xlsx:col-posted': { en: 'Posted', id: 'Sudah posting' },
  'report-xlsx:col-on-time': { en: 'On time', id: 'Tepat waktu' },
  'report-xlsx:col-late': { en: 'Late', id: 'Terlambat' },
  'report-xlsx:col-not-posted': { en: 'Not posted', id: 'Belum posting' },
  'report-xlsx:col-nano': { en: 'Nano', id: 'Nano' },
  'report-xlsx:col-micro': { en: 'Micro', id: 'Micro' },
  'report-xlsx:col-macro': { en: 'Macro', id: 'Macro' },
  'report-xlsx:col-mega': { en: 'Mega', id: 'Mega' },
  'report-xlsx:col-month': { en: 'Month', id: 'Bulan' },
  'report-xlsx:col-platform': { en: 'Platform', id: 'Platform' },
  'report-xlsx:col-contacted': { en: 'Contacted', id: 'Sudah dihubungi' },
  'report-xlsx:col-deals-declared': { en: 'Deals declared', id: 'Deal dilaporkan' },
  'report-xlsx:col-deal-rows': { en: 'Deal rows', id: 'Baris deal' },
  'report-xlsx:col-done': { en: 'Done', id: 'Selesai' },
  'report-xlsx:col-deliverables-complete': { en: 'Deliverables complete', id: 'Deliverable lengkap' },
  'report-xlsx:col-bonuses-due': { en: 'Bonuses due', id: 'Bonus tunai jatuh tempo' },
  'report-xlsx:col-errors': { en: 'Errors', id: 'Error' },
  'report-xlsx:col-warnings': { en: 'Warnings', id: 'Peringatan' },
  'report-xlsx:col-infos': { en: 'Infos', id: 'Info' },
  'report-xlsx:col-kol': { en: 'KOL', id: 'KOL' },
  'report-xlsx:col-followers': { en: 'Followers', id: 'Jumlah followers' },
  'report-xlsx:col-tier': { en: 'Tier', id: 'Tier' },
  'report-xlsx:col-status': { en: 'Status', id: 'Status' },
  'report-xlsx:col-status-text': { en: 'Status as written', id: 'Status (teks asli)' },
  'report-xlsx:col-link': { en: 'Link', id: 'Link' },
  'report-xlsx:col-source': { en: 'Source', id: 'Sumber' },
  'report-xlsx:col-file': { en: 'File', id: 'File' },
  'report-xlsx:col-address': { en: 'Address', id: 'Alamat' },
  'report-xlsx:status-agreed': { en: 'agreed', id: 'bersedia' },
  'report-xlsx:status-declined': { en: 'declined', id: 'menolak' },
  'report-xlsx:status-unreachable': { en: 'unreachable', id: 'tidak bisa dihubungi' },
  'report-xlsx:status-pending': { en: 'pending', id: 'belum ada jawaban' },
  'report-xlsx:col-post-date': { en: 'Post date', id: 'Tanggal posting' },
  'report-xlsx:col-deadline': { en: 'Deadline', id: 'Tenggat' },
  'report-xlsx:col-posting': { en: 'Posting', id: 'Status posting' },
  'report-xlsx:col-days-late': { en: 'Days late', id: 'Hari terlambat' },
  'report-xlsx:posting-on-time': { en: 'on time', id: 'tepat waktu' },
  'report-xlsx:posting-late': { en: 'late', id: 'terlambat' },
  'report-xlsx:posting-not-posted': { en: 'not posted', id: 'belum posting' },
  'report-xlsx:col-rule': { en: 'Rule', id: 'Aturan' },
  'report-xlsx:col-severity': { en: 'Severity', id: 'Tingkat' },
  'report-xlsx:col-sheet': { en: 'Sheet', id: 'Sheet' },
  'report-xlsx:col-cell': { en: 'Cell', id: 'Sel' },
  'report-xlsx:col-message': { en: 'Message', id: 'Pesan' },
  'report-xlsx:severity-error': { en: 'error', id: 'error' },
  'report-xlsx:severity-warning': { en: 'warning', id: 'peringatan' },
  'report-xlsx:severity-info': { en: 'info', id: 'info' },

  // ── report ──
  'report:title': { en: 'KOL monthly report — {month}', id: 'Laporan bulanan KOL — {month}' },
  'report:as-of': { en: 'As of {asOf}, compared with {previous}', id: 'Per {asOf}, dibandingkan dengan {previous}' },
  'report:target-met': { en: 'target met: {listed, plural, one {# KOL} other {# KOLs}} listed, target {target, number}', id: 'target tercapai: {listed, number} KOL di-listing, target {target, number}' },
  'report:target-missed': {
    en: 'target not met: {listed, plural, one {# KOL} other {# KOLs}} listed, target {target, number} ({short, number} short)',
    id: 'target belum tercapai: {listed, number} KOL di-listing, target {target, number} (kurang {short, number})',
  },
  'report:target-marker': { en: 'target {target}', id: 'target {target}' },
  'report:agreed-total': { en: '{agreed} agreed', id: '{agreed} bersedia' },
  'report:col-figure': { en: 'Figure', id: 'Angka' },
  'report:col-change': { en: 'Change', id: 'Perubahan' },
  'report:col-kol': { en: 'KOL', id: 'KOL' },
  'report:col-brand': { en: 'Brand', id: 'Merek' },
  'report:col-platform': { en: 'Platform', id: 'Platform' },
  'report:col-tier': { en: 'Tier', id: 'Tier' },
  'report:col-status': { en: 'PR pack', id: 'PR pack' },
  'report:col-posting': { en: 'Posting', id: 'Posting' },
  'report:col-address': { en: 'Address', id: 'Alamat' },
  'report:col-post-date': { en: 'Post date', id: 'Tanggal posting' },
  'report:col-deadline': { en: 'Deadline', id: 'Tenggat' },
  'report:col-days-late': { en: 'Days late', id: 'Hari terlambat' },
  'report:row-listed': { en: 'KOLs listed', id: 'KOL di-listing' },
  'report:row-target': { en: 'Target', id: 'Target' },
  'report:row-nano': { en: 'Nano (1K–10K)', id: 'Nano (1rb–10rb)' },
  'report:row-micro': { en: 'Micro (10K–100K)', id: 'Micro (10rb–100rb)' },
  'report:row-macro': { en: 'Macro (100K–1M)', id: 'Macro (100rb–1jt)' },
  'report:row-mega': { en: 'Mega (1M+)', id: 'Mega (1jt+)' },
  'report:row-agreed': { en: 'Agreed to a PR pack', id: 'Bersedia terima PR pack' },
  'report:row-declined': { en: 'Declined', id: 'Menolak barter' },
  'report:row-unreachable': { en: 'Unreachable', id: 'Tidak bisa dihubungi' },
  'report:row-pending': { en: 'No answer yet', id: 'Belum ada jawaban' },
  'report:row-acceptance': { en: 'Acceptance rate', id: 'Tingkat penerimaan' },
  'report:row-posted': { en: 'Posted', id: 'Sudah posting' },
  'report:row-on-time': { en: 'On time', id: 'Tepat waktu' },
  'report:row-late': { en: 'Late', id: 'Terlambat' },
  'report:row-not-posted': { en: 'Not posted', id: 'Belum posting' },
  'report:row-contacted': { en: 'Contacted', id: 'Sudah dihubungi' },
  'report:row-declared': { en: 'Deals declared', id: 'Deal dilaporkan' },
  'report:row-deal-rows': { en: 'Deal rows', id: 'Baris deal' },
  'report:row-done': { en: 'Done', id: 'Selesai' },
  'report:row-deliverables': { en: 'Deliverables complete', id: 'Deliverable lengkap' },
  'report:row-bonuses': { en: 'Cash bonuses due', id: 'Bonus tunai jatuh tempo' },
  'report:status-agreed': { en: 'agreed', id: 'bersedia' },
  'report:status-declined': { en: 'declined', id: 'menolak' },
  'report:status-unreachable': { en: 'unreachable', id: 'tidak bisa dihubungi' },
  'report:status-pending': { en: 'no answer yet', id: 'belum ada jawaban' },
  'report:posting-on-time': { en: 'posted on time', id: 'posting tepat waktu' },
  'report:posting-late': { en: 'posted late', id: 'posting terlambat' },
  'report:posting-not-posted': { en: 'not posted', id: 'belum posting' },
  'report:late-heading': { en: 'Posted late ({count})', id: 'Posting terlambat ({count})' },
  'report:not-posted-heading': { en: 'Not posted ({count})', id: 'Belum posting ({count})' },
  'report:late-line': {
    en: '{kol}: posted {postDate}, {days, plural, one {# day} other {# days}} after the deadline {deadline}',
    id: '{kol}: posting {postDate}, {days, number} hari setelah tenggat {deadline}',
  },
  'report:not-posted-line': { en: '{kol}: deadline {deadline}', id: '{kol}: tenggat {deadline}' },
  'report:not-posted-line-no-deadline': { en: '{kol}: no deadline', id: '{kol}: tanpa tenggat' },
  'report:none': { en: 'none', id: 'tidak ada' },
  'report:not-stated': { en: 'not stated', id: 'tidak disebutkan' },
  'report:no-listing': { en: 'No KOL listing for {month} in the files given.', id: 'Tidak ada listing KOL untuk {month} di file yang diberikan.' },
  'report:no-affiliate': { en: 'No affiliate deals for {month} in the files given.', id: 'Tidak ada deal affiliate untuk {month} di file yang diberikan.' },
  'report:affiliate-heading': { en: 'Affiliate funnel', id: 'Funnel affiliate' },
  'report:funnel': { en: 'contacted {contacted} → deals declared {declared} → done {done}', id: 'dihubungi {contacted} → deal dilaporkan {declared} → selesai {done}' },
  'report:arrows-note': { en: '↑ ↓ = against {previous}', id: '↑ ↓ = dibandingkan dengan {previous}' },
  'report:findings-heading': { en: 'Findings', id: 'Temuan' },
  'report:undated': {
    en: '{tables, plural, one {# table} other {# tables}} with {rows, plural, one {# row} other {# rows}} {tables, plural, one {has} other {have}} no month (table/month-unknown) and {tables, plural, one {is} other {are}} left out of every figure of this report',
    id: '{tables, number} tabel dengan {rows, number} baris tidak punya bulan (table/month-unknown) dan tidak dihitung di angka mana pun di laporan ini',
  },
  'report:findings': {
    en: '{month}: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# info} other {# infos}} (kolops check lists them)',
    id: '{month}: {errors, number} error, {warnings, number} peringatan, {infos, number} info (daftarnya ada di kolops check)',
  },
  'report:chart-listed': { en: 'KOLs listed against the target', id: 'KOL di-listing dibanding target' },
  'report:chart-posting': { en: 'Posting status of agreed KOLs', id: 'Status posting KOL yang bersedia' },
  'report:chart-tiers': { en: 'Tier mix of listed KOLs', id: 'Komposisi tier KOL yang di-listing' },
  'report:chart-funnel': { en: 'Affiliate funnel: contacted → declared → done', id: 'Funnel affiliate: dihubungi → deal dilaporkan → selesai' },
  'report:kols-heading': { en: 'KOLs with contact details', id: 'KOL beserta data kontak' },
  'report:contact-warning': {
    en: 'Contains personal data (addresses, phone numbers) protected by UU PDP 27/2022: share it only with whoever ships the PR packs.',
    id: 'Berisi data pribadi (alamat, nomor HP) yang dilindungi UU PDP 27/2022: bagikan hanya kepada yang mengirim PR pack.',
  },
  'report:privacy-note': {
    en: 'Addresses and phone numbers are left out of this report (personal data, UU PDP 27/2022); --include-contact adds them.',
    id: 'Alamat dan nomor HP tidak dicantumkan di laporan ini (data pribadi, UU PDP 27/2022); --include-contact menambahkannya.',
  },
  'report:unknown-extension': {
    en: 'cannot tell the report format from {file}: use a .xlsx, .md, .html or .json file name, or --format json for stdout',
    id: 'format laporan tidak bisa ditentukan dari {file}: gunakan nama file .xlsx, .md, .html, atau .json, atau --format json untuk stdout',
  },
  'report:format-conflict': {
    en: '--format {format} does not fit {file}; leave out --format, or name a .json file',
    id: '--format {format} tidak cocok dengan {file}; hapus --format, atau gunakan nama file .json',
  },
  'report:written': { en: 'report for {month} written to {file}', id: 'laporan {month} ditulis ke {file}' },

  // ── affiliate/* ──
  'affiliate/count-mismatch:mismatch': {
    en: 'the block declares {declared} deals but lists {listed}',
    id: 'blok ini melaporkan {declared} deal, tetapi deal yang tercantum ada {listed}',
  },
  'affiliate/contacted-less-than-deals:fewer-than-declared': {
    en: 'only {contacted} accounts contacted, but {deals} deals declared',
    id: 'baru {contacted} akun yang dihubungi, tetapi deal yang dilaporkan ada {deals}',
  },
  'affiliate/contacted-less-than-deals:fewer-than-listed': {
    en: 'only {contacted} accounts contacted, but {deals} deals listed',
    id: 'baru {contacted} akun yang dihubungi, tetapi ada {deals} deal yang tercantum',
  },
  'affiliate/duplicate-account:in-block': {
    en: '{kol} is listed more than once in this block: first at row {firstRow}',
    id: '{kol} tercantum lebih dari sekali di blok ini: pertama di baris {firstRow}',
  },
  'affiliate/duplicate-account:in-month': {
    en: '{kol} is listed more than once for {scope}: first at row {firstRow}',
    id: '{kol} tercantum lebih dari sekali untuk {scope}: pertama di baris {firstRow}',
  },
  'affiliate/platform-link-mismatch:block': {
    en: 'link {link} points to {linkPlatform}, but this block is for {platform}',
    id: 'link {link} mengarah ke {linkPlatform}, padahal blok ini untuk {platform}',
  },
  'affiliate/platform-link-mismatch:row': {
    en: 'link {link} points to {linkPlatform}, but the deal is on {platform}',
    id: 'link {link} mengarah ke {linkPlatform}, padahal deal ini di {platform}',
  },
  'affiliate/deliverables-incomplete:incomplete': {
    en: '{kol} is marked "{status}" but the deliverables are incomplete: {missing}',
    id: '{kol} berstatus "{status}", tetapi deliverable belum lengkap: {missing}',
  },
  'affiliate/deliverables-incomplete:part-videos': {
    en: '{count, number} of {required, plural, one {# video} other {# videos}}',
    id: '{count} dari {required} video',
  },
  'affiliate/deliverables-incomplete:part-lives': {
    en: '{count} of {required} live sessions',
    id: '{count} dari {required} sesi live',
  },
  'affiliate/deliverables-incomplete:part-no-live': {
    en: 'no live session ({required} required)',
    id: 'belum ada sesi live (wajib {required})',
  },
  'affiliate/deliverables-incomplete:part-no-proof': {
    en: 'no proof link',
    id: 'belum ada link bukti',
  },
  'affiliate/deliverables-incomplete:part-proof-no-link': {
    en: 'no link in the proof ("{value}")',
    id: 'tidak ada link di kolom bukti ("{value}")',
  },
  'affiliate/unknown-status:unknown': {
    en: 'deal status "{value}" is not in the vocabulary',
    id: 'status deal "{value}" tidak ada di daftar status',
  },
  'affiliate/unknown-status:did-you-mean': {
    en: 'deal status "{value}" is not in the vocabulary; did you mean "{suggestion}"?',
    id: 'status deal "{value}" tidak ada di daftar status; mungkin maksudnya "{suggestion}"?',
  },
  'affiliate/commission-out-of-range:below': {
    en: '{kol}: commission {commission, percent} is below the range {min, number}–{max, percent}',
    id: '{kol}: komisi {commission, percent} di bawah rentang {min, number}–{max, percent}',
  },
  'affiliate/commission-out-of-range:above': {
    en: '{kol}: commission {commission, percent} is above the range {min, number}–{max, percent}',
    id: '{kol}: komisi {commission, percent} di atas rentang {min, number}–{max, percent}',
  },
  'affiliate/bonus-due:due': {
    en: '{kol} reached the sales target ({sales, currency} of {target, currency}): cash bonus due',
    id: '{kol} sudah mencapai target penjualan ({sales, currency} dari target {target, currency}): bonus tunai jatuh tempo',
  },

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
    id: 'caption tidak menyertakan tag {brand} ({handles})',
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
    en: 'engagement rate {rate, percent} by views ({interactions, number} likes + comments / {base, number} views) is below the {benchmark, percent} benchmark',
    id: 'engagement rate {rate, percent} dari views ({interactions, number} likes + komentar / {base, number} views) di bawah benchmark {benchmark, percent}',
  },
  'recap/low-engagement:low-followers': {
    en: 'engagement rate {rate, percent} by followers ({interactions, number} likes + comments / {base, number} followers) is below the {benchmark, percent} benchmark',
    id: 'engagement rate {rate, percent} dari followers ({interactions, number} likes + komentar / {base, number} followers) di bawah benchmark {benchmark, percent}',
  },

  // ── recap/* posting rules ──
  'recap/date-unparseable:unparseable': {
    en: 'posting date "{value}" cannot be read as a date',
    id: 'tanggal posting "{value}" tidak bisa dibaca sebagai tanggal',
  },
  'recap/date-unparseable:needs-year': {
    en: 'posting date "{value}" has no year and nothing says which; add it, or pass --year / set "year" in the config',
    id: 'tanggal posting "{value}" tidak punya tahun, dan tahunnya tidak disebut di mana pun; tambahkan tahunnya, atau gunakan --year / isi "year" di config',
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
    en: '{kol} has not posted: the deadline {deadline} passed {days, plural, one {# day} other {# days}} ago',
    id: '{kol} belum posting: tenggat {deadline} sudah lewat {days, number} hari',
  },
  'recap/not-posted:due': {
    en: '{kol} has not posted yet: deadline {deadline}, {days, plural, one {# day} other {# days}} left',
    id: '{kol} belum posting: tenggat {deadline}, sisa {days, number} hari',
  },
  'recap/late-post:late': {
    en: '{kol} posted on {posted}, {days, plural, one {# day} other {# days}} after the deadline {deadline}',
    id: '{kol} posting pada {posted}, {days, number} hari setelah tenggat {deadline}',
  },

  // ── formatters (helpers add keys below this line, keep the prefix) ──────
  'format:summary': {
    en: '{files, plural, one {# file} other {# files}} checked: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}, {infos, plural, one {# info} other {# infos}}',
    id: '{files, number} file diperiksa: {errors, number} error, {warnings, number} peringatan, {infos, number} info',
  },
  'format:no-problems-in': { en: '{files, plural, one {# file} other {# files}} checked: no problems found', id: '{files, number} file diperiksa: tidak ada masalah' },
  'format:no-new-problems-in': { en: '{files, plural, one {# file} other {# files}} checked: no new problems', id: '{files, number} file diperiksa: tidak ada masalah baru' },
  'format:nothing-checked': {
    en: 'no workbooks checked: nothing was read, so nothing was found',
    id: 'tidak ada workbook yang diperiksa: tidak ada yang dibaca, jadi tidak ada yang ditemukan',
  },
  'format:not-checked': { en: 'not checked: {file} holds {kinds}', id: 'tidak diperiksa: {file} berisi {kinds}' },
  'format:not-checked-more': { en: '… and {count} more files not checked (--format json lists them)', id: '… dan {count} file lagi tidak diperiksa (daftarnya ada di --format json)' },
  'format:kind-kol-listing': { en: 'a KOL listing', id: 'listing KOL' },
  'format:kind-posting-recap': { en: 'a posting recap', id: 'recap posting' },
  'format:kind-affiliate-deals': { en: 'an affiliate deal list', id: 'daftar deal affiliate' },
  'format:kind-none': { en: 'no recognised table', id: 'tidak ada tabel yang dikenali' },
  'format:baseline-suppressed': {
    en: '{count, plural, one {# finding} other {# findings}} accepted in the baseline {file} {count, plural, one {is} other {are}} not shown',
    id: '{count, number} temuan yang diterima di baseline {file} tidak ditampilkan',
  },
  'format:baseline-absent': {
    en: '{count} baseline entries no longer occur (fixed?); --prune-suppressions removes them from {file}',
    id: '{count} entri baseline tidak muncul lagi (sudah diperbaiki?); --prune-suppressions menghapusnya dari {file}',
  },
  'format:baseline-absent-written': {
    en: '{count} baseline entries no longer occur and stay in {file}; --prune-suppressions removes them',
    id: '{count} entri baseline tidak muncul lagi dan tetap ada di {file}; --prune-suppressions menghapusnya',
  },
  'format:config-one': { en: 'config: {config}', id: 'config: {config}' },
  'severity:error': { en: 'error', id: 'error' },
  'severity:warning': { en: 'warning', id: 'peringatan' },
  'severity:info': { en: 'info', id: 'info' },
  'format:config-many': { en: 'configs: {configs}', id: 'config: {configs}' },
  'format:config-files': { en: '{config} ({files, plural, one {# file} other {# files}})', id: '{config} ({files, number} file)' },
  'format:config-defaults': { en: 'none found, the built-in SOP defaults', id: 'tidak ditemukan; memakai aturan bawaan SOP' },
  'format:row-ref': { en: 'row {row}', id: 'baris {row}' },
  'format:more-findings': { en: '… {count, number} more {rule}', id: '… {count, number} temuan {rule} lagi' },
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

  // ── describe ──
  'describe:sheet': { en: 'sheet "{sheet}"', id: 'sheet "{sheet}"' },
  'describe:sheet-empty': { en: 'empty', id: 'kosong' },
  'describe:sheet-no-table': {
    en: 'has data but no table kolops can read (no row in the first 30 looks like a header)',
    id: 'berisi data, tetapi tidak ada tabel yang bisa dibaca kolops (tidak ada baris di 30 baris pertama yang mirip header)',
  },
  'describe:sheet-near-miss': {
    en: 'has data but no table kolops can read: the closest header row has {found}, but a {kind} also needs {missing}',
    id: 'berisi data, tetapi tidak ada tabel yang bisa dibaca kolops: baris header yang paling mendekati berisi {found}, tetapi {kind} juga butuh {missing}',
  },
  'describe:or': { en: ' or ', id: ' atau ' },
  'describe:table': { en: '{kind}, header at row {row}, {rows, plural, one {# row} other {# rows}}, {layout}', id: '{kind}, header di baris {row}, {rows, number} baris, {layout}' },
  'describe:layout-long': { en: 'one row per record', id: 'satu baris per entri' },
  'describe:layout-wide': { en: 'wide: a date column per brand', id: 'lebar: satu kolom tanggal per merek' },
  'describe:layout-blocks': { en: 'a block with a title row', id: 'blok dengan baris judul' },
  'describe:why': { en: 'kind: it has {columns}, which only this kind of table has', id: 'jenis: tabel ini punya {columns}, yang hanya ada di jenis tabel ini' },
  'describe:month': { en: 'month: {month}, from the {source}{from}', id: 'bulan: {month}, dari {source}{from}' },
  'describe:month-none': {
    en: 'month: none found (no month column, sheet name, title row, file name or post dates name one); left out of per-month figures',
    id: 'bulan: tidak ditemukan (kolom bulan, nama sheet, baris judul, nama file, maupun tanggal posting tidak menyebutnya); tidak dihitung di angka per bulan',
  },
  'describe:month-per-row': {
    en: 'month: per row — the table names no single month, so each entry counts in the month of its own month cell, post date or the period its title names',
    id: 'bulan: per baris — tabel tidak menyebut satu bulan, jadi tiap entri dihitung di bulan dari sel bulannya, tanggal postingnya, atau periode di judulnya',
  },
  'describe:why-wide': {
    en: 'kind: a running number and two or more post-date columns, one per brand (the seed recap\'s wide layout)',
    id: 'jenis: nomor urut dan dua kolom tanggal posting atau lebih, satu per merek (layout lebar seperti recap di dokumen sumber)',
  },
  'describe:brand-group': { en: 'brand: per date column, from the group row above the header: {brands}', id: 'merek: per kolom tanggal, dari baris grup di atas header: {brands}' },
  'describe:brand-unnamed': { en: '(none named)', id: '(tidak disebut)' },
  'describe:source-month-column': { en: 'month column', id: 'kolom bulan' },
  'describe:source-sheet-name': { en: 'sheet name', id: 'nama sheet' },
  'describe:source-title-row': { en: 'title row', id: 'baris judul' },
  'describe:source-file-name': { en: 'file name', id: 'nama file' },
  'describe:source-post-dates': { en: 'post dates (all in one month)', id: 'tanggal posting (semuanya di satu bulan)' },
  'describe:source-option': { en: '--month option', id: 'opsi --month' },
  'describe:brand-table': { en: 'brand: {brand}, named in the sheet name or a title row', id: 'merek: {brand}, disebut di nama sheet atau baris judul' },
  'describe:brand-column': { en: 'brand: read per row from the brand column', id: 'merek: dibaca per baris dari kolom merek' },
  'describe:brand-none': { en: 'brand: none (no brand column, and none named in the sheet name or title rows)', id: 'merek: tidak ada (tidak ada kolom merek, dan tidak disebut di nama sheet atau baris judul)' },
  'describe:platform': { en: 'platform: {platform}, named in the title row', id: 'platform: {platform}, disebut di baris judul' },
  'describe:columns': { en: 'columns:', id: 'kolom:' },
  'describe:how-config': { en: 'your config', id: 'config Anda' },
  'describe:how-exact': { en: 'exact', id: 'persis' },
  'describe:how-words': { en: 'by its words', id: 'dari kata-katanya' },
  'describe:how-generic': { en: 'generic word, last resort', id: 'kata umum, pilihan terakhir' },
  'describe:how-layout': { en: 'wide layout', id: 'layout lebar' },
  'describe:derived': { en: 'written by kolops normalize (not read as the team\'s)', id: 'ditulis oleh kolops normalize (tidak dibaca sebagai kolom tim)' },
  'describe:unread': { en: 'not read', id: 'tidak dibaca' },
  'describe:unread-suggest': { en: 'not read (looks like {column})', id: 'tidak dibaca (mirip {column})' },
  'describe:swapped': {
    en: '{column}: the header in {from} stayed empty in the first rows, so {to} is read instead',
    id: '{column}: header di {from} kosong di baris-baris pertama, jadi {to} yang dibaca',
  },

  // ── chase ──
  'chase:col-kol': { en: 'KOL', id: 'KOL' },
  'chase:col-brand': { en: 'Brand', id: 'Merek' },
  'chase:col-platform': { en: 'Platform', id: 'Platform' },
  'chase:col-link': { en: 'Link', id: 'Link' },
  'chase:col-deadline': { en: 'Deadline', id: 'Tenggat' },
  'chase:col-late': { en: 'Late/left', id: 'Terlambat/sisa' },
  'chase:col-next': { en: 'Next follow-up', id: 'Follow-up berikutnya' },
  'chase:col-contact': { en: 'Contact', id: 'PIC' },
  'chase:late': { en: '{days, plural, one {# day} other {# days}} late', id: 'terlambat {days, number} hari' },
  'chase:left': { en: '{days, plural, one {# day} other {# days}} left', id: 'sisa {days, number} hari' },
  'chase:due-today': { en: 'due today', id: 'tenggat hari ini' },
  'chase:follow-up': { en: '{date} (day {day})', id: '{date} (hari ke-{day})' },
  'chase:ghosted': { en: 'ghosted', id: 'ghosting' },
  'chase:summary': {
    en: '{count, plural, one {# KOL} other {# KOLs}} to chase as of {asOf} ({overdue, number} overdue, {ghosted, number} ghosted)',
    id: '{count} KOL perlu di-follow up per {asOf} ({overdue} lewat tenggat, {ghosted} ghosting)',
  },
  'chase:nothing': {
    en: 'nothing to chase as of {asOf} (no deadline or follow-up within {within} days, no KOL ghosted)',
    id: 'tidak ada KOL yang perlu di-follow up per {asOf} (tidak ada tenggat atau follow-up dalam {within} hari, tidak ada yang ghosting)',
  },

  // ── cli ───────────────────────────────────────────────────────────────────
  'output:is-input': {
    en: 'not writing {file}: it is one of the files this run reads ({detail}), and kolops never writes over an input. Name another output file.',
    id: '{file} tidak ditulis: file itu salah satu file yang dibaca perintah ini ({detail}), dan kolops tidak pernah menimpa file input. Sebutkan file output lain.',
  },
  'output:is-workbook': {
    en: 'not writing {file}: it exists and is a workbook kolops would read. Nothing was changed; name another output file, or add --force to replace it.',
    id: '{file} tidak ditulis: file itu sudah ada dan merupakan workbook yang akan dibaca kolops. Tidak ada yang diubah; sebutkan file output lain, atau tambahkan --force untuk menggantinya.',
  },
  'output:exists': {
    en: 'not writing {file}: it already exists. Nothing was changed; name another file, or add --force to replace it.',
    id: '{file} tidak ditulis: file itu sudah ada. Tidak ada yang diubah; sebutkan file lain, atau tambahkan --force untuk menggantinya.',
  },
  'output:is-folder': {
    en: 'not writing {file}: it is a folder. Name a file, e.g. {file}/report.txt.',
    id: '{file} tidak ditulis: ini folder, bukan file. Sebutkan nama file, misalnya {file}/report.txt.',
  },
  'output:locked': {
    en: 'not writing {file}: it is open in Excel or LibreOffice ({detail} is there). Close it, then run again.',
    id: '{file} tidak ditulis: file sedang dibuka di Excel atau LibreOffice (ada {detail}). Tutup dulu, lalu jalankan lagi.',
  },
  'cli:path-missing': {
    en: '{path}: no such file or folder',
    id: '{path}: file atau folder tidak ada',
  },
  'cli:no-workbooks': {
    en: 'no .xlsx or .csv files found in {paths}',
    id: 'tidak ada file .xlsx atau .csv di {paths}',
  },
  'cli:context-without-paths': {
    en: 'no files to check: --context takes every path after it. Name the files to check first (kolops check listing.xlsx --context recaps/), or write --context=PATH.',
    id: 'tidak ada file yang diperiksa: --context mengambil semua path sesudahnya. Sebutkan dulu file yang diperiksa (kolops check listing.xlsx --context recaps/), atau tulis --context=PATH.',
  },
  'cli:baseline-missing': {
    en: 'baseline {file} does not exist. Write it first: kolops check --baseline {file} --suppress-all',
    id: 'baseline {file} tidak ada. Buat dulu: kolops check --baseline {file} --suppress-all',
  },
  'cli:baseline-invalid': {
    en: '{file} is not a kolops baseline ({detail}); nothing was changed. Name the baseline file kolops wrote, or a new file.',
    id: '{file} bukan baseline kolops ({detail}); tidak ada yang diubah. Sebutkan file baseline yang ditulis kolops, atau file baru.',
  },
  'cli:baseline-unreadable': {
    en: 'cannot read baseline {file}: {detail}',
    id: 'tidak bisa membaca baseline {file}: {detail}',
  },
  'cli:baseline-flags': {
    en: '--suppress-all, --suppress-month and --prune-suppressions go with --baseline FILE (or write kolops-baseline.json when none is named); use one of --suppress-all and --suppress-month',
    id: '--suppress-all, --suppress-month, dan --prune-suppressions dipakai bersama --baseline FILE (tanpa nama FILE, kolops memakai kolops-baseline.json); pakai salah satu dari --suppress-all dan --suppress-month',
  },
  'cli:baseline-written': {
    en: 'baseline {file} written: {entries} accepted findings',
    id: 'baseline {file} ditulis: {entries} temuan diterima',
  },
  'cli:configs-differ': {
    en: 'these files use different configs ({configs}); the report reads them as one. Report one folder at a time, or name one config with --config.',
    id: 'file-file ini memakai config yang berbeda ({configs}), padahal laporan membaca semuanya sebagai satu. Buat laporan per folder, atau sebutkan satu config dengan --config.',
  },
  'cli:too-many-warnings': {
    en: '{warnings} warnings, more than --max-warnings {max}',
    id: '{warnings} peringatan, lebih dari --max-warnings {max}',
  },
} as const satisfies Record<string, { en: string; id: string }>;

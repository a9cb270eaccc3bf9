/**
 * `kolops --help` and every command's help, in English and Bahasa Indonesia: the
 * descriptions of commands, arguments and options, and the words commander itself
 * prints around them (section titles, `[options]`, choices and defaults), set through
 * commander's own API (`.description()`, `.helpOption()`, `.helpCommand()`,
 * `.version()`, `configureHelp()`).
 */
import { Help, type HelpConfiguration } from 'commander';
import type { Lang } from '../../i18n/index.js';
import { say, type Words } from './words.js';

export const HELP = {
  'program': {
    en: 'Check KOL listings, posting recaps and affiliate deal lists (Excel/CSV) against the team\'s SOP.',
    id: 'Periksa listing KOL, recap posting, dan daftar deal affiliate (Excel/CSV) sesuai SOP tim.',
  },
  'help': { en: 'display help for command', id: 'tampilkan bantuan untuk perintah' },
  'version': { en: 'output the version number', id: 'tampilkan nomor versi' },

  'check': {
    en: 'check every workbook in the given files and folders (default: the working folder)',
    id: 'periksa setiap workbook di file dan folder yang disebut (bawaan: folder kerja saat ini)',
  },
  'check:paths': { en: 'files and folders', id: 'file dan folder' },
  'list': { en: 'KOL listing commands', id: 'perintah untuk listing KOL' },
  'list validate': {
    en: 'validate KOL listings only (recaps beside them are read for the posting join)',
    id: 'periksa listing KOL saja (recap di sebelahnya ikut dibaca untuk mencocokkan posting)',
  },
  'list validate:files': { en: 'listing workbooks or folders', id: 'workbook listing atau foldernya' },
  'recap': { en: 'posting recap commands', id: 'perintah untuk recap posting' },
  'recap check': {
    en: 'check posting recaps; --listing (like --context) reads the KOL listings they belong to',
    id: 'periksa recap posting; --listing (seperti --context) membaca listing KOL pasangannya',
  },
  'recap check:files': { en: 'recap workbooks or folders', id: 'workbook recap atau foldernya' },
  'recap check --listing': {
    en: 'KOL listing workbooks to join the recap to (read, not validated)',
    id: 'workbook listing KOL yang dicocokkan dengan recap (hanya dibaca, tidak diperiksa)',
  },
  'affiliate': { en: 'affiliate deal list commands', id: 'perintah untuk daftar deal affiliate' },
  'affiliate check': {
    en: 'check affiliate deal lists only (block layout "Gambar 3.4" and the long layout)',
    id: 'periksa daftar deal affiliate saja (tata letak blok "Gambar 3.4" dan tata letak memanjang)',
  },
  'affiliate check:files': { en: 'affiliate workbooks or folders', id: 'workbook affiliate atau foldernya' },
  'describe': {
    en: 'what kolops understood of every table: its kind and why, each header and the column it was read as, month and brand and where each came from',
    id: 'apa yang dipahami kolops dari setiap tabel: jenisnya dan alasannya, setiap header dan kolom yang dibaca darinya, bulan dan merek beserta asalnya',
  },
  'paths-default': { en: 'files and folders (default: the working folder)', id: 'file dan folder (bawaan: folder kerja saat ini)' },
  'normalize': {
    en: 'add or refresh derived columns (account, status, dates, month …) beside each listing, recap and affiliate table, changing nothing else',
    id: 'tambahkan atau perbarui kolom turunan (akun, status, tanggal, bulan …) di samping setiap tabel listing, recap, dan affiliate, tanpa mengubah yang lain',
  },
  'normalize:file': { en: 'the .xlsx workbook', id: 'workbook .xlsx-nya' },
  'normalize --output': {
    en: 'write the result to a new .xlsx (refused when it exists, unless --force)',
    id: 'tulis hasilnya ke .xlsx baru (ditolak bila sudah ada, kecuali dengan --force)',
  },
  'normalize --in-place': { en: 'update FILE itself, keeping a copy as FILE.bak', id: 'perbarui FILE itu sendiri, dengan salinannya disimpan sebagai FILE.bak' },
  'normalize --no-backup': { en: 'with --in-place: do not keep FILE.bak', id: 'dengan --in-place: jangan simpan FILE.bak' },
  'normalize --force': {
    en: 'overwrite an existing -o file, and write even where the sheet has something in the way',
    id: 'timpa file -o yang sudah ada, dan tetap menulis walaupun ada isi sheet yang menghalangi',
  },
  'textconv': {
    en: 'print a workbook as stable text for git diff (diff driver: git config diff.kolops.textconv "npx kolops textconv")',
    id: 'cetak workbook sebagai teks yang stabil untuk git diff (driver diff: git config diff.kolops.textconv "npx kolops textconv")',
  },
  'textconv:file': { en: 'workbook (.xlsx, .csv)', id: 'workbook (.xlsx, .csv)' },
  'diff': {
    en: 'added, removed and changed rows of KOL listings and affiliate tables, matched by account: OLD NEW, or --base REV FILE...',
    id: 'baris yang ditambah, dihapus, dan diubah di listing KOL dan tabel affiliate, dicocokkan per akun: LAMA BARU, atau --base REV FILE...',
  },
  'diff:files': {
    en: 'OLD NEW, or with --base the workbooks to compare with that revision',
    id: 'LAMA BARU, atau dengan --base workbook yang dibandingkan dengan revisi itu',
  },
  'diff --base': {
    en: 'compare each FILE with its version at this git revision (e.g. origin/main, HEAD)',
    id: 'bandingkan setiap FILE dengan versinya di revisi git ini (mis. origin/main, HEAD)',
  },
  'diff --exit-code': { en: 'exit 1 when some row differs (like git diff --exit-code)', id: 'keluar dengan kode 1 bila ada baris yang berbeda (seperti git diff --exit-code)' },
  'diff --lang': { en: 'language of the output (default: from LANG)', id: 'bahasa hasilnya (bawaan: dari LANG)' },
  'init': {
    en: 'start a workbook folder: kolops.config.json with the SOP defaults and three templates (KOL listing, posting recap, affiliate deals); never overwrites a file',
    id: 'siapkan folder workbook: kolops.config.json berisi bawaan SOP dan tiga template (listing KOL, recap posting, deal affiliate); tidak pernah menimpa file',
  },
  'init:dir': { en: 'the folder to start (created when missing)', id: 'folder yang disiapkan (dibuat bila belum ada)' },
  'init --lang': {
    en: 'language of the templates\' headers and notes (default: from LANG)',
    id: 'bahasa header dan catatan di template (bawaan: dari LANG)',
  },
  'init --month': {
    en: 'month the templates\' sheets are named after (default: this month)',
    id: 'bulan yang menjadi nama sheet di template (bawaan: bulan ini)',
  },
  'report': { en: 'report commands', id: 'perintah laporan' },
  'report monthly': {
    en: 'the month-end report: target met, who posted, who is late, tier mix, affiliate funnel, against last month',
    id: 'laporan akhir bulan: target tercapai atau belum, siapa yang sudah posting, siapa yang terlambat, komposisi tier, funnel affiliate, dibandingkan bulan lalu',
  },
  'report monthly --month': { en: 'the month to report', id: 'bulan yang dilaporkan' },
  'report monthly --format': {
    en: 'without -o: json prints the report JSON on stdout, text the terminal summary',
    id: 'tanpa -o: json mencetak JSON laporan ke stdout, text mencetak ringkasannya di terminal',
  },
  'report monthly --include-contact': {
    en: 'include KOL addresses and phone numbers (personal data, UU PDP)',
    id: 'sertakan alamat dan nomor HP KOL (data pribadi, UU PDP)',
  },
  'report monthly --lang': { en: 'language of the report (default: from LANG)', id: 'bahasa laporan (bawaan: dari LANG)' },
  'report monthly --output': {
    en: 'write the report to a file; its extension picks the format: .xlsx, .md, .html, .json',
    id: 'tulis laporan ke file; ekstensinya menentukan format: .xlsx, .md, .html, .json',
  },
  'report monthly --force': { en: 'overwrite the output file when it exists', id: 'timpa file hasil bila sudah ada' },
  'chase': {
    en: 'the follow-up list: agreed KOLs who have not posted, with a deadline or follow-up due soon, or ghosted',
    id: 'daftar follow-up: KOL yang sudah bersedia tetapi belum posting, yang deadline atau follow-up-nya sudah dekat, atau yang ghosting',
  },
  'chase --within': {
    en: 'list deadlines and follow-ups due within this many days',
    id: 'tampilkan deadline dan follow-up yang jatuh tempo dalam sekian hari ini',
  },
  'chase --as-of': {
    en: 'today, for deadlines and follow-ups (default: the run date)',
    id: 'tanggal "hari ini" untuk deadline dan follow-up (bawaan: tanggal perintah dijalankan)',
  },

  // Options more than one command takes (options.ts).
  '--format': { en: 'output format', id: 'format hasilnya' },
  '--delimiter': {
    en: 'CSV delimiter of input files instead of detecting it (",", ";", "tab", "|")',
    id: 'pemisah kolom CSV di file input, alih-alih dideteksi otomatis (",", ";", "tab", "|")',
  },
  '--config': {
    en: 'config file for every input (default: each file uses the kolops.config.json nearest above it)',
    id: 'file config untuk semua input (bawaan: setiap file memakai kolops.config.json terdekat di atasnya)',
  },
  '--year': { en: 'year for dates written without one', id: 'tahun untuk tanggal yang ditulis tanpa tahun' },
  '--lang': { en: 'language of messages (default: from LANG)', id: 'bahasa pesan (bawaan: dari LANG)' },
  '--month': {
    en: 'month for tables whose month nothing in the workbook says',
    id: 'bulan untuk tabel yang bulannya tidak disebut di mana pun dalam workbook',
  },
  '--as-of': { en: 'today, for deadlines (default: the run date)', id: 'tanggal "hari ini" untuk deadline (bawaan: tanggal perintah dijalankan)' },
  '--output': {
    en: 'write to a file instead of stdout (never one of the inputs)',
    id: 'tulis ke file, bukan ke stdout (tidak boleh salah satu file input)',
  },
  '--force': {
    en: 'with -o: replace the file even when it is a workbook kolops would read',
    id: 'dengan -o: ganti file itu walaupun berupa workbook yang akan dibaca kolops',
  },
  '--context': {
    en: 'workbooks or folders read for the joins only (recaps for a listing, earlier months); their findings are not reported. Name the files to check before it, or write --context=PATH',
    id: 'workbook atau folder yang hanya dibaca untuk pencocokan (recap untuk listing, bulan-bulan sebelumnya); temuannya tidak dilaporkan. Sebutkan file yang diperiksa sebelum opsi ini, atau tulis --context=PATH',
  },
  '--baseline': { en: 'report only findings not accepted in this baseline file', id: 'laporkan hanya temuan yang belum diterima di file baseline ini' },
  '--suppress-all': {
    en: 'accept every current finding: write them to the baseline (default file kolops-baseline.json)',
    id: 'terima semua temuan saat ini: tulis ke baseline (file bawaannya kolops-baseline.json)',
  },
  '--suppress-month': {
    en: 'accept the current findings of one month (closing it), keep the rest reported',
    id: 'terima temuan saat ini untuk satu bulan (menutup bulan itu), sisanya tetap dilaporkan',
  },
  '--prune-suppressions': {
    en: 'remove baseline entries that no longer occur in the files checked',
    id: 'hapus entri baseline yang sudah tidak muncul lagi di file yang diperiksa',
  },
  '--max-warnings': { en: 'exit 1 when there are more warnings than this', id: 'keluar dengan kode 1 bila peringatannya lebih banyak dari ini' },
  '--quiet': { en: 'report errors only', id: 'laporkan error saja' },
  '--max-findings': {
    en: 'text output: at most this many findings per rule per file',
    id: 'hasil text: paling banyak sekian temuan per rule per file',
  },
} as const satisfies Record<string, Words>;

export type HelpKey = keyof typeof HELP;

/** Why an option's value was refused (commander puts it after "argument 'x' is invalid."). */
export const ARG_REASONS = {
  integer: { en: 'expected an integer ≥ {min}', id: 'seharusnya bilangan bulat ≥ {min}' },
  date: { en: 'expected YYYY-MM-DD, e.g. 2024-09-20', id: 'seharusnya YYYY-MM-DD, mis. 2024-09-20' },
  month: { en: 'expected YYYY-MM, e.g. 2024-09', id: 'seharusnya YYYY-MM, mis. 2024-09' },
  delimiter: {
    en: 'unknown delimiter {value}: use one character, "tab", "comma", "semicolon" or "pipe"',
    id: 'pemisah {value} tidak dikenal: pakai satu karakter, "tab", "comma", "semicolon", atau "pipe"',
  },
} as const satisfies Record<string, Words>;

/** The section titles commander passes to `styleTitle`. */
const TITLES: Readonly<Record<string, Words>> = {
  'Usage:': { en: 'Usage:', id: 'Penggunaan:' },
  'Arguments:': { en: 'Arguments:', id: 'Argumen:' },
  'Options:': { en: 'Options:', id: 'Opsi:' },
  'Global Options:': { en: 'Global Options:', id: 'Opsi Global:' },
  'Commands:': { en: 'Commands:', id: 'Perintah:' },
};

/** The labels commander puts in the parenthesis after a description: `(choices: …, default: …)`. */
const LABELS: Readonly<Record<string, Words>> = {
  choices: { en: 'choices', id: 'pilihan' },
  default: { en: 'default', id: 'bawaan' },
};

/** Names in `<…>` and `[…]`: `[options]`, `[command]` of the usage line, an argument's or an option value's name. */
const PLACEHOLDERS: Readonly<Record<string, Words>> = {
  options: { en: 'options', id: 'opsi' },
  command: { en: 'command', id: 'perintah' },
  paths: { en: 'paths', id: 'path' },
  files: { en: 'files', id: 'file' },
  lang: { en: 'lang', id: 'bahasa' },
  char: { en: 'char', id: 'karakter' },
  days: { en: 'days', id: 'hari' },
  dir: { en: 'dir', id: 'folder' },
  rev: { en: 'rev', id: 'revisi' },
};

/** An argument's or option value's name as help shows it (`files` → `file`). */
export function placeholderName(name: string, lang: Lang): string {
  return PLACEHOLDERS[name]?.[lang] ?? name;
}

/** Every `<name>`, `[name]` and `<name...>` of a usage line or option flags, in `lang`. */
export function withPlaceholders(text: string, lang: Lang): string {
  return text.replace(/([<[])([A-Za-z-]+)((?:\.\.\.)?[>\]])/g, (_m, open: string, name: string, close: string) => `${open}${placeholderName(name, lang)}${close}`);
}

/** The help text of `key` in `lang`. */
export function helpWords(key: HelpKey, lang: Lang): string {
  return say(HELP[key], lang);
}

/** The `(choices: …, default: …)` commander adds after `description`, its labels in `lang`. */
function withLabels(full: string, description: string, lang: Lang): string {
  const extra = full.slice(description.length).replace(/(^ ?\(|, )(choices|default): /g, (_m, before: string, label: string) => `${before}${LABELS[label]![lang]}: `);
  return description + extra;
}

/** `configureHelp()` for `lang`: titles, usage words, placeholders and labels; commander does the layout. */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  const plain = new Help();
  return {
    styleTitle: (title) => TITLES[title]?.[lang] ?? title,
    commandUsage: (cmd) => withPlaceholders(plain.commandUsage(cmd), lang),
    subcommandTerm: (cmd) => withPlaceholders(plain.subcommandTerm(cmd), lang),
    optionTerm: (option) => withPlaceholders(plain.optionTerm(option), lang),
    argumentTerm: (argument) => placeholderName(plain.argumentTerm(argument), lang),
    optionDescription: (option) => withLabels(plain.optionDescription(option), option.description ?? '', lang),
    argumentDescription: (argument) => withLabels(plain.argumentDescription(argument), argument.description ?? '', lang),
  };
}

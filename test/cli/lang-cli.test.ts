import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpMessages } from '../../src/cli/messages/help-words.js';
import { argvLang } from '../../src/cli/messages/words.js';
import { id } from '../../src/i18n/locales/id.js';
import { kolops } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';

/** Every command and command group, as typed after `kolops`. */
const COMMANDS = [
  [], ['check'], ['list'], ['list', 'validate'], ['recap'], ['recap', 'check'], ['affiliate'], ['affiliate', 'check'],
  ['describe'], ['normalize'], ['textconv'], ['diff'], ['init'], ['report'], ['report', 'monthly'], ['chase'],
];

/**
 * English that must not be left in Indonesian help. Option flags (`--output`), file names
 * (`kolops-baseline.json`) and commands quoted in a description are taken out first:
 * they are typed as they are in every language. "file" is the team's own Indonesian word
 * (the catalogue uses it throughout); "files" is not.
 */
const ENGLISH = /\b(usage|options?|commands?|arguments?|display|help for|output|the|and|every|files|file\(s\)|default|choices|version|number|paths|workbooks|folders)\b/i;

function withoutTypedWords(help: string): string {
  return help
    .replace(/(^|[\s(["])-{1,2}[a-z][\w-]*(=\S*)?/gi, '$1')
    .replace(/\b[\w-]+\.(json|bak|xlsx|csv|md|html|txt)\b/g, '')
    .replace(/git config diff\.kolops\.textconv "npx kolops textconv"|git diff|origin\/main/g, '');
}

describe('help speaks the language of the run', () => {
  it.each(COMMANDS.map((c) => [c.join(' ') || '(root)', c] as const))('kolops %s --help in Bahasa Indonesia has no English words left', async (_name, cmd) => {
    const byFlag = await kolops([...cmd, '--help', '--lang', 'id']);
    const byEnv = await kolops([...cmd, '--help'], { env: { LANG: 'id_ID.UTF-8' } });
    for (const run of [byFlag, byEnv]) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^Penggunaan: kolops/);
      expect(run.stdout).toContain('tampilkan bantuan untuk perintah');
      expect(withoutTypedWords(run.stdout)).not.toMatch(ENGLISH);
    }
    expect(byEnv.stdout).toBe(byFlag.stdout);
  });

  it.each(COMMANDS.map((c) => [c.join(' ') || '(root)', c] as const))('kolops %s --help stays English under --lang en, even with LANG=id', async (_name, cmd) => {
    const run = await kolops([...cmd, '--help', '--lang', 'en'], { env: { LANG: 'id_ID.UTF-8' } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: kolops/);
    expect(run.stdout).toContain('Options:');
    expect(run.stdout).toContain('display help for command');
    expect(run.stdout).not.toMatch(/Penggunaan|Opsi:|bantuan|bawaan|pilihan/);
  });

  it('translates the section titles, usage words, placeholders, choices and defaults', async () => {
    const root = await kolops(['--help', '--lang', 'id']);
    expect(root.stdout).toContain('Penggunaan: kolops [opsi] [perintah]');
    expect(root.stdout).toMatch(/\nPerintah:\n/);
    expect(root.stdout).toMatch(/-v, --version\s+tampilkan nomor versi/);
    expect(root.stdout).toMatch(/help \[perintah\]\s+tampilkan bantuan untuk perintah/);
    const check = await kolops(['check', '--help', '--lang', 'id']);
    expect(check.stdout).toContain('Penggunaan: kolops check [opsi] [path...]');
    expect(check.stdout).toMatch(/\nArgumen:\n\s+path\s+file dan folder\n/);
    expect(check.stdout).toMatch(/\nOpsi:\n/);
    expect(check.stdout).toMatch(/--lang <bahasa>\s+bahasa pesan \(bawaan: dari LANG\) \(pilihan: "en",\s+"id"\)/);
    expect(check.stdout).toMatch(/format hasilnya \(pilihan: "text", "json",\s+"github", "junit", "sarif", bawaan: "text"\)/);
    const init = await kolops(['init', '--help', '--lang', 'id']);
    expect(init.stdout).toMatch(/folder\s+folder yang disiapkan \(dibuat bila belum ada\) \(bawaan: "\."\)/);
  });

  it('English help is what commander prints, with our descriptions', async () => {
    const root = await kolops(['--help']);
    expect(root.stdout).toContain('Usage: kolops [options] [command]');
    expect(root.stdout).toMatch(/-v, --version\s+output the version number/);
    expect(root.stdout).toMatch(/help \[command\]\s+display help for command/);
    const check = await kolops(['check', '--help']);
    expect(check.stdout).toMatch(/output format \(choices: "text", "json", "github",\s+"junit", "sarif", default: "text"\)/);
  });

  it('--lang before the command or after a command group sets the language instead of being an unknown option', async () => {
    for (const args of [['--lang', 'id', '--help'], ['--lang=id', 'check', '--help'], ['list', '--lang', 'id', '--help'], ['help', 'report', '--lang', 'id']]) {
      const run = await kolops(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).toMatch(/^Penggunaan: kolops/);
    }
    const bare = await kolops(['--lang', 'id']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^Penggunaan: kolops \[opsi\] \[perintah\]/);
  });

  it('has every help text in both languages, the Indonesian not the English left as is', () => {
    for (const [key, english] of Object.entries(helpMessages)) {
      const indonesian = id.messages[key as keyof typeof helpMessages];
      expect(indonesian.trim(), key).not.toBe('');
      // Names Indonesian writes as English does: `<file>`, `<format>`, `<n>`, `workbook (.xlsx, .csv)`.
      if (!['cli-help:textconv:file', 'cli-help-name:file', 'cli-help-name:format', 'cli-help-name:n'].includes(key)) expect(indonesian, key).not.toBe(english);
    }
  });
});

describe('the language is known before commander parses', () => {
  it.each([
    [['check', '--lang', 'id'], {}, 'id'],
    [['check', '--lang=id', 'x'], {}, 'id'],
    [['check', '--lang', 'id', '--lang', 'en'], { LANG: 'id_ID.UTF-8' }, 'en'],
    [['check', '--lang', 'fr'], { LANG: 'id_ID.UTF-8' }, 'id'],
    [['check', '--', '--lang', 'id'], {}, 'en'],
    [['check'], { LC_ALL: 'id_ID.UTF-8', LANG: 'en_US.UTF-8' }, 'id'],
    [['check'], {}, 'en'],
  ] as const)('%j with %j is %s', (argv, env, lang) => {
    expect(argvLang(argv, env)).toBe(lang);
  });
});

describe('usage errors', () => {
  // [args, English, Indonesian]: exit 2, nothing on stdout, and the offending token named.
  const CASES: [string, string[], string, string][] = [
    ['unknown option', ['check', '--frmat', 'x'],
      "error: unknown option '--frmat'\n(Did you mean --format?)\n", "error: opsi '--frmat' tidak dikenal\n(Maksud Anda --format?)\n"],
    ['unknown command', ['chek'],
      "error: unknown command 'chek'\n(Did you mean check?)\n", "error: perintah 'chek' tidak dikenal\n(Maksud Anda check?)\n"],
    ['unknown command, nothing like it', ['frobnicate'],
      "error: unknown command 'frobnicate'\n", "error: perintah 'frobnicate' tidak dikenal\n"],
    ['missing argument', ['list', 'validate'],
      "error: missing required argument 'files'\n", "error: argumen 'file' wajib diisi\n"],
    ['too many arguments', ['init', 'a', 'b'],
      "error: too many arguments for 'init'. Expected 1 argument but got 2.\n", "error: terlalu banyak argumen untuk 'init': seharusnya 1 argumen, tetapi ada 2.\n"],
    ['invalid choice', ['check', '--format', 'xml'],
      "error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are text, json, github, junit, sarif.\n",
      "error: nilai 'xml' untuk opsi '-f, --format <format>' tidak valid: pilihannya text, json, github, junit, sarif.\n"],
    ['invalid value', ['check', '--month', 'September'],
      "error: option '--month <YYYY-MM>' argument 'September' is invalid. expected YYYY-MM, e.g. 2024-09\n",
      "error: nilai 'September' untuk opsi '--month <YYYY-MM>' tidak valid: seharusnya YYYY-MM, mis. 2024-09\n"],
    ['invalid integer', ['chase', '--within', '-1'],
      "error: option '--within <days>' argument '-1' is invalid. expected an integer ≥ 0\n",
      "error: nilai '-1' untuk opsi '--within <hari>' tidak valid: seharusnya bilangan bulat ≥ 0\n"],
    ['invalid delimiter', ['check', '--delimiter', '::'],
      'error: option \'--delimiter <char>\' argument \'::\' is invalid. unknown delimiter "::": use one character, "tab", "comma", "semicolon" or "pipe"\n',
      'error: nilai \'::\' untuk opsi \'--delimiter <karakter>\' tidak valid: pemisah "::" tidak dikenal: pakai satu karakter, "tab", "comma", "semicolon", atau "pipe"\n'],
    ['option argument missing', ['check', '--month'],
      "error: option '--month <YYYY-MM>' argument missing\n", "error: opsi '--month <YYYY-MM>' perlu diberi nilai\n"],
    ['required option missing', ['report', 'monthly'],
      "error: required option '--month <YYYY-MM>' not specified\n", "error: opsi wajib '--month <YYYY-MM>' belum diberikan\n"],
  ];

  it.each(CASES)('%s, in English', async (_kind, args, en) => {
    const run = await kolops(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(en);
  });

  it.each(CASES)('%s, in Bahasa Indonesia (--lang id and LANG=id_ID.UTF-8)', async (_kind, args, _en, id) => {
    const byFlag = await kolops([args[0]!, '--lang', 'id', ...args.slice(1)]);
    const byEnv = await kolops(args, { env: { LANG: 'id_ID.UTF-8' } });
    for (const run of [byFlag, byEnv]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(id);
    }
  });

  it('an invalid --lang falls back to LANG for the words and is itself the error', async () => {
    const run = await kolops(['check', '--lang', 'fr'], { env: { LANG: 'id_ID.UTF-8' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: nilai 'fr' untuk opsi '--lang <bahasa>' tidak valid: pilihannya en, id.\n");
  });
});

describe('config and system errors', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
    await writeFile(join(dir, 'listing.csv'), 'No;KOL;Followers;Platform;Brand;Link\r\n1;Nata Shina;354K;Instagram;Herbana;https://www.instagram.com/natashina/\r\n');
    await writeFile(join(dir, 'a-file'), 'x');
    await mkdir(join(dir, 'a-folder.json'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const run = (args: string[], lang: 'en' | 'id') => kolops([...args, '--lang', lang], { cwd: dir });

  it.each([
    [{ listing: { monthlyTarget: 'twenty' } },
      'listing.monthlyTarget: expected a number, not the text "twenty"', 'listing.monthlyTarget: seharusnya angka, bukan teks "twenty"'],
    [{ listing: { monthlyTarge: 20 } },
      'listing: unknown key "monthlyTarge": check its spelling, or remove it', 'listing: key "monthlyTarge" tidak dikenal: periksa ejaannya, atau hapus'],
    [{ brands: [{ aliases: ['x'] }] }, 'brands.0.name: missing: expected text', 'brands.0.name: belum diisi: seharusnya teks'],
    [{ posting: { deadline: { dayOfMonth: 40 } } },
      'posting.deadline.dayOfMonth: expected 31 or less, not 40', 'posting.deadline.dayOfMonth: seharusnya 31 atau kurang, bukan 40'],
    [{ posting: { deadline: { everyMonday: true } } },
      'posting.deadline: expected an object with one of the keys dayOfMonth, daysAfterShipment, endOfMonth',
      'posting.deadline: seharusnya objek dengan salah satu key dayOfMonth, daysAfterShipment, endOfMonth'],
    [{ rules: { 'listing/duplicate-kol': 'loud' } },
      'rules.listing/duplicate-kol: expected one of "error", "warning", "info", "off", not the text "loud"',
      'rules.listing/duplicate-kol: seharusnya salah satu dari "error", "warning", "info", "off", bukan teks "loud"'],
    [{ tiers: [] }, 'tiers: must list at least one item', 'tiers: harus berisi paling sedikit satu item'],
    [{ year: 2024.5 }, 'year: expected a whole number, not the number 2024.5', 'year: seharusnya bilangan bulat, bukan angka 2024.5'],
    [{ columns: { 'kol-listing': { '/[/': 'name' } } },
      'columns.kol-listing./[/: a header text, or a valid /regular expression/', 'columns.kol-listing./[/: teks header, atau /ekspresi reguler/ yang valid'],
    [[], '(top level): expected an object { … }, not a list', '(tingkat teratas): seharusnya objek { … }, bukan daftar'],
  ])('%j names the key path and what was expected, in both languages', async (config, en, id) => {
    await writeFile(join(dir, 'bad.json'), JSON.stringify(config));
    const cfg = join(dir, 'bad.json');
    const english = await run(['check', 'listing.csv', '--config', cfg], 'en');
    const indonesian = await run(['check', 'listing.csv', '--config', cfg], 'id');
    expect([english.code, indonesian.code]).toEqual([2, 2]);
    expect(english.stderr).toBe(`kolops: invalid config ${cfg}: ${en}\n`);
    expect(indonesian.stderr).toBe(`kolops: config tidak valid ${cfg}: ${id}\n`);
  });

  it('a config that is not JSON is said with its line and column', async () => {
    const cfg = join(dir, 'broken.json');
    await writeFile(cfg, '{\n  "year": 2024,,\n}');
    const english = await run(['check', 'listing.csv', '--config', cfg], 'en');
    const indonesian = await run(['check', 'listing.csv', '--config', cfg], 'id');
    expect([english.code, indonesian.code]).toEqual([2, 2]);
    expect(english.stderr).toBe(`kolops: invalid config ${cfg}: not valid JSON at line 2, column 16. Look there for a missing or doubled comma, a comma before } or ], or a missing quote.\n`);
    expect(indonesian.stderr).toBe(`kolops: config tidak valid ${cfg}: bukan JSON yang valid di baris 2, kolom 16. Periksa di situ: koma yang kurang atau dobel, koma sebelum } atau ], atau tanda kutip yang kurang.\n`);
  });

  it('a config found beside the files (not named with --config) is said the same way, by every command', async () => {
    const sub = join(dir, 'with-config');
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, 'listing.csv'), 'No;KOL\r\n1;Nata\r\n');
    await writeFile(join(sub, 'kolops.config.json'), JSON.stringify({ listing: { monthlyTarget: -1 } }));
    for (const args of [['check', 'with-config'], ['report', 'monthly', '--month', '2024-09', 'with-config'], ['chase', 'with-config'], ['describe', 'with-config']]) {
      const id = await run(args, 'id');
      expect(id.code, args.join(' ')).toBe(2);
      expect(id.stderr, args.join(' ')).toMatch(/^kolops: config tidak valid .*kolops\.config\.json: listing\.monthlyTarget: seharusnya 0 atau lebih, bukan -1\n$/);
    }
  });

  it.each([
    ['missing.json', 'it does not exist (ENOENT). Check the file name and its folder.', 'file itu tidak ada (ENOENT). Periksa nama file dan foldernya.'],
    ['a-folder.json', 'it is a folder, not a file (EISDIR). Name the file inside it.', 'itu folder, bukan file (EISDIR). Sebutkan file di dalamnya.'],
  ])('a config that cannot be read (%s) says what happened and what to do', async (name, en, id) => {
    const cfg = join(dir, name);
    const english = await run(['check', 'listing.csv', '--config', cfg], 'en');
    const indonesian = await run(['check', 'listing.csv', '--config', cfg], 'id');
    expect([english.code, indonesian.code]).toEqual([2, 2]);
    expect(english.stderr).toBe(`kolops: cannot read config ${cfg}: ${en}\n`);
    expect(indonesian.stderr).toBe(`kolops: tidak bisa membaca config ${cfg}: ${id}\n`);
  });

  it.each([
    [['check', 'listing.csv', '-o', 'no-such-folder/findings.txt'],
      'kolops: could not write no-such-folder/findings.txt: its folder no-such-folder does not exist (ENOENT). Create the folder first, or name a file in a folder that exists. Nothing was changed.\n',
      'kolops: no-such-folder/findings.txt gagal ditulis: folder no-such-folder tidak ada (ENOENT). Buat foldernya dulu, atau sebutkan file di folder yang sudah ada. Tidak ada yang diubah.\n'],
    [['report', 'monthly', '--month', '2024-09', 'listing.csv', '-o', 'a-file/report.md'],
      'kolops: could not write a-file/report.md: a part of its path is a file, not a folder (ENOTDIR). Check the path. Nothing was changed.\n',
      'kolops: a-file/report.md gagal ditulis: sebagian dari path-nya adalah file, bukan folder (ENOTDIR). Periksa path-nya. Tidak ada yang diubah.\n'],
    [['check', 'listing.csv', '--baseline', 'a-folder.json'],
      'kolops: cannot read baseline a-folder.json: it is a folder, not a file (EISDIR). Name the file inside it.\n',
      'kolops: tidak bisa membaca baseline a-folder.json: itu folder, bukan file (EISDIR). Sebutkan file di dalamnya.\n'],
    [['init', 'a-file/new'],
      'kolops: cannot use a-file/new as the workbook folder: a part of its path is a file, not a folder (ENOTDIR). Check the path.\n',
      'kolops: tidak bisa memakai a-file/new sebagai folder workbook: sebagian dari path-nya adalah file, bukan folder (ENOTDIR). Periksa path-nya.\n'],
  ])('a system error (%j) is a sentence with what to do, never the raw message', async (args, en, id) => {
    const english = await run(args, 'en');
    const indonesian = await run(args, 'id');
    expect([english.code, indonesian.code]).toEqual([2, 2]);
    expect(english.stderr).toBe(en);
    expect(indonesian.stderr).toBe(id);
    expect(english.stderr + indonesian.stderr).not.toMatch(/: (no such file|not a directory|illegal operation), /);
  });
});

import { describe, expect, it } from 'vitest';
import type { ConfigInput } from '../../src/config/schema.js';
import type { CheckResult } from '../../src/model/result.js';
import { checkMemory, type CellInput } from '../helpers/memory.js';

const HEADER = ['KOL', 'Link', 'Brand', 'Bulan', 'PR Pack Sent', 'Deadline', 'Post Date', 'Post Link', 'Caption', 'Views', 'Likes', 'Comments'];
const CONFIG: ConfigInput = { year: 2024, brands: [{ name: 'Herbana', handles: ['@herbana.id'] }, { name: 'Herbamojo' }] };
const RULES = ['recap/forbidden-claim', 'recap/low-engagement', 'recap/missing-brand-tag', 'recap/missing-disclosure'];

const GOOD_CAPTION = 'Rutin minum Herbana Temulawak tiap pagi, badan jadi fit! #iklan @herbana.id';
const BAD_CAPTION = 'Jamu ini pasti menyembuhkan darah tinggi, tanpa efek samping kata dokter #sp collab';

/** One long-layout recap row: a posted TikTok video with its caption and counts. */
function row(kol: string, caption: CellInput, counts: [CellInput, CellInput, CellInput] = ['12.500', 820, 41], brand = 'Herbana'): CellInput[] {
  const handle = kol.toLowerCase().replace(/\s+/g, '');
  return [kol, `https://www.tiktok.com/@${handle}`, brand, 'September', '2 September 2024', '16 September 2024', '10 September 2024',
    `https://www.tiktok.com/@${handle}/video/1`, caption, ...counts];
}

async function recap(rows: CellInput[][], config: ConfigInput = CONFIG, lang: 'en' | 'id' = 'en'): Promise<CheckResult> {
  return checkMemory({ 'recap.xlsx': [{ name: 'September 2024', rows: [HEADER, ...rows] }] }, config, { lang });
}

const mine = (r: CheckResult, rule?: string) => r.findings.filter((f) => (rule ? f.rule === rule : RULES.includes(f.rule)));

describe('the recap sheet these rules read', () => {
  it('is a long-layout posting recap for September 2024', async () => {
    const r = await recap([row('Sinta Dewi', GOOD_CAPTION)]);
    expect(r.files[0]!.tables).toMatchObject([{ sheet: 'September 2024', kind: 'posting-recap', headerRow: 1, rows: 1, month: '2024-09' }]);
  });
  it('gives a good row no caption finding at all', async () => {
    const r = await recap([row('Sinta Dewi', GOOD_CAPTION), row('Rina', 'Paid partnership with @HERBANA.ID: jamu kunyit asem seger', [4000, 300, 12])]);
    expect(mine(r)).toEqual([]);
  });
  it('says nothing about a row without a caption or counts', async () => {
    const r = await recap([row('Budi', '', ['', '', ''])]);
    expect(mine(r)).toEqual([]);
  });
});

describe('recap/missing-disclosure', () => {
  it('fires on a caption without a disclosure, vague #sp / collab do not count', async () => {
    const r = await recap([row('Sinta Dewi', GOOD_CAPTION), row('Budi Santoso', BAD_CAPTION)]);
    const f = mine(r, 'recap/missing-disclosure');
    expect(f).toMatchObject([{ severity: 'warning', messageId: 'missing', row: 3, column: 'I', cell: 'I3', kol: 'Budi Santoso', brand: 'Herbana', month: '2024-09' }]);
    expect(f[0]!.message).toBe('no ad disclosure in the caption; add one of #iklan, #ad, #ads, #sponsored, paid partnership, #paidpartnership at the start');
    const id = mine(await recap([row('Budi Santoso', BAD_CAPTION)], CONFIG, 'id'), 'recap/missing-disclosure');
    expect(id[0]!.message).toBe('tidak ada penanda iklan di caption; tambahkan salah satu dari #iklan, #ad, #ads, #sponsored, paid partnership, #paidpartnership di awal');
  });
  it('fires when the disclosure comes after the first 150 characters, counting an emoji as one', async () => {
    const caption = `${'🌿'.repeat(10)}${'Jamu kunyit asem tiap pagi. '.repeat(6)}#iklan @herbana.id`;
    const r = await recap([row('Sinta Dewi', caption)]);
    expect(mine(r, 'recap/missing-disclosure')).toMatchObject([{ messageId: 'too-late', row: 2, cell: 'I2', args: { tag: '#iklan', index: 179, within: 150 } }]);
    expect(mine(r, 'recap/missing-disclosure')[0]!.message).toBe('ad disclosure #iklan is at character 179, after the first 150 characters; move it to the start of the caption');
    const id = mine(await recap([row('Sinta Dewi', caption)], CONFIG, 'id'), 'recap/missing-disclosure');
    expect(id[0]!.message).toBe('penanda iklan #iklan ada di karakter ke-179, setelah 150 karakter pertama; pindahkan ke awal caption');
  });
  it('follows the config: its own tags and its own "early"', async () => {
    const config: ConfigInput = { ...CONFIG, posting: { disclosureTags: ['#sp'], disclosureWithin: 20 } };
    const r = await recap([row('Budi Santoso', BAD_CAPTION), row('Sinta Dewi', GOOD_CAPTION)], config);
    expect(mine(r, 'recap/missing-disclosure')).toMatchObject([
      { row: 2, messageId: 'too-late', args: { tag: '#sp', within: 20 } },
      { row: 3, messageId: 'missing', args: { tags: '#sp' } },
    ]);
  });
});

describe('recap/missing-brand-tag', () => {
  it('fires when the caption does not tag the brand\'s handle', async () => {
    const r = await recap([row('Sinta Dewi', GOOD_CAPTION), row('Budi Santoso', BAD_CAPTION)]);
    const f = mine(r, 'recap/missing-brand-tag');
    expect(f).toMatchObject([{ severity: 'warning', messageId: 'missing', row: 3, cell: 'I3', brand: 'Herbana', args: { brand: 'Herbana', handles: '@herbana.id' } }]);
    expect(f[0]!.message).toBe('the caption does not tag Herbana (@herbana.id); ask the KOL to add the tag to the caption');
    const id = mine(await recap([row('Budi Santoso', BAD_CAPTION)], CONFIG, 'id'), 'recap/missing-brand-tag');
    expect(id[0]!.message).toBe('caption tidak menyertakan tag Herbana (@herbana.id); minta KOL menambahkan tag itu di caption');
  });
  it('does not count a look-alike account or an e-mail address', async () => {
    const r = await recap([row('Sinta Dewi', '#iklan jamu dari @herbana.idx, order: cs@herbana.id')]);
    expect(mine(r, 'recap/missing-brand-tag')).toHaveLength(1);
  });
  it('is silent for a brand without handles, an unknown brand, or no caption', async () => {
    const r = await recap([row('A', BAD_CAPTION, undefined, 'Herbamojo'), row('B', BAD_CAPTION, undefined, 'Merek Lain'), row('C', '')]);
    expect(mine(r, 'recap/missing-brand-tag')).toEqual([]);
  });
});

describe('recap/forbidden-claim', () => {
  it('fires once per claim, quoting the caption and naming the category in each language', async () => {
    const r = await recap([row('Sinta Dewi', GOOD_CAPTION), row('Budi Santoso', BAD_CAPTION)]);
    const f = mine(r, 'recap/forbidden-claim');
    expect(f.map((x) => [x.row, x.cell, x.severity, x.messageId, x.args.phrase, x.args.category])).toEqual([
      [3, 'I3', 'error', 'claim-cure', 'pasti menyembuhkan', 'cure'],
      [3, 'I3', 'error', 'claim-disease', 'darah tinggi', 'disease'],
      [3, 'I3', 'error', 'claim-safety', 'tanpa efek samping', 'safety'],
      [3, 'I3', 'error', 'claim-doctor', 'kata dokter', 'doctor'],
    ]);
    expect(f.map((x) => x.message)).toEqual([
      'promise to cure "pasti menyembuhkan" in the caption: herbal product ads may not promise a cure; ask the KOL to take it out of the caption',
      'disease named in the caption ("darah tinggi"): herbal product ads may not claim to cure or prevent a disease; ask the KOL to take it out of the caption',
      'safety claim "tanpa efek samping" in the caption: herbal product ads may not claim to be safe or free of side effects; ask the KOL to take it out of the caption',
      'doctor endorsement "kata dokter" in the caption: herbal product ads may not use a doctor\'s recommendation; ask the KOL to take it out of the caption',
    ]);
    const id = mine(await recap([row('Budi Santoso', BAD_CAPTION)], CONFIG, 'id'), 'recap/forbidden-claim');
    expect(id.map((x) => x.message)).toEqual([
      'janji kesembuhan "pasti menyembuhkan" di caption: iklan produk herbal tidak boleh menjanjikan kesembuhan; minta KOL menghapusnya dari caption',
      'nama penyakit di caption ("darah tinggi"): iklan produk herbal tidak boleh mengklaim menyembuhkan atau mencegah penyakit; minta KOL menghapusnya dari caption',
      'klaim keamanan "tanpa efek samping" di caption: iklan produk herbal tidak boleh mengklaim aman atau tanpa efek samping; minta KOL menghapusnya dari caption',
      'klaim rekomendasi dokter "kata dokter" di caption: iklan produk herbal tidak boleh memakai rekomendasi dokter; minta KOL menghapusnya dari caption',
    ]);
  });
  it('quotes a superlative as the KOL wrote it', async () => {
    const r = await recap([row('Sinta Dewi', '#iklan Temulawak @herbana.id paling MANJUR!')], CONFIG, 'id');
    expect(mine(r, 'recap/forbidden-claim')).toMatchObject([{ messageId: 'claim-superlative', args: { phrase: 'paling MANJUR' },
      message: 'kata superlatif "paling MANJUR" di caption: BPOM melarang kata superlatif dalam iklan produk herbal; minta KOL menghapusnya dari caption' }]);
  });
  it('does not fire on words that only contain a listed word', async () => {
    const r = await recap([row('Sinta Dewi', '#iklan Review laptop baru, topik hari ini: fitur keamanan @herbana.id')]);
    expect(mine(r, 'recap/forbidden-claim')).toEqual([]);
  });
  it('follows the config: a category replaced, one turned off, one of the team\'s own', async () => {
    const config: ConfigInput = { ...CONFIG, posting: { forbiddenClaims: { doctor: [], cure: ['menyembuhkan'], halal: ['halal MUI'] } } };
    const r = await recap([row('Budi Santoso', `${BAD_CAPTION}, sudah halal MUI`)], config);
    expect(mine(r, 'recap/forbidden-claim').map((x) => [x.messageId, x.args.phrase])).toEqual([
      ['claim-cure', 'menyembuhkan'], ['claim-disease', 'darah tinggi'], ['claim-safety', 'tanpa efek samping'], ['claim', 'halal MUI'],
    ]);
    const custom = mine(r, 'recap/forbidden-claim').at(-1)!;
    expect(custom.message).toBe('forbidden claim "halal MUI" (category: halal) in the caption; ask the KOL to take it out of the caption');
    const id = mine(await recap([row('Budi Santoso', 'halal MUI')], config, 'id'), 'recap/forbidden-claim');
    expect(id[0]!.message).toBe('klaim terlarang "halal MUI" (kategori: halal) di caption; minta KOL menghapusnya dari caption');
  });
});

describe('recap/low-engagement', () => {
  it('fires below the by-views benchmark, stating the denominator', async () => {
    const r = await recap([row('Sinta Dewi', GOOD_CAPTION), row('Budi Santoso', BAD_CAPTION, ['50.000', 300, 20])]);
    const f = mine(r, 'recap/low-engagement');
    expect(f).toMatchObject([{ severity: 'info', messageId: 'low-views', row: 3, column: 'J', cell: 'J3',
      args: { rate: 0.6, denominator: 'views', benchmark: 3, interactions: 320, base: 50000 } }]);
    expect(f[0]!.message).toBe('engagement rate 0.6% by views (320 likes + comments / 50,000 views) is below the 3% benchmark');
    const id = mine(await recap([row('Budi Santoso', BAD_CAPTION, ['50.000', 300, 20])], CONFIG, 'id'), 'recap/low-engagement');
    expect(id[0]!.message).toBe('engagement rate 0,6% dari views (320 likes + komentar / 50.000 views) di bawah benchmark 3%');
  });
  it('counts a missing comments count as 0, and skips a row without views or without likes and comments', async () => {
    const r = await recap([row('A', '', [10_000, 100, '']), row('B', '', ['', 5, 1]), row('C', '', [10_000, '', ''])]);
    expect(mine(r, 'recap/low-engagement')).toMatchObject([{ row: 2, args: { rate: 1, interactions: 100 } }]);
  });
  it('follows the configured benchmark and never rounds a rate up to it', async () => {
    const r = await recap([row('A', '', [10_000, 298, 1])], { ...CONFIG, posting: { engagementBenchmark: { byViews: 3 } } });
    expect(mine(r, 'recap/low-engagement')).toMatchObject([{ args: { rate: 2.9, benchmark: 3 } }]);
    const off = await recap([row('A', '', [10_000, 298, 1])], { ...CONFIG, posting: { engagementBenchmark: { byViews: 2 } } });
    expect(mine(off, 'recap/low-engagement')).toEqual([]);
  });
});

describe('a wide recap (one entry per brand column of a row)', () => {
  it('checks a row\'s caption once, and the brand tag once per brand', async () => {
    const rows = [
      ['', '', 'TANGGAL POSTING KOL HERBANA JULI-SEPTEMBER', 'TANGGAL POSTING KOL HERBAMOJO JULI-SEPTEMBER', ''],
      ['No', 'Nama KOL', 'Tanggal Posting', 'Tanggal Posting', 'Caption'],
      [1, 'Sinta Dewi', 'Kamis, 5 September', 'Jumat, 6 September', 'Jamu ini pasti menyembuhkan darah tinggi @herbamojo'],
    ];
    const config: ConfigInput = { year: 2024, brands: [{ name: 'Herbana', handles: ['@herbana.id'] }, { name: 'Herbamojo', handles: ['herbamojo'] }] };
    const r = await checkMemory({ 'wide.xlsx': [{ name: 'Recap', rows }] }, config);
    expect(mine(r).map((f) => [f.rule, f.cell, f.args.phrase ?? f.args.brand ?? ''])).toEqual([
      ['recap/forbidden-claim', 'E3', 'pasti menyembuhkan'],
      ['recap/forbidden-claim', 'E3', 'darah tinggi'],
      ['recap/missing-brand-tag', 'E3', 'Herbana'],
      ['recap/missing-disclosure', 'E3', ''],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/model/result.js';
import { checkMemory, cleanListingRows, HERBANA_CONFIG, LISTING_HEADER, type CellInput, type MemorySheet } from '../helpers/memory.js';

const LONG = ['KOL', 'Link', 'Brand', 'PR Pack Sent', 'Deadline', 'Post Date', 'Post Link'];
const date = (iso: string): CellInput => ({ type: 'date', iso });

/** A September 2024 listing where kol1..kol3 agreed (YES (DONE), with an address) and have no post date. */
function listingSheet(): MemorySheet {
  const rows = cleanListingRows(20);
  for (const r of rows.slice(0, 3)) { r[5] = 'YES (DONE)'; r[3] = 'Jl. Melati 1, Depok'; }
  return { name: 'September 2024', rows: [LISTING_HEADER, ...rows] };
}

function recapRow(n: number, post: CellInput, extra: Partial<Record<'ship' | 'deadline' | 'name' | 'link', CellInput>> = {}): CellInput[] {
  return [extra.name ?? `KOL kol ${n}`, extra.link ?? `https://www.instagram.com/kol${n}/`, 'Herbana', extra.ship ?? '', extra.deadline ?? '', post, ''];
}

async function run(recapRows: CellInput[][], opts: { asOf?: string; lang?: 'en' | 'id'; config?: object } = {}): Promise<CheckResult> {
  return checkMemory({
    'listing.xlsx': [listingSheet()],
    'recap.xlsx': [{ name: 'September 2024', rows: [LONG, ...recapRows] }],
  }, { ...HERBANA_CONFIG, posting: { deadline: { dayOfMonth: 25 } }, ...opts.config }, { asOf: opts.asOf ?? '2024-09-20', lang: opts.lang ?? 'en' });
}

const only = (r: CheckResult, rule: string) => r.findings.filter((f) => f.rule === rule);

describe('a recap that matches its listing', () => {
  it('has no findings when every agreed KOL posted on time', async () => {
    const r = await run([recapRow(1, date('2024-09-05')), recapRow(2, 'Sabtu, 7 September 2024'), recapRow(3, '24/09/2024')]);
    expect(r.findings).toEqual([]);
    expect(r.files[1]!.tables).toMatchObject([{ kind: 'posting-recap', month: '2024-09' }]);
  });
});

describe('recap/date-unparseable', () => {
  it('fires on a date nobody can read, in both languages', async () => {
    const rows = [recapRow(1, 'kemarin sore'), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))];
    expect(only(await run(rows), 'recap/date-unparseable')).toMatchObject([{ cell: 'F2', message: 'posting date "kemarin sore" cannot be read as a date; write it as e.g. "Sabtu, 27 Juli 2024", 27/07/2024 or 2024-07-27' }]);
    expect(only(await run(rows, { lang: 'id' }), 'recap/date-unparseable')).toMatchObject([{ message: 'tanggal posting "kemarin sore" tidak bisa dibaca sebagai tanggal; tulis mis. "Sabtu, 27 Juli 2024", 27/07/2024, atau 2024-07-27' }]);
  });
  it('says when a date is not on the calendar, and what to correct, in both languages', async () => {
    const rows = [recapRow(1, '31 September 2024'), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))];
    expect(only(await run(rows), 'recap/date-unparseable')).toMatchObject([{ cell: 'F2', messageId: 'invalid-date',
      message: 'posting date "31 September 2024" is not a real calendar date; correct the day or the month' }]);
    expect(only(await run(rows, { lang: 'id' }), 'recap/date-unparseable')).toMatchObject([
      { message: 'tanggal posting "31 September 2024" bukan tanggal yang ada di kalender; perbaiki tanggal atau bulannya' }]);
  });
  it('is silent for dates it can read', async () => {
    expect(only(await run([recapRow(1, 'Sabtu, 7 September 2024'), recapRow(2, '24/09/2024'), recapRow(3, date('2024-09-05'))]), 'recap/date-unparseable')).toEqual([]);
  });
  it('says when a date has no year and nothing gives one', async () => {
    const r = await checkMemory({ 'r.xlsx': [{ name: 'Recap', rows: [LONG, recapRow(1, 'Kamis, 5 September')] }] }, { brands: [{ name: 'Herbana' }] }, { asOf: '2024-09-20' });
    expect(only(r, 'recap/date-unparseable')).toMatchObject([{ messageId: 'needs-year' }]);
  });
  it('takes a missing year from the config', async () => {
    const r = await checkMemory({ 'r.xlsx': [{ name: 'Recap', rows: [LONG, recapRow(1, 'Kamis, 5 September')] }] }, HERBANA_CONFIG, { asOf: '2024-09-20' });
    expect(only(r, 'recap/date-unparseable')).toEqual([]);
  });
});

describe('recap/weekday-mismatch', () => {
  it('fires on Selasa, 21 Agustus 2024 (a Wednesday), in both languages', async () => {
    const rows = [recapRow(1, 'Selasa, 21 Agustus 2024'), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))];
    expect(only(await run(rows), 'recap/weekday-mismatch')).toMatchObject([{ cell: 'F2', severity: 'warning', message: '"Selasa, 21 Agustus 2024": 21 August 2024 was a Wednesday, not a Tuesday; correct the weekday or the date, whichever is wrong' }]);
    expect(only(await run(rows, { lang: 'id' }), 'recap/weekday-mismatch')).toMatchObject([{ message: '"Selasa, 21 Agustus 2024": 21 Agustus 2024 jatuh pada hari Rabu, bukan Selasa; perbaiki nama hari atau tanggalnya, mana pun yang salah' }]);
  });
  it('is silent for Rabu, 21 Agustus 2024', async () => {
    const r = await run([recapRow(1, 'Rabu, 21 Agustus 2024'), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))]);
    expect(only(r, 'recap/weekday-mismatch')).toEqual([]);
  });
});

describe('recap/date-without-kol', () => {
  it('fires on a date with no KOL on its row, in both languages', async () => {
    const rows = [recapRow(1, date('2024-09-05')), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05')), ['', '', '', '', '', 'Kamis, 12 September 2024', '']];
    expect(only(await run(rows), 'recap/date-without-kol')).toMatchObject([{ cell: 'F5', message: 'posting date "Kamis, 12 September 2024" has no KOL on its row; write the KOL\'s name beside it, or delete the date if nobody posted that day' }]);
    expect(only(await run(rows, { lang: 'id' }), 'recap/date-without-kol')).toMatchObject([{ message: 'tanggal posting "Kamis, 12 September 2024" tidak punya nama KOL di barisnya; tulis nama KOL di sebelahnya, atau hapus tanggal itu jika tidak ada yang posting hari itu' }]);
  });
  it('names the listed KOL whose post date it is, with the listing\'s file, sheet and row, in both languages', async () => {
    const listing = listingSheet();
    listing.rows[1]![4] = 'Kamis, 12 September 2024';
    const files = { 'listing.xlsx': [listing], 'recap.xlsx': [{ name: 'September 2024', rows: [LONG, recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05')), ['', '', 'Herbana', '', '', 'Kamis, 12 September 2024', '']] }] };
    const opts = { asOf: '2024-09-20' };
    expect(only(await checkMemory(files, HERBANA_CONFIG, opts), 'recap/date-without-kol')).toMatchObject([{ messageId: 'no-kol-listing-match',
      message: 'posting date "Kamis, 12 September 2024" has no KOL on its row; the listing has this post date for KOL kol 1 (listing.xlsx September 2024!2): write that KOL\'s name on this row' }]);
    expect(only(await checkMemory(files, HERBANA_CONFIG, { ...opts, lang: 'id' }), 'recap/date-without-kol')).toMatchObject([
      { message: 'tanggal posting "Kamis, 12 September 2024" tidak punya nama KOL di barisnya; di listing, tanggal posting ini milik KOL kol 1 (listing.xlsx September 2024!2): tulis nama KOL itu di baris ini' }]);
  });
  it('is silent when the row names the KOL', async () => {
    expect(only(await run([recapRow(1, date('2024-09-05'))]), 'recap/date-without-kol')).toEqual([]);
  });
});

describe('recap/unknown-kol', () => {
  it('fires for a KOL absent from the listing of that brand and month, in both languages', async () => {
    const rows = [recapRow(1, date('2024-09-05')), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05')), recapRow(99, date('2024-09-06'), { name: 'Stranger', link: 'https://www.instagram.com/stranger/' })];
    expect(only(await run(rows), 'recap/unknown-kol')).toMatchObject([{ cell: 'A5', kol: 'Stranger', message: 'Stranger is not in the Herbana listing for September 2024; check the name against the listing, add the KOL\'s profile link to the recap, or add the KOL to the listing' }]);
    expect(only(await run(rows, { lang: 'id' }), 'recap/unknown-kol')).toMatchObject([{ message: 'Stranger tidak ada di listing Herbana bulan September 2024; cocokkan namanya dengan listing, tambahkan link profil KOL di recap, atau tambahkan KOL ini ke listing' }]);
  });
  it('joins by normalised name (case, spaces, accents) when the recap has no link', async () => {
    const rows = [recapRow(1, date('2024-09-05'), { name: '  kol   KÓL 1 ', link: '' }), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))];
    const r = await run(rows.map((row, i) => (i === 0 ? ['kól  KOL 1', '', 'Herbana', '', '', row[5]!, ''] : row)));
    expect(only(r, 'recap/unknown-kol')).toEqual([]);
  });
  it('says "ambiguous" when a name matches two listed accounts', async () => {
    const sheet = listingSheet();
    sheet.rows.push([21, 'KOL kol 1', '30K', '', '', '', 'Instagram', 'Herbana', 'https://www.instagram.com/another/']);
    const r = await checkMemory({ 'l.xlsx': [sheet], 'r.xlsx': [{ name: 'September 2024', rows: [LONG, ['KOL kol 1', '', 'Herbana', '', '', date('2024-09-05'), '']] }] },
      HERBANA_CONFIG, { asOf: '2024-09-20' });
    expect(only(r, 'recap/unknown-kol')).toMatchObject([{ messageId: 'ambiguous' }]);
    // Both listed rows named, as the join found them (row objects are made for these only).
    expect(only(r, 'recap/unknown-kol')[0]!.message).toContain('(rows September 2024!2, September 2024!22)');
    expect(only(r, 'recap/not-posted').map((f) => f.row)).toEqual([2, 3, 4]);
  });
  it('stays silent when there is no listing of that brand and month to compare with', async () => {
    const r = await checkMemory({ 'r.xlsx': [{ name: 'September 2024', rows: [LONG, recapRow(99, date('2024-09-06'), { name: 'Stranger' })] }] }, HERBANA_CONFIG, { asOf: '2024-09-20' });
    expect(only(r, 'recap/unknown-kol')).toEqual([]);
  });
});

describe('recap/not-posted', () => {
  const rows = [recapRow(1, '-'), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))];
  it('is a warning while the deadline is ahead, in both languages', async () => {
    expect(only(await run(rows), 'recap/not-posted')).toMatchObject([{ cell: 'F2', severity: 'warning', args: { deadline: '2024-09-25' },
      message: 'KOL kol 1 has not posted yet: the deadline is Wednesday, 25 September 2024 (day 25 of the month, set by posting.deadline in kolops.config.json), 5 days left' }]);
    expect(only(await run(rows, { lang: 'id' }), 'recap/not-posted')).toMatchObject([
      { message: 'KOL kol 1 belum posting: tenggat Rabu, 25 September 2024 (tanggal 25 tiap bulan, diatur oleh posting.deadline di kolops.config.json), sisa 5 hari' }]);
  });
  it('is an error once the deadline has passed', async () => {
    expect(only(await run(rows, { asOf: '2024-09-30' }), 'recap/not-posted')).toMatchObject([{ severity: 'error', message: 'KOL kol 1 has not posted: the deadline of Wednesday, 25 September 2024 (day 25 of the month, set by posting.deadline in kolops.config.json) passed 5 days ago; follow up with the KOL, or fill in the post date if they did post' }]);
    expect(only(await run(rows, { asOf: '2024-09-30', lang: 'id' }), 'recap/not-posted')).toMatchObject([
      { message: 'KOL kol 1 belum posting: tenggat Rabu, 25 September 2024 (tanggal 25 tiap bulan, diatur oleh posting.deadline di kolops.config.json) sudah lewat 5 hari; lakukan follow-up ke KOL ini, atau isi tanggal posting jika ternyata sudah posting' }]);
  });
  it('uses a Deadline cell over the config, and days after shipment when configured', async () => {
    const withCell = [recapRow(1, '-', { deadline: date('2024-09-18') }), ...rows.slice(1)];
    expect(only(await run(withCell), 'recap/not-posted')).toMatchObject([{ severity: 'error', args: { deadline: '2024-09-18' },
      message: expect.stringContaining('the deadline of Wednesday, 18 September 2024 (from the Deadline column) passed 2 days ago') }]);
    const shipped = [recapRow(1, '-', { ship: date('2024-09-10') }), ...rows.slice(1)];
    const afterShipment = { config: { posting: { deadline: { daysAfterShipment: 14 } } } };
    expect(only(await run(shipped, afterShipment), 'recap/not-posted'))
      .toMatchObject([{ severity: 'warning', args: { deadline: '2024-09-24' },
        message: 'KOL kol 1 has not posted yet: the deadline is Tuesday, 24 September 2024 (14 days after the PR pack was sent on 10 September 2024, set by posting.deadline in kolops.config.json), 4 days left' }]);
    expect(only(await run(shipped, { ...afterShipment, lang: 'id' }), 'recap/not-posted')).toMatchObject([
      { message: 'KOL kol 1 belum posting: tenggat Selasa, 24 September 2024 (14 hari setelah PR pack dikirim pada 10 September 2024, diatur oleh posting.deadline di kolops.config.json), sisa 4 hari' }]);
  });
  it('falls back to the last day of the listing month', async () => {
    const r = await checkMemory({ 'l.xlsx': [listingSheet()], 'r.xlsx': [{ name: 'September 2024', rows: [LONG, ...rows] }] }, HERBANA_CONFIG, { asOf: '2024-09-20' });
    expect(only(r, 'recap/not-posted')).toMatchObject([{ args: { deadline: '2024-09-30' },
      message: 'KOL kol 1 has not posted yet: the deadline is Monday, 30 September 2024 (the last day of the listing month), 10 days left' }]);
  });
  it('reports an agreed listing KOL the recap never mentions, once, on the listing', async () => {
    const r = await run([recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))]);
    expect(only(r, 'recap/not-posted')).toMatchObject([{ file: 'listing.xlsx', cell: 'E2', kol: 'KOL kol 1' }]);
  });
  it('is silent when the KOL posted', async () => {
    expect(only(await run([recapRow(1, date('2024-09-05')), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))]), 'recap/not-posted')).toEqual([]);
  });
});

describe('recap/late-post', () => {
  it('fires on a post after the deadline, in both languages', async () => {
    const rows = [recapRow(1, date('2024-09-27')), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))];
    expect(only(await run(rows), 'recap/late-post')).toMatchObject([{ cell: 'F2', args: { posted: '2024-09-27', deadline: '2024-09-25', days: 2 },
      message: 'KOL kol 1 posted on Friday, 27 September 2024, 2 days after the deadline of Wednesday, 25 September 2024 (day 25 of the month, set by posting.deadline in kolops.config.json)' }]);
    expect(only(await run(rows, { lang: 'id' }), 'recap/late-post')).toMatchObject([
      { message: 'KOL kol 1 posting pada Jumat, 27 September 2024, 2 hari setelah tenggat Rabu, 25 September 2024 (tanggal 25 tiap bulan, diatur oleh posting.deadline di kolops.config.json)' }]);
  });
  it('names a Deadline cell as the deadline\'s source', async () => {
    const rows = [recapRow(1, date('2024-09-20'), { deadline: date('2024-09-18') }), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))];
    expect(only(await run(rows, { lang: 'id' }), 'recap/late-post')).toMatchObject([
      { message: 'KOL kol 1 posting pada Jumat, 20 September 2024, 2 hari setelah tenggat Rabu, 18 September 2024 (dari kolom Deadline)' }]);
  });
  it('is silent on the deadline day itself', async () => {
    const rows = [recapRow(1, date('2024-09-25')), recapRow(2, date('2024-09-05')), recapRow(3, date('2024-09-05'))];
    expect(only(await run(rows), 'recap/late-post')).toEqual([]);
  });
});

describe('the wide layout (seed "Gambar 3.3")', () => {
  const wide: MemorySheet = {
    name: 'Recap',
    rows: [
      ['RECAP POSTINGAN KESELURUHAN KOL'],
      ['', 'TANGGAL POSTING KOL HERBAMOJO JULI-SEPTEMBER', '', 'TANGGAL POSTING KOL HERBANA JULI-SEPTEMBER'],
      ['No', 'Herbamojo', 'Tanggal Posting', 'Tanggal Posting'],
      [1, 'Gustaf Sallendra', '-', 'Rabu, 07 Agustus 2024'],
      [2, 'Andreas Peter', date('2024-07-27'), '-'],
      [3, 'Anjasmara Prasetya', '-', '-'],
      ['', '', '', 'Kamis, 12 September 2024'],
    ],
  };
  it('reads one date column per brand from the group row, and only all-dash rows as not posted', async () => {
    const r = await checkMemory({ 'r.xlsx': [wide] }, HERBANA_CONFIG, { asOf: '2024-09-20' });
    expect(r.files[0]!.tables).toMatchObject([{ kind: 'posting-recap', headerRow: 3, rows: 4 }]);
    expect(r.findings.map((f) => `${f.rule} ${f.cell} ${f.kol ?? ''}`)).toEqual([
      'recap/not-posted C6 Anjasmara Prasetya',
      'recap/date-without-kol D7 ',
    ]);
  });
  it('reads text dates and real date cells alike', async () => {
    const asText = { ...wide, rows: wide.rows.map((row) => row.map((c) => (typeof c === 'object' && c && 'iso' in c ? 'Sabtu, 27 Juli 2024' : c))) };
    const a = await checkMemory({ 'r.xlsx': [wide] }, HERBANA_CONFIG, { asOf: '2024-09-20' });
    const b = await checkMemory({ 'r.xlsx': [asText] }, HERBANA_CONFIG, { asOf: '2024-09-20' });
    expect(b.findings.map((f) => f.message)).toEqual(a.findings.map((f) => f.message));
  });
});

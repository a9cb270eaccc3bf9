import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZip, zipFromBuffer, ZipError, WHOLE_ARCHIVE_BYTES } from '../../src/zip/archive.js';
import { replaceEntries } from '../../src/zip/rewrite.js';
import { makeTempDir, writeRaw, writeXlsx, zipArchive, zipBytes } from '../helpers/fixtures.js';

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

const text = async (zipPath: string, name: string) => {
  const zip = await openZip(zipPath);
  const e = zip.entry(name);
  return e ? (await zip.read(e, 1 << 20)).toString('utf8') : null;
};

describe('the zip module', () => {
  it('reads a deflated part of an exceljs-written xlsx', async () => {
    const path = await writeXlsx(dir, 'a.xlsx', [{ name: 'Agustus', rows: [['x']] }]);
    expect(await text(path, 'xl/workbook.xml')).toContain('name="Agustus"');
  });

  it('finds a part whatever its case or separator, and answers undefined for a missing one', async () => {
    const path = await writeRaw(dir, 'b.zip', zipBytes({ 'xl/SharedStrings.xml': 'satu', 'two.txt': 'dua' }));
    expect(await text(path, 'xl/sharedStrings.xml')).toBe('satu');
    expect(await text(path, 'XL\\SHAREDSTRINGS.XML')).toBe('satu');
    expect(await text(path, 'three.txt')).toBeNull();
  });

  it('reads the ZIP64 layout (sizes in the extra field, a ZIP64 end record)', async () => {
    const path = await writeRaw(dir, 'z64.zip', zipArchive({ 'a.txt': { data: 'empat', deflate: true }, 'b.txt': { data: 'lima' } }, { zip64: true }));
    const zip = await openZip(path);
    expect(zip.directory.zip64).toBe(true);
    expect(await text(path, 'a.txt')).toBe('empat');
    expect(await text(path, 'b.txt')).toBe('lima');
  });

  it('refuses to inflate past its ceiling, whether the size is declared or lied about', async () => {
    const big = 'x'.repeat(200_000);
    const honest = await openZip(await writeRaw(dir, 'big.zip', zipArchive({ 'big.txt': { data: big, deflate: true } })));
    await expect(honest.read(honest.entry('big.txt')!, 1000)).rejects.toMatchObject({ reason: 'too-large' });
    const liar = await openZip(await writeRaw(dir, 'liar.zip', zipArchive({ 'big.txt': { data: big, deflate: true, declaredSize: 10 } })));
    await expect(liar.read(liar.entry('big.txt')!, 1000)).rejects.toMatchObject({ reason: 'too-large' });
    const chunks = async () => { for await (const _ of liar.chunks(liar.entry('big.txt')!, 1000)) void _; };
    await expect(chunks()).rejects.toBeInstanceOf(ZipError);
  });

  it('says "damaged" for a truncated archive and for broken deflate data', async () => {
    const whole = zipArchive({ 'a.txt': { data: 'hello world '.repeat(100), deflate: true } });
    await expect(openZip(await writeRaw(dir, 'cut.zip', whole.subarray(0, whole.length - 30)))).rejects.toMatchObject({ reason: 'not-a-zip' });
    const broken = Buffer.from(whole);
    broken.fill(0xff, 40, 60); // inside the deflate stream
    const zip = zipFromBuffer(broken);
    await expect(zip.read(zip.entry('a.txt')!, 1 << 20)).rejects.toMatchObject({ reason: 'damaged' });
  });

  it('reads a big archive from its place in the file as it reads a small one whole', async () => {
    const filler = Buffer.alloc(WHOLE_ARCHIVE_BYTES + 1024, 7);
    const path = await writeRaw(dir, 'large.zip', zipArchive({ 'fill.bin': { data: filler }, 'note.txt': { data: 'catatan', deflate: true } }));
    expect(await text(path, 'note.txt')).toBe('catatan');
  });

  it('rewrites one entry and copies the others byte for byte', async () => {
    const input = zipArchive({ 'keep.txt': { data: 'tetap', deflate: true }, 'change.txt': { data: 'lama' } });
    const output = replaceEntries(input, new Map([['change.txt', Buffer.from('baru')]]));
    const zip = zipFromBuffer(output);
    expect(zip.readSync(zip.entry('change.txt')!, 100).toString()).toBe('baru');
    expect(zip.readSync(zip.entry('keep.txt')!, 100).toString()).toBe('tetap');
    expect(output.includes(input.subarray(0, 30 + 'keep.txt'.length))).toBe(true);
  });
});

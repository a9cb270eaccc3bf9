import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readZipEntry } from '../../src/readers/zip.js';
import { makeTempDir, writeRaw, writeXlsx, zipBytes } from '../helpers/fixtures.js';

let dir: string;
beforeAll(async () => { dir = await makeTempDir(); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('readZipEntry', () => {
  it('reads a deflated part of an exceljs-written xlsx', async () => {
    const path = await writeXlsx(dir, 'a.xlsx', [{ name: 'Agustus', rows: [['x']] }]);
    const xml = await readZipEntry(path, 'xl/workbook.xml');
    expect(xml?.toString('utf8')).toContain('name="Agustus"');
  });

  it('reads a stored part, and answers null for a missing part or a non-zip', async () => {
    const path = await writeRaw(dir, 'b.zip', zipBytes({ 'one.txt': 'satu', 'two.txt': 'dua' }));
    expect((await readZipEntry(path, 'two.txt'))?.toString()).toBe('dua');
    expect(await readZipEntry(path, 'three.txt')).toBeNull();
    expect(await readZipEntry(await writeRaw(dir, 'c.txt', 'not a zip'), 'x')).toBeNull();
    expect(await readZipEntry(`${dir}/missing.zip`, 'x')).toBeNull();
  });
});

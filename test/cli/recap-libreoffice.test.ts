import { copyFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingKeys, kolops } from '../helpers/cli.js';
import { convertWithLibreOffice, makeTempDir, sofficePath } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const soffice = sofficePath();
if (!soffice) console.warn('skipping the LibreOffice recap cases: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui');

let original: string;
let converted: string;
const files = ['kol-listing-2024.xlsx', 'recap-postingan.xlsx', 'recap-september-2024.xlsx'];

beforeAll(async () => {
  original = await makeTempDir();
  converted = await makeTempDir();
  for (const f of [...files, 'kolops.config.json']) await copyFile(join(root, 'examples', f), join(original, f));
  await copyFile(join(root, 'examples', 'kolops.config.json'), join(converted, 'kolops.config.json'));
  if (soffice) for (const f of files) await convertWithLibreOffice(join(original, f), converted, 'xlsx');
}, 300_000);
afterAll(async () => {
  await rm(original, { recursive: true, force: true });
  await rm(converted, { recursive: true, force: true });
});

describe('recaps re-saved by LibreOffice', () => {
  it.skipIf(!soffice)('give the same findings as the originals (wide text dates, long real date cells, the join)', async () => {
    const a = await kolops(['check', original, '--format', 'json', '--as-of', '2024-09-20']);
    const b = await kolops(['check', converted, '--format', 'json', '--as-of', '2024-09-20']);
    const keys = findingKeys(a.stdout);
    expect(keys.filter((k) => k.startsWith('recap/')).length).toBeGreaterThan(15);
    expect(findingKeys(b.stdout)).toEqual(keys);
  });
});

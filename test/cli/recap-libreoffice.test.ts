import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingKeys, kolops } from '../helpers/cli.js';
import { examplesWithLibreOfficeCopies, sofficePath } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const soffice = sofficePath();
if (!soffice) console.warn('skipping the LibreOffice recap cases: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui');

const files = ['kol-listing-2024.xlsx', 'recap-postingan.xlsx', 'recap-september-2024.xlsx'];
let original: string;
let converted: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ original, converted, cleanup } = await examplesWithLibreOfficeCopies(root, files));
}, 300_000);
afterAll(() => cleanup());

describe('recaps re-saved by LibreOffice', () => {
  it.skipIf(!soffice)('give the same findings as the originals (wide text dates, long real date cells, the join)', async () => {
    const a = await kolops(['check', original, '--format', 'json', '--as-of', '2024-09-20']);
    const b = await kolops(['check', converted, '--format', 'json', '--as-of', '2024-09-20']);
    const keys = findingKeys(a.stdout);
    expect(keys.filter((k) => k.startsWith('recap/')).length).toBeGreaterThan(15);
    expect(findingKeys(b.stdout)).toEqual(keys);
  });
});

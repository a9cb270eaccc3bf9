import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingKeys, kolops } from '../helpers/cli.js';
import { useLibreOfficeCopiesOfExamples } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');
const files = ['kol-listing-2024.xlsx', 'recap-postingan.xlsx', 'recap-september-2024.xlsx'];
const { soffice, folders } = useLibreOfficeCopiesOfExamples(root, files, 'recap');

describe('recaps re-saved by LibreOffice', () => {
  it.skipIf(!soffice)('give the same findings as the originals (wide text dates, long real date cells, the join)', async () => {
    const a = await kolops(['check', folders.original, '--format', 'json', '--as-of', '2024-09-20']);
    const b = await kolops(['check', folders.converted, '--format', 'json', '--as-of', '2024-09-20']);
    const keys = findingKeys(a.stdout);
    expect(keys.filter((k) => k.startsWith('recap/')).length).toBeGreaterThan(15);
    expect(findingKeys(b.stdout)).toEqual(keys);
  });
});

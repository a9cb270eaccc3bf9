import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The README shows real output; `npm run docs:readme` refreshes it when this fails. */
describe('README examples match what the CLI prints', () => {
  it.each([
    ['check examples/ --as-of 2024-09-20', ['check', 'examples/', '--as-of', '2024-09-20']],
    ['check examples/kol-listing-2024.xlsx --format json --quiet --as-of 2024-09-20', ['check', 'examples/kol-listing-2024.xlsx', '--format', 'json', '--quiet', '--as-of', '2024-09-20']],
    ['describe examples/recap-postingan.xlsx examples/kol-listing-2024.xlsx', ['describe', 'examples/recap-postingan.xlsx', 'examples/kol-listing-2024.xlsx']],
    ['report monthly --month 2024-09 examples/ --as-of 2024-10-01 --format chat', ['report', 'monthly', '--month', '2024-09', 'examples/', '--as-of', '2024-10-01', '--format', 'chat']],
  ])('kolops %s', async (shown, args) => {
    const run = await kolops(args, { cwd: root, env: { LANG: 'C' } });
    expect(readme).toContain(`$ npx kolops ${shown}\n${run.stdout}\`\`\``);
  });

  it('gives the two-command quick start', () => {
    expect(readme).toContain('npm ci && npx kolops check examples/\nnpm test\n');
  });
});

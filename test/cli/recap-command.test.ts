import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';

const root = join(import.meta.dirname, '..', '..');

describe('kolops recap check', () => {
  it('checks the recap alone: no join, so no unknown-kol, and the seed\'s own problems', async () => {
    const run = await kolops(['recap', 'check', 'examples/recap-postingan.xlsx', '--as-of', '2024-09-20', '--format', 'json'], { cwd: root });
    const r = JSON.parse(run.stdout) as { findings: { rule: string; cell: string }[] };
    expect(r.findings.map((f) => f.rule)).not.toContain('recap/unknown-kol');
    expect(r.findings.filter((f) => f.rule === 'recap/weekday-mismatch').map((f) => f.cell)).toEqual(['D10', 'D11']);
    expect(run.code).toBe(0);
  });

  it('joins to --listing files without repeating their listing findings', async () => {
    const run = await kolops(['recap', 'check', 'examples/recap-september-2024.xlsx', '--listing', 'examples/kol-listing-2024.xlsx', '--as-of', '2024-09-20', '--format', 'json'], { cwd: root });
    const r = JSON.parse(run.stdout) as { findings: { rule: string; kol: string | null; file: string }[] };
    expect(r.findings.every((f) => f.rule.startsWith('recap/'))).toBe(true);
    expect(r.findings.filter((f) => f.rule === 'recap/unknown-kol').map((f) => f.kol)).toEqual(['Rina Kartika']);
    expect(run.code).toBe(1);
  });

  it('rejects a malformed --as-of with exit 2', async () => {
    const run = await kolops(['recap', 'check', 'examples/recap-postingan.xlsx', '--as-of', '20/09/2024'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/YYYY-MM-DD/);
  });
});

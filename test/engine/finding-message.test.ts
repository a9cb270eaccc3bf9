import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { checkWorkbooks } from '../../src/engine/check.js';

const root = join(import.meta.dirname, '..', '..');
const file = join(root, 'examples', 'affiliate-deliverables-2024.xlsx');

/**
 * A finding's message is rendered when read, not held (issue 17): what reads it — a
 * formatter, `JSON.stringify`, a copy that names it — must get the run's language.
 */
describe('a finding\'s message', () => {
  it('is rendered in the run\'s language when read, and serialised with the finding', async () => {
    const en = (await checkWorkbooks([file], defaultConfig(), { lang: 'en', asOf: '2024-12-31' })).result.findings;
    const id = (await checkWorkbooks([file], defaultConfig(), { lang: 'id', asOf: '2024-12-31' })).result.findings;
    expect(en.length).toBeGreaterThan(3);
    expect(id.map((f) => f.cell)).toEqual(en.map((f) => f.cell));
    const incomplete = (list: typeof en) => list.find((f) => f.cell === 'F4')!;
    expect(incomplete(en).message).toBe('@rinafitjourney is marked "DONE" but the deliverables are incomplete: 2 of 3 videos; ask the affiliate for what is missing, or change the status until it is delivered');
    expect(incomplete(id).message).toContain('@rinafitjourney berstatus "DONE", tetapi deliverable belum lengkap: 2 dari 3 video');
    // Every finding, in both languages, has words; none is the English one under `id`.
    for (const [i, f] of en.entries()) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(id[i]!.message).not.toBe(f.message);
      const parsed = JSON.parse(JSON.stringify(f)) as { message: string; rule: string; cell: string | null };
      expect(parsed).toMatchObject({ message: f.message, rule: f.rule, cell: f.cell });
    }
    // A plain spread leaves the accessor behind; the copies kolops makes name it.
    expect('message' in { ...en[0]! }).toBe(false);
    expect({ ...en[0]!, message: en[0]!.message }.message).toBe(en[0]!.message);
  });
});

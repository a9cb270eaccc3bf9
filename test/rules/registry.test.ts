import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogue.js';
import { replaceRuleTable } from '../../src/rules/docs.js';
import { rules } from '../../src/rules/index.js';
import { placeholdersOf } from '../../src/i18n/message-format.js';

const root = join(import.meta.dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]);
}

const placeholders = (s: string) => [...placeholdersOf(s)].sort();

describe('the rule registry', () => {
  it('is sorted by id, with unique ids that match their module path', () => {
    const ids = rules.map((r) => r.meta.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const modules = filesUnder(join(root, 'src', 'rules')).filter((f) => /\/rules\/[a-z-]+\/[^/]+\.ts$/.test(f))
      .map((f) => f.slice(f.indexOf('/rules/') + 7).replace(/\.ts$/, '')).sort();
    expect(modules).toEqual([...ids].sort());
  });

  it('has both languages for every description and message, with the same placeholders', () => {
    for (const r of rules) {
      expect(r.meta.description.en.length, r.meta.id).toBeGreaterThan(10);
      expect(r.meta.description.id.length, r.meta.id).toBeGreaterThan(10);
      for (const m of r.meta.messageIds) {
        const entry = (catalogue as Record<string, { en: string; id: string }>)[`${r.meta.id}:${m}`];
        expect(entry, `${r.meta.id}:${m}`).toBeDefined();
      }
    }
    for (const [key, entry] of Object.entries(catalogue)) {
      expect(placeholders(entry.id), key).toEqual(placeholders(entry.en));
      expect(entry.en.trim(), key).not.toBe('');
      expect(entry.id.trim(), key).not.toBe('');
    }
  });

  it('has a test that names every rule (ESLint-style: no rule without a test)', () => {
    const tests = filesUnder(join(root, 'test')).filter((f) => f.endsWith('.test.ts') && !f.endsWith('registry.test.ts'))
      .map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const r of rules) expect(tests.includes(`'${r.meta.id}'`), r.meta.id).toBe(true);
  });

  it('is documented in the README table exactly as the metadata says (run `npm run docs:readme`)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(replaceRuleTable(readme, rules)).toBe(readme);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { id } from '../../src/i18n/locales/id.js';
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
    const translated: Record<string, string> = id.messages;
    for (const r of rules) {
      expect(r.meta.description.length, r.meta.id).toBeGreaterThan(10);
      expect(translated[`description:${r.meta.id}`]?.length ?? 0, r.meta.id).toBeGreaterThan(10);
      expect(Object.keys(r.meta.messages).length, r.meta.id).toBeGreaterThan(0);
      for (const [m, english] of Object.entries(r.meta.messages)) {
        const key = `${r.meta.id}:${m}`;
        expect(translated[key], key).toBeDefined();
        expect(placeholders(translated[key]!), key).toEqual(placeholders(english));
      }
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

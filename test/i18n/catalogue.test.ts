/**
 * The catalogue holds no orphan: every key is a rule's message, a key the code names
 * literally, or a key under a prefix the code completes at run time (`severity:${…}`).
 * And every rule's message id has its entry (the registry test checks both languages).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/i18n/catalogue.js';
import { rules } from '../../src/rules/index.js';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith(join('i18n', 'catalogue.ts')) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the message catalogue', () => {
  const code = sources(SRC).join('\n');
  const ruleKeys = new Set(rules.flatMap((r) => r.meta.messageIds.map((m) => `${r.meta.id}:${m}`)));
  // `prefix${…}` template literals: the keys the code builds.
  const prefixes = [...code.matchAll(/`([a-z][\w/-]*:[\w-]*)\$\{/g)].map((m) => m[1]!);
  const literal = (key: string) => code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``);

  it('has no key that nothing uses', () => {
    const orphans = Object.keys(catalogue).filter((key) => !ruleKeys.has(key) && !literal(key) && !prefixes.some((p) => key.startsWith(p)));
    expect(orphans).toEqual([]);
  });

  it('has an entry for every message id a rule declares', () => {
    expect([...ruleKeys].filter((k) => !(k in catalogue))).toEqual([]);
  });
});

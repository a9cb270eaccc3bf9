/**
 * A translation is typed against the English: a locale that lacks a key, has a key the
 * English does not, or reports a message id its rule does not declare fails the type
 * check. Proved here with the compiler itself, on small files that make each mistake.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '..', '..', 'src');

/** The compiler's error codes for `code`, checked with the project's own options. */
function errorsOf(code: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'kolops-types-'));
  const file = join(dir, 'probe.ts');
  writeFileSync(file, code.replaceAll('@src', src));
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true, noUncheckedIndexedAccess: true, skipLibCheck: true, noEmit: true, types: ['node'],
  });
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file).map((d) => d.code);
}

describe('the type check of a translation', () => {
  const header = `import type { Locale, Translation } from '@src/i18n/locale.js';\nimport { id } from '@src/i18n/locales/id.js';\n`;

  it('accepts the Indonesian file as it is (the probe itself works)', () => {
    expect(errorsOf(`${header}const ok: Locale = { ...id, messages: { ...id.messages } };\nvoid ok;\n`)).toEqual([]);
  }, 60_000);

  it('refuses a locale that lacks a key', () => {
    const code = `${header}const { 'report:title': _gone, ...rest } = id.messages;\nconst missing: Translation = rest;\nvoid _gone; void missing;\n`;
    expect(errorsOf(code)).toContain(2741); // Property '…' is missing
  }, 60_000);

  it('refuses a locale with a key the English does not have', () => {
    const code = `${header}const extra: Locale = { ...id, messages: { ...id.messages, 'report:no-such-text': 'x' } };\nvoid extra;\n`;
    expect(errorsOf(code)).toContain(2353); // Object literal may only specify known properties
  }, 60_000);

  it('refuses a rule that reports a message id it does not declare', () => {
    const code = `import { defineRule } from '@src/rules/types.js';
export default defineRule({
  meta: { id: 'x/y', severity: 'info', kinds: 'all', description: 'd', messages: { one: 'one' } },
  create(ctx) { return { end() { ctx.report({ messageId: 'two' }); } }; },
});\n`;
    expect(errorsOf(code)).toContain(2322); // Type '"two"' is not assignable to type '"one"'
  }, 60_000);
});

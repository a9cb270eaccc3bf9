/**
 * `--format junit`: one test suite per file and one test case per finding, for CI
 * systems that show test reports (GitLab, Jenkins, Azure). Errors and warnings fail
 * their test case; infos pass with the note in `<system-out>`.
 */
import { t, type Lang } from '../i18n/index.js';
import { formatMonth } from '../i18n/message-format.js';
import type { Finding } from '../model/finding.js';
import type { CheckResult } from '../model/result.js';
import { displayPath, groupByFile, reference } from './shared.js';
import type { FormatContext } from './types.js';

/** Characters XML 1.0 forbids even when escaped (most C0 controls, lone surrogates, U+FFFE/FFFF). */
const XML_ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes the five specials and drops what XML 1.0 cannot carry; `\r` is kept as a reference so parsers don't fold it. */
export function xmlText(s: string): string {
  return s
    .replace(XML_ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values: parsers turn raw tabs and line breaks into spaces, so encode them. */
export function xmlAttr(s: string): string {
  return xmlText(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

function attrs(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');
}

/**
 * `<rule> <Sheet!I17>`, with ` #2`, ` #3` on repeats: JUnit consumers keep only one
 * test case per classname+name, so a repeated name would hide findings.
 */
function uniqueName(base: string, used: Set<string>): string {
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base} #${n}`;
  used.add(name);
  return name;
}

/** The failure's text: severity, where, message, then the KOL, brand and month it is about, each labelled in `lang`. */
function details(f: Finding, ref: string, lang: Lang): string {
  const lines = [`${t(`severity:${f.severity}`, lang)}: ${ref ? `${ref} ` : ''}${f.message}`];
  if (f.kol !== null) lines.push(t('format:detail-kol', lang, { kol: f.kol }));
  if (f.brand !== null) lines.push(t('format:detail-brand', lang, { brand: f.brand }));
  if (f.month !== null) lines.push(t('format:detail-month', lang, { month: formatMonth(f.month, lang) }));
  return xmlText(lines.join('\n'));
}

function testSuite(file: string, findings: readonly Finding[], ctx: FormatContext): { xml: string; tests: number; failures: number } {
  const classname = displayPath(file, ctx.cwd);
  const used = new Set<string>();
  const cases: string[] = [];
  let failures = 0;
  for (const f of findings) {
    const ref = reference(f, ctx.lang);
    const name = uniqueName(ref ? `${f.rule} ${ref}` : f.rule, used);
    const open = `    <testcase${attrs({ classname, name })}>`;
    if (f.severity === 'info') {
      cases.push(`${open}\n      <system-out>${details(f, ref, ctx.lang)}</system-out>\n    </testcase>`);
    } else {
      failures++;
      cases.push(`${open}\n      <failure${attrs({ message: f.message, type: f.rule })}>${details(f, ref, ctx.lang)}</failure>\n    </testcase>`);
    }
  }
  if (cases.length === 0) cases.push(`    <testcase${attrs({ classname, name: 'kolops check' })}/>`);
  const head = `  <testsuite${attrs({ name: classname, tests: cases.length, failures, errors: 0 })}>`;
  return { xml: [head, ...cases, '  </testsuite>'].join('\n'), tests: cases.length, failures };
}

export function formatJunit(result: CheckResult, ctx: FormatContext): string {
  const groups = groupByFile(result.findings);
  // Every checked file gets a suite (a clean file is a passing test), plus any file only findings name.
  const files = [...new Set([...result.files.map((f) => f.path), ...groups.keys()])];
  const suites = files.map((file) => testSuite(file, groups.get(file) ?? [], ctx));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: 'kolops', tests, failures, errors: 0 })}>`,
    ...suites.map((s) => s.xml),
    '</testsuites>',
    '',
  ].join('\n');
}

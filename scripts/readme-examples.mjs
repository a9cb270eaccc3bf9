#!/usr/bin/env node
// Refreshes the example outputs in README.md from the real CLI (`npm run build` first),
// so the README never shows output the tool does not print. test/cli/readme.test.ts
// fails when they drift.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (args) => {
  try {
    return execFileSync(process.execPath, ['bin/kolops.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', LANG: 'C' } });
  } catch (err) {
    return err.stdout;
  }
};

export const README_EXAMPLES = [
  { marker: 'example-output', lang: 'text', args: ['check', 'examples/', '--as-of', '2024-09-20'] },
  { marker: 'chase-example', lang: 'text', args: ['chase', 'examples/', '--as-of', '2024-09-27'] },
  { marker: 'report-example', lang: 'text', args: ['report', 'monthly', '--month', '2024-09', 'examples/', '--as-of', '2024-10-01'] },
  { marker: 'chat-example', lang: 'text', args: ['report', 'monthly', '--month', '2024-09', 'examples/', '--as-of', '2024-10-01', '--format', 'chat'] },
  { marker: 'calendar-example', lang: 'text', args: ['calendar', 'check', 'examples/', '--as-of', '2024-11-01'] },
  { marker: 'describe-example', lang: 'text', args: ['describe', 'examples/recap-postingan.xlsx', 'examples/kol-listing-2024.xlsx'] },
  { marker: 'json-example', lang: 'json', args: ['check', 'examples/kol-listing-2024.xlsx', '--format', 'json', '--quiet', '--as-of', '2024-09-20'] },
  // A file the command writes, shown by the lines `grep -A` prints of it (test/cli/report-range.test.ts checks it).
  { marker: 'range-example', lang: 'markdown', args: ['report', 'range', '--from', '2024-08', '--to', '2024-10', 'examples/', '--as-of', '2024-11-01'], file: 'range.md', grep: { line: '## Herbana', after: 6 } },
];

/** What the README shows after `$ npx kolops`: the command, and for a file it writes, how the lines are picked. */
const shown = (ex) => (ex.file ? `${ex.args.join(' ')} -o ${ex.file} && grep -A ${ex.grep.after} '^${ex.grep.line}$' ${ex.file}` : ex.args.join(' '));

/** The command's stdout, or the lines of the file it writes that `grep -A` prints. */
const output = (ex) => {
  if (!ex.file) return run(ex.args);
  const dir = mkdtempSync(join(tmpdir(), 'kolops-readme-'));
  try {
    run([...ex.args, '-o', join(dir, ex.file)]);
    const lines = readFileSync(join(dir, ex.file), 'utf8').split('\n');
    const at = lines.indexOf(ex.grep.line);
    if (at < 0) throw new Error(`${ex.file} has no line ${ex.grep.line}`);
    return `${lines.slice(at, at + ex.grep.after + 1).join('\n')}\n`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

let readme = readFileSync('README.md', 'utf8');
for (const ex of README_EXAMPLES) {
  const re = new RegExp(`(<!-- ${ex.marker}:start -->\\n\`\`\`${ex.lang}\\n)\\$ npx kolops [^\\n]*\\n[\\s\\S]*?(\`\`\`)`);
  if (!re.test(readme)) throw new Error(`README has no ${ex.marker} block`);
  readme = readme.replace(re, (_, head, tail) => `${head}$ npx kolops ${shown(ex)}\n${output(ex)}${tail}`);
}
writeFileSync('README.md', readme);
console.log('README.md examples refreshed');

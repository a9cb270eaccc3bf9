#!/usr/bin/env node
// Refreshes the example outputs in README.md from the real CLI (`npm run build` first),
// so the README never shows output the tool does not print. test/cli/readme.test.ts
// fails when they drift.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

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
  { marker: 'describe-example', lang: 'text', args: ['describe', 'examples/recap-postingan.xlsx', 'examples/kol-listing-2024.xlsx'] },
  { marker: 'json-example', lang: 'json', args: ['check', 'examples/kol-listing-2024.xlsx', '--format', 'json', '--quiet', '--as-of', '2024-09-20'] },
];

let readme = readFileSync('README.md', 'utf8');
for (const ex of README_EXAMPLES) {
  const re = new RegExp(`(<!-- ${ex.marker}:start -->\\n\`\`\`${ex.lang}\\n)\\$ npx kolops [^\\n]*\\n[\\s\\S]*?(\`\`\`)`);
  if (!re.test(readme)) throw new Error(`README has no ${ex.marker} block`);
  readme = readme.replace(re, (_, head, tail) => `${head}$ npx kolops ${ex.args.join(' ')}\n${run(ex.args)}${tail}`);
}
writeFileSync('README.md', readme);
console.log('README.md examples refreshed');

// The README's Performance table is bench/table.mjs's rendering of bench/results.json: a
// bench run that is recorded but not quoted, or a figure edited by hand, fails here.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const tableRows = (text: string) => text.split('\n').filter((line) => line.startsWith('| ') && line.includes('×'));

describe('README Performance table', () => {
  it('is the recorded bench results, row for row', () => {
    const rendered = tableRows(execFileSync(process.execPath, ['bench/table.mjs'], { encoding: 'utf8' }));
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Performance'), readme.indexOf('## Development'));
    expect(rendered.length).toBeGreaterThan(10);
    expect(tableRows(section)).toEqual(rendered);
  });
});

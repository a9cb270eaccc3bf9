import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kolops } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await makeTempDir();
  file = join(dir, 'September 2024.csv');
  const lines = ['No;KOL;Followers;Platform;Brand;Link'];
  for (let i = 1; i <= 3_000; i++) lines.push(`${i};KOL ${i};${(i % 900) + 1}K;Instagram;Herbana;https://www.instagram.com/k${i}/`);
  await writeFile(file, lines.join('\r\n'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(args: string[], stderrIsTTY: boolean): Promise<string> {
  return (await kolops(args, { cwd: dir, stderrIsTTY, progressDelayMs: 0 })).stderr;
}

describe('progress line', () => {
  it('shows file, sheet and rows on a terminal (after a second; the test sets no delay), then erases itself', async () => {
    const stderr = await run(['check', file], true);
    expect(stderr).toMatch(/September 2024\.csv › September 2024: [\d,]+ rows/);
    expect(stderr.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('speaks the run\'s language, with its number grouping', async () => {
    const stderr = await run(['check', file, '--lang', 'id'], true);
    expect(stderr).toMatch(/September 2024: (\d{1,3}(\.\d{3})*) baris/);
    expect(stderr).not.toMatch(/rows|\d,\d{3}/);
  });

  it('never appears when stderr is not a terminal, or with JSON output', async () => {
    expect(await run(['check', file], false)).toBe('');
    expect(await run(['check', file, '--format', 'json'], true)).toBe('');
  });
});

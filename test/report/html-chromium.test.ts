/**
 * The HTML report in a real browser: headless Chromium renders examples/' September report
 * to a PNG (checked to be a real picture, not a blank page) and to a PDF (the print
 * layout), with the browser's console on stderr, which must hold no error about the page.
 * A control page that does log an error proves the console capture works. Without
 * Chromium the tests skip and say why (`.ci/run` installs Debian's `chromium`).
 */
import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, NO_CHROMIUM, runChromium } from '../helpers/chromium.js';
import { kolops } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');

if (!chromium) console.warn(`skipping the headless Chromium tests of the HTML report: ${NO_CHROMIUM}`);

/**
 * Console lines Chromium logged about a page. Chromium writes every console message as
 * `INFO:CONSOLE:<line>] "<message>", source: <url>` (an uncaught exception reads
 * `"Uncaught …"`, a load the Content-Security-Policy blocked `"… violates …"`); older
 * builds wrote `ERROR:CONSOLE`. The report has no script, so any console line about it is
 * a problem.
 */
function consoleProblems(stderr: string, page: string): string[] {
  return stderr.split('\n').filter((l) => /Uncaught|ERROR:CONSOLE|CONSOLE/.test(l) && l.includes(page));
}

/** Decode an 8-bit RGB/RGBA PNG (what Chromium writes) and count its distinct colours. */
function pngColours(png: Buffer): { width: number; height: number; colours: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let p = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (p < png.length) {
    const len = png.readUInt32BE(p);
    const type = png.toString('ascii', p + 4, p + 8);
    const data = png.subarray(p + 8, p + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8]).toBe(8); // bit depth
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      expect(channels).toBeGreaterThan(0);
    } else if (type === 'IDAT') idat.push(data);
    p += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  let prev = Buffer.alloc(stride);
  const colours = new Set<number>();
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const pa = Math.abs(b - c);
      const pb = Math.abs(a - c);
      const pc = Math.abs(a + b - 2 * c);
      const pred = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1
        : filter === 4 ? (pa <= pb && pa <= pc ? a : pb <= pc ? b : c) : 0;
      line[i] = (line[i]! + pred) & 0xff;
    }
    for (let x = 0; x < width; x += 3) colours.add(line.readUIntBE(x * channels, 3));
    prev = line;
  }
  return { width, height, colours: colours.size };
}

let dir: string;
let page: string;

beforeAll(async () => {
  dir = await makeTempDir('kolops-report-html-');
  page = join(dir, 'report.html');
  const run = await kolops(['report', 'monthly', '--month', '2024-09', 'examples/', '--as-of', '2024-10-01', '-o', page], { cwd: root });
  expect(run.code, run.stderr).toBe(0);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!chromium)('the HTML report in headless Chromium', () => {
  it('renders to a real picture with no console error', async () => {
    const html = await readFile(page, 'utf8');
    expect(html.match(/<svg /g)).toHaveLength(4);
    const png = join(dir, 'report.png');
    const stderr = await runChromium([`--screenshot=${png}`, '--window-size=1200,1600', pathToFileURL(page).href]);
    expect((await stat(png)).size).toBeGreaterThan(10_000);
    const { width, height, colours } = pngColours(await readFile(png));
    expect(width).toBe(1200);
    expect(height).toBe(1600);
    // Text, bars in several colours, table lines: far from a blank or single-colour page.
    expect(colours).toBeGreaterThan(20);
    expect(consoleProblems(stderr, 'report.html')).toEqual([]);
  });

  it('prints (the @media print layout) to a PDF', async () => {
    const pdf = join(dir, 'report.pdf');
    const stderr = await runChromium([`--print-to-pdf=${pdf}`, '--no-pdf-header-footer', pathToFileURL(page).href]);
    const bytes = await readFile(pdf);
    expect(bytes.subarray(0, 5).toString('ascii')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(consoleProblems(stderr, 'report.html')).toEqual([]);
  });

  it('would notice a console error (control page)', async () => {
    const control = join(dir, 'control.html');
    // The report's own CSP, but with inline script allowed, an external image and an error.
    await writeFile(control, `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'"></head>
<body><img src="http://example.invalid/x.png" alt=""><script>undefinedFunction();</script></body></html>`);
    const stderr = await runChromium([`--screenshot=${join(dir, 'control.png')}`, '--window-size=400,300', pathToFileURL(control).href]);
    const problems = consoleProblems(stderr, 'control.html');
    expect(problems.some((l) => l.includes('Uncaught ReferenceError'))).toBe(true);
    expect(problems.some((l) => l.includes('Content Security Policy'))).toBe(true);
  });
});

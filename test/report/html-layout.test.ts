/**
 * The HTML report's layout, measured in headless Chromium: examples/' September report in
 * English and Indonesian, at a phone's width (390 px, and the narrowest phone, 360 px), a
 * laptop's (1280 px), and as printed on A4.
 *
 * The report carries no script, so the measuring happens in a COPY of the page with a
 * probe script added (and the CSP loosened for that one inline script only). The probe
 * writes what it measured into a <pre>, which `--dump-dom` hands back:
 * - the page's width against the window's (no sideways scrolling of the page);
 * - every element with text whose content is wider than its box (cut text), and every
 *   text that ends outside the window without sitting in a container that scrolls;
 * - the figures tables, which must fit without even their own scrolling at 360 px;
 * - every SVG text whose box (getBBox) leaves the svg's viewBox, overlaps another text,
 *   or overlaps a bar or the target line it does not belong in;
 * - the smallest font of the page's text and of the charts' text as drawn (an SVG text's
 *   font size times the svg's scale).
 * Print: `@media print` becomes `@media all` in the copy, and the window is A4's width
 * inside the page margins (210 mm − 2 × 14 mm = 182 mm ≈ 688 CSS px), so the print layout
 * is measured the same way; its smallest text must be ≥ 9 pt (12 CSS px).
 *
 * With KOLOPS_SCREENSHOTS=1, the English report is also photographed at 390 and 1280 px
 * into docs/screenshots/report-phone.png and report-laptop.png (for the README).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, NO_CHROMIUM, runChromium } from '../helpers/chromium.js';
import { attr, expectFitsScreen, expectPrintsOnA4, measure } from '../helpers/html-probe.js';
import { kolops } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');

if (!chromium) console.warn(`skipping the layout tests of the HTML report: ${NO_CHROMIUM}`);

let dir: string;
const pages: Record<'en' | 'id', string> = { en: '', id: '' };
const html: Record<'en' | 'id', string> = { en: '', id: '' };

beforeAll(async () => {
  dir = await makeTempDir('kolops-report-layout-');
  for (const lang of ['en', 'id'] as const) {
    pages[lang] = join(dir, `report-${lang}.html`);
    const run = await kolops(['report', 'monthly', '--month', '2024-09', 'examples/', '--as-of', '2024-10-01', '--lang', lang, '-o', pages[lang]], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    html[lang] = await readFile(pages[lang], 'utf8');
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!chromium)('the HTML report laid out in headless Chromium', () => {
  describe.each(['en', 'id'] as const)('--lang %s', (lang) => {
    it.each([360, 390, 1280])('at %i px: no sideways scrolling, no cut text, charts inside their viewBox', async (width) => {
      // The figures tables fit as they are; only the contact table may scroll in its own box.
      await expectFitsScreen(dir, html[lang], width, 'div.table-scroll.contacts');
    });

    it('printed on A4: every text at least 9 pt, charts included, and nothing overlaps', async () => {
      await expectPrintsOnA4(dir, html[lang]);
    });
  });

  it('would notice a page wider than the window, cut text and a clipped chart label (control page)', async () => {
    const control = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head>
<body style="margin:0"><div style="width:600px">six hundred pixels wide</div>
<p style="width:50px;white-space:nowrap;overflow:hidden">much too long for fifty pixels</p>
<svg viewBox="0 0 100 20" width="100"><text x="60" y="15">Mega (1jt+)</text><rect x="0" y="0" width="70" height="20"/><text x="2" y="15" class="inbar">1234567890</text></svg></body></html>`;
    const m = await measure(dir, control, 390);
    expect(m.innerWidth).toBe(390);
    expect(m.scrollWidth).toBeGreaterThan(390);
    expect(m.cut.some((c) => c.includes('much too long'))).toBe(true);
    expect(m.outside.length).toBeGreaterThan(0);
    expect(m.svg.some((s) => s.includes('"Mega (1jt+)" outside the viewBox'))).toBe(true);
    expect(m.svg.some((s) => s.includes('"Mega (1jt+)" overlaps a rect'))).toBe(true);
    expect(m.svg.some((s) => s.includes('"1234567890" sticks out of its bar'))).toBe(true);
  });

  if (process.env.KOLOPS_SCREENSHOTS !== '1') console.warn('skipping the README screenshots: they are made again only with KOLOPS_SCREENSHOTS=1');
  it.runIf(process.env.KOLOPS_SCREENSHOTS === '1')('takes the README screenshots (KOLOPS_SCREENSHOTS=1)', async () => {
    const out = join(root, 'docs', 'screenshots');
    await mkdir(out, { recursive: true });
    // The phone: the report in a 390 px iframe (the headless window is at least 500 px wide), the picture cropped to it.
    const phone = join(dir, 'phone.html');
    await writeFile(phone, `<!DOCTYPE html><html><body style="margin:0"><iframe style="border:0;display:block;width:390px;height:2400px" srcdoc="${attr(html.en)}"></iframe></body></html>`);
    await runChromium([`--screenshot=${join(out, 'report-phone.png')}`, '--window-size=390,2400', pathToFileURL(phone).href]);
    await runChromium([`--screenshot=${join(out, 'report-laptop.png')}`, '--window-size=1280,2000', pathToFileURL(pages.en).href]);
  });
});

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
import { chromium, dumpDom, NO_CHROMIUM, runChromium } from '../helpers/chromium.js';
import { kolops } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');

if (!chromium) console.warn(`skipping the layout tests of the HTML report: ${NO_CHROMIUM}`);

interface Measurements {
  innerWidth: number;
  scrollWidth: number;
  /** Elements whose text is wider than their box: `tag.class "text" scrollWidth>clientWidth`. */
  cut: string[];
  /** Texts that end outside the window and are not inside a container that scrolls. */
  outside: string[];
  /** Containers that scroll sideways and do: `class scrollWidth>clientWidth`. */
  scrolling: string[];
  /** SVG texts outside their viewBox, overlapping each other, or over a bar they are not in. */
  svg: string[];
  minFontPx: number;
  minSvgFontPx: number;
}

/**
 * Measures the page in frame `f` (an <iframe> of the test's width: headless Chromium's
 * window is never narrower than 500 px, an iframe is as narrow as asked) and writes the
 * result into <pre id="kolops-probe">, URI-encoded so the DOM dump cannot garble it.
 */
const PROBE = String.raw`function kolopsProbe(f) {
  const w = f.contentWindow;
  const d = w.document;
  const m = { innerWidth: w.innerWidth, scrollWidth: d.scrollingElement.scrollWidth, cut: [], outside: [], scrolling: [], svg: [], minFontPx: 1e9, minSvgFontPx: 1e9 };
  const name = (el) => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\s+/).join('.') : '')
    + ' "' + (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50) + '"';
  const scrolls = (el) => /auto|scroll/.test(w.getComputedStyle(el).overflowX);
  for (const el of d.body.querySelectorAll('*')) {
    if (el.closest('svg') || el.tagName === 'STYLE') continue;
    if (!(el.textContent || '').trim()) continue;
    const cs = w.getComputedStyle(el);
    if ([...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) m.minFontPx = Math.min(m.minFontPx, parseFloat(cs.fontSize));
    if (scrolls(el)) {
      if (el.scrollWidth > el.clientWidth + 1) m.scrolling.push(name(el).split(' ')[0] + ' ' + el.scrollWidth + '>' + el.clientWidth);
      continue;
    }
    if (cs.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) m.cut.push(name(el) + ' ' + el.scrollWidth + '>' + el.clientWidth);
    if (![...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    let a = el.parentElement;
    while (a && !scrolls(a)) a = a.parentElement;
    const r = el.getBoundingClientRect();
    if (!a && (r.right > w.innerWidth + 1 || r.left < -1)) m.outside.push(name(el) + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
  }
  const boxes = (svg, sel) => [...svg.querySelectorAll(sel)].map((e) => ({ e, b: e.getBBox() }));
  const meet = (p, q, tol) => p.x + tol < q.x + q.width && q.x + tol < p.x + p.width && p.y + tol < q.y + q.height && q.y + tol < p.y + p.height;
  const inside = (p, q, tol) => p.x >= q.x - tol && p.y >= q.y - tol && p.x + p.width <= q.x + q.width + tol && p.y + p.height <= q.y + q.height + tol;
  d.querySelectorAll('svg').forEach((svg, i) => {
    const vb = svg.viewBox.baseVal;
    const scale = svg.getBoundingClientRect().width / vb.width;
    const cap = svg.closest('figure') && svg.closest('figure').querySelector('figcaption');
    const id = cap ? cap.id : 'svg' + i;
    const texts = boxes(svg, 'text');
    const bars = boxes(svg, 'rect:not(.track), line');
    for (const { e, b } of texts) {
      const what = id + ' ' + (e.getAttribute('class') || 'text') + ' "' + e.textContent + '"';
      m.minSvgFontPx = Math.min(m.minSvgFontPx, parseFloat(w.getComputedStyle(e).fontSize) * scale);
      if (!inside(b, vb, 0.5)) m.svg.push(what + ' outside the viewBox ' + [b.x, b.y, b.width, b.height].map(Math.round).join(','));
      if (e.classList.contains('inbar')) {
        if (!bars.some((r) => r.e.tagName === 'rect' && inside(b, r.b, 0.5))) m.svg.push(what + ' sticks out of its bar');
      } else {
        for (const r of bars) if (meet(b, r.b, 1)) m.svg.push(what + ' overlaps a ' + r.e.tagName + ' ' + (r.e.getAttribute('class') || ''));
      }
    }
    for (let p = 0; p < texts.length; p++) for (let q = p + 1; q < texts.length; q++) {
      if (meet(texts[p].b, texts[q].b, 1)) m.svg.push(id + ' "' + texts[p].e.textContent + '" overlaps "' + texts[q].e.textContent + '"');
    }
  });
  const pre = document.createElement('pre');
  pre.id = 'kolops-probe';
  pre.textContent = encodeURIComponent(JSON.stringify(m));
  document.body.appendChild(pre);
}`;

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A page holding `html` in an iframe `width` px wide, with the probe. The report inside is
 * left as it is (its CSP, no script); `print` makes its @media print rules apply on screen.
 */
function probePage(html: string, width: number, print = false): string {
  const page = print ? html.replace(/@media print/g, '@media all').replace(/@media screen/g, '@media not all') : html;
  return `<!DOCTYPE html><html><head><script>${PROBE}</script></head><body style="margin:0">
<iframe style="border:0;display:block;width:${width}px;height:2400px" onload="kolopsProbe(this)" srcdoc="${attr(page)}"></iframe>
</body></html>`;
}

async function measure(html: string, width: number, print = false): Promise<Measurements> {
  const file = join(dir, `probe-${width}${print ? '-print' : ''}-${Math.random().toString(36).slice(2)}.html`);
  await writeFile(file, probePage(html, width, print));
  const dom = await dumpDom(pathToFileURL(file).href, Math.max(width, 500));
  const found = /<pre id="kolops-probe">([^<]*)<\/pre>/.exec(dom);
  expect(found, `no probe output in the DOM dump:\n${dom.slice(-2000)}`).not.toBeNull();
  return JSON.parse(decodeURIComponent(found![1]!)) as Measurements;
}

/** A4 (210 mm) inside the report's 14 mm page margins, in CSS px (96 per inch). */
const A4_CONTENT_PX = Math.round(((210 - 2 * 14) / 25.4) * 96);

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
      const m = await measure(html[lang], width);
      expect(m.innerWidth).toBe(width);
      expect({ scrollWidth: m.scrollWidth, cut: m.cut, outside: m.outside, svg: m.svg }).toEqual({ scrollWidth: width, cut: [], outside: [], svg: [] });
      // The figures tables fit as they are; only the contact table may scroll in its own box.
      expect(m.scrolling.filter((s) => !s.startsWith('div.table-scroll.contacts'))).toEqual([]);
      // Chart text stays readable on a phone: at least 11 px as drawn.
      expect(m.minSvgFontPx).toBeGreaterThanOrEqual(11);
      expect(m.minFontPx).toBeGreaterThanOrEqual(12);
    });

    it('printed on A4: every text at least 9 pt, charts included, and nothing overlaps', async () => {
      const m = await measure(html[lang], A4_CONTENT_PX, true);
      expect({ scrollWidth: m.scrollWidth, cut: m.cut, outside: m.outside, svg: m.svg, scrolling: m.scrolling })
        .toEqual({ scrollWidth: A4_CONTENT_PX, cut: [], outside: [], svg: [], scrolling: [] });
      // 9 pt = 12 CSS px.
      expect(m.minFontPx * 0.75).toBeGreaterThanOrEqual(9);
      expect(m.minSvgFontPx * 0.75).toBeGreaterThanOrEqual(9);
    });
  });

  it('would notice a page wider than the window, cut text and a clipped chart label (control page)', async () => {
    const control = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head>
<body style="margin:0"><div style="width:600px">six hundred pixels wide</div>
<p style="width:50px;white-space:nowrap;overflow:hidden">much too long for fifty pixels</p>
<svg viewBox="0 0 100 20" width="100"><text x="60" y="15">Mega (1jt+)</text><rect x="0" y="0" width="70" height="20"/><text x="2" y="15" class="inbar">1234567890</text></svg></body></html>`;
    const m = await measure(control, 390);
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

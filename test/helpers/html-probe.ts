/**
 * Measuring an HTML report's layout in headless Chromium (test/report/html-layout.test.ts
 * for the monthly report, test/cli/report-range.test.ts for the range report).
 *
 * The report carries no script, so the measuring happens in a COPY of the page held in an
 * iframe of the width asked for, with a probe script added beside it (the report's own CSP
 * stays on the report). The probe writes what it measured into a <pre>, which
 * `--dump-dom` hands back; see `Measurements` for what it looks at.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { dumpDom } from './chromium.js';

export interface Measurements {
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

export const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

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

/** The layout of `html` at `width` px (or as printed, `print`), measured by a page written into `dir`. */
export async function measure(dir: string, html: string, width: number, print = false): Promise<Measurements> {
  const file = join(dir, `probe-${width}${print ? '-print' : ''}-${Math.random().toString(36).slice(2)}.html`);
  await writeFile(file, probePage(html, width, print));
  const dom = await dumpDom(pathToFileURL(file).href, Math.max(width, 500));
  const found = /<pre id="kolops-probe">([^<]*)<\/pre>/.exec(dom);
  expect(found, `no probe output in the DOM dump:\n${dom.slice(-2000)}`).not.toBeNull();
  return JSON.parse(decodeURIComponent(found![1]!)) as Measurements;
}

/** A4 (210 mm) inside the reports' 14 mm page margins, in CSS px (96 per inch). */
export const A4_CONTENT_PX = Math.round(((210 - 2 * 14) / 25.4) * 96);

/**
 * The page at `width` px: no sideways scrolling, no cut text, every chart text inside its
 * viewBox and readable on a phone (≥ 11 px as drawn; page text ≥ 12 px). Only a container
 * `mayScroll` names may scroll sideways, inside its own box.
 */
export async function expectFitsScreen(dir: string, html: string, width: number, mayScroll: string): Promise<void> {
  const m = await measure(dir, html, width);
  expect(m.innerWidth).toBe(width);
  expect({ scrollWidth: m.scrollWidth, cut: m.cut, outside: m.outside, svg: m.svg }).toEqual({ scrollWidth: width, cut: [], outside: [], svg: [] });
  expect(m.scrolling.filter((s) => !s.startsWith(mayScroll))).toEqual([]);
  expect(m.minSvgFontPx).toBeGreaterThanOrEqual(11);
  expect(m.minFontPx).toBeGreaterThanOrEqual(12);
}

/** The page as printed on A4: nothing scrolls, is cut or overlaps, and every text (charts too) is at least 9 pt (12 CSS px). */
export async function expectPrintsOnA4(dir: string, html: string): Promise<void> {
  const m = await measure(dir, html, A4_CONTENT_PX, true);
  expect({ scrollWidth: m.scrollWidth, cut: m.cut, outside: m.outside, svg: m.svg, scrolling: m.scrolling })
    .toEqual({ scrollWidth: A4_CONTENT_PX, cut: [], outside: [], svg: [], scrolling: [] });
  expect(m.minFontPx * 0.75).toBeGreaterThanOrEqual(9);
  expect(m.minSvgFontPx * 0.75).toBeGreaterThanOrEqual(9);
}

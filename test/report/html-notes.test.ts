/**
 * The HTML report explains figures that disagree: a deal block declaring fewer (or more)
 * deals than it lists rows for (seed "Gambar 3.4": 5 declared, 9 listed), more deals than
 * accounts contacted — a sentence saying what the sheet says and what that means, in
 * English and Indonesian. And the page stays one file with no script.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AffiliateMetrics } from '../../src/report/metrics.js';
import { disagreementNotes, textWidth } from '../../src/report/render/html.js';
import { kolops } from '../helpers/cli.js';
import { makeTempDir } from '../helpers/fixtures.js';

const root = join(import.meta.dirname, '..', '..');

const funnel = (over: Partial<AffiliateMetrics>): AffiliateMetrics => ({
  platform: 'Shopee', brand: 'Herbana', contacted: 46, dealsDeclared: 10, dealRows: 10, done: 10, deliverablesComplete: null, bonusesDue: 0, ...over,
});

describe('notes on figures that disagree', () => {
  it('says nothing when the counts agree, or when a count is not stated', () => {
    expect(disagreementNotes(funnel({}), 'en')).toEqual([]);
    expect(disagreementNotes(funnel({ contacted: null, dealsDeclared: null, dealRows: 3, done: 3 }), 'en')).toEqual([]);
  });

  it('more deal rows than declared: what the sheet says, and that the figures count the rows', () => {
    const [en] = disagreementNotes(funnel({ dealsDeclared: 5, dealRows: 11, done: 11 }), 'en');
    expect(en).toBe('The sheet declares 5 deals ("Yang sudah deal") but lists 11 deal rows, 11 of them done: the declared count was not updated as deals were added, or rows of another month sit in the block. The figures here count the rows; correct the count in the sheet (kolops check: affiliate/count-mismatch).');
    const [id] = disagreementNotes(funnel({ dealsDeclared: 5, dealRows: 11, done: 11 }), 'id');
    expect(id).toContain('Sheet mencatat 5 deal ("Yang sudah deal") tetapi berisi 11 baris deal, 11 di antaranya selesai');
  });

  it('fewer deal rows than declared, and more deals than accounts contacted', () => {
    expect(disagreementNotes(funnel({ dealsDeclared: 10, dealRows: 1, done: 1 }), 'en')).toEqual([
      expect.stringContaining('declares 10 deals ("Yang sudah deal") but lists only 1 deal row: the other deals have no row'),
    ]);
    expect(disagreementNotes(funnel({ contacted: 4, dealsDeclared: 5, dealRows: 5, done: 5 }), 'id')).toEqual([
      expect.stringContaining('Sheet mencatat 5 deal tetapi hanya 4 akun yang sudah dihubungi'),
    ]);
  });

  it('estimates text widths generously, longer for wider letters', () => {
    expect(textWidth('Mega (1jt+)')).toBeGreaterThan(textWidth('Mega'));
    expect(textWidth('MMMM')).toBeGreaterThan(textWidth('iiii') * 2);
    expect(textWidth('30 / 20', 14, true)).toBeGreaterThan(textWidth('30 / 20', 14));
  });
});

describe('the examples\' September report', () => {
  let dir = '';
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(['en', 'id'] as const)('--lang %s: explains "done 11 > declared 5" beside that funnel, and has no script', async (lang) => {
    dir ||= await makeTempDir('kolops-report-notes-');
    const out = join(dir, `report-${lang}.html`);
    const run = await kolops(['report', 'monthly', '--month', '2024-09', 'examples/', '--as-of', '2024-10-01', '--lang', lang, '-o', out], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
    const html = await readFile(out, 'utf8');
    const herbana = html.slice(html.indexOf('<h3>Shopee · Herbana</h3>'));
    expect(herbana.slice(0, 800)).toMatch(lang === 'en'
      ? /<p class="note">The sheet declares 5 deals \(&quot;Yang sudah deal&quot;\) but lists 11 deal rows, 11 of them done/
      : /<p class="note">Sheet mencatat 5 deal \(&quot;Yang sudah deal&quot;\) tetapi berisi 11 baris deal, 11 di antaranya selesai/);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    // Tables scroll inside their own box, never the page.
    expect(html).toContain('<div class="table-scroll"><table class="figures">');
  });
});

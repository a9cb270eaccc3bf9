import type { LocalizedArg } from '../model/finding.js';

// Intl.NumberFormat is costly to build; one per language serves every message.
const EN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const ID = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** A number as each language writes it: 25,000,000 / 25.000.000, 2.5 / 2,5. */
export function localizedNumber(n: number): LocalizedArg {
  return { en: EN.format(n), id: ID.format(n) };
}

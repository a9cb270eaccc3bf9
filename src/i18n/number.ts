import type { LocalizedArg } from '../model/finding.js';

// Intl.NumberFormat is costly to build (~30 ms for the first, ICU's locale data): one per
// language serves every message, made on first use so a run without numbers never pays.
let formats: { en: Intl.NumberFormat; id: Intl.NumberFormat } | null = null;

/** A number as each language writes it: 25,000,000 / 25.000.000, 2.5 / 2,5. */
export function localizedNumber(n: number): LocalizedArg {
  formats ??= {
    en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
    id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  };
  return { en: formats.en.format(n), id: formats.id.format(n) };
}

import type { Config } from '../config/schema.js';

/** What a run was asked for on the command line that shapes how values are read. */
export interface RunOptions {
  /** `--month YYYY-MM`: the month when nothing in the workbook says it. */
  month?: string | null;
  /** `--year YYYY`: the year for dates written without one. */
  year?: number | null;
  /** Today, for deadline rules (`--as-of`); ISO date. */
  asOf?: string | null;
}

/** Everything a row interpreter needs: config plus options, with the year resolved once. */
export interface ReadContext {
  config: Config;
  options: RunOptions;
}

/** `--year` beats the config's `year`: the command line is the more specific word. */
export function defaultYear(ctx: ReadContext): number | null {
  return ctx.options.year ?? ctx.config.year ?? null;
}

import type { Lang } from '../i18n/index.js';
import type { CheckResult, RuleDescriptor } from '../model/result.js';

/** Everything a formatter may know besides the result itself; formatters never read globals. */
export interface FormatContext {
  /** Language for the words the formatter adds (finding messages arrive already translated). */
  lang: Lang;
  /** ANSI colours in text output. Decided by the caller, never by TTY detection here. */
  color: boolean;
  /** kolops version, for the JSON and SARIF headers. */
  version: string;
  /** Every rule kolops knows, for SARIF rule metadata. */
  rules: readonly RuleDescriptor[];
  /** Text output only: show at most this many findings of one rule per file. */
  maxFindingsPerRule?: number;
  /** When given, file paths are shown relative to it (GitHub and SARIF want repository-relative paths). */
  cwd?: string;
}

/** A formatter is a pure function of the result: no I/O, so every format is testable as a string. */
export type Formatter = (result: CheckResult, ctx: FormatContext) => string;

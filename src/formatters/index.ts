/** The formatter registry: the CLI's `--format` picks one of these by name. */
import type { CheckResult } from '../model/result.js';
import { formatGithub } from './github.js';
import { formatJson, formatJsonPieces } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { FormatContext, Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';
export { githubStepSummary } from './github.js';

import { FORMAT_NAMES, type FormatName } from './names.js';

export { FORMAT_NAMES, type FormatName };

const FORMATTERS: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  github: formatGithub,
  junit: formatJunit,
  sarif: formatSarif,
};

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export function formatResult(name: FormatName, result: CheckResult, ctx: FormatContext): string {
  return FORMATTERS[name](result, ctx);
}

/**
 * The output a piece at a time, for writing as it is made: JSON comes in ~64 KiB pieces
 * (a million-row export's findings are megabytes), every other format as one string.
 */
export function formatResultPieces(name: FormatName, result: CheckResult, ctx: FormatContext): Iterable<string> {
  return name === 'json' ? formatJsonPieces(result, ctx) : [formatResult(name, result, ctx)];
}

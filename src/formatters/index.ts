/**
 * The formatter registry: the CLI's `--format` picks one of these by name. Each is
 * imported when asked for, so a `--format json` run never loads chalk or the SARIF and
 * JUnit writers (start-up is most of what a small check costs).
 */
import type { CheckResult } from '../model/result.js';
import type { FormatContext, Formatter } from './types.js';

export type { FormatContext, Formatter } from './types.js';

import { FORMAT_NAMES, type FormatName } from './names.js';

export { FORMAT_NAMES, type FormatName };

const FORMATTERS: Record<FormatName, () => Promise<Formatter>> = {
  text: async () => (await import('./text.js')).formatText,
  json: async () => (await import('./json.js')).formatJson,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  sarif: async () => (await import('./sarif.js')).formatSarif,
};

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export async function formatResult(name: FormatName, result: CheckResult, ctx: FormatContext): Promise<string> {
  return (await FORMATTERS[name]())(result, ctx);
}

/**
 * The output a piece at a time, for writing as it is made: JSON comes in ~64 KiB pieces
 * (a million-row export's findings are megabytes), every other format as one string.
 */
export async function formatResultPieces(name: FormatName, result: CheckResult, ctx: FormatContext): Promise<Iterable<string>> {
  if (name === 'json') return (await import('./json.js')).formatJsonPieces(result, ctx);
  return [await formatResult(name, result, ctx)];
}

/** The GitHub job summary (Markdown) for `--format github` when GITHUB_STEP_SUMMARY is set. */
export async function githubStepSummary(result: CheckResult, ctx: FormatContext): Promise<string> {
  return (await import('./github.js')).githubStepSummary(result, ctx);
}

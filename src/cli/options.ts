/**
 * Every option more than one command takes, declared once: the flag, its help and its
 * value parser. A command picks the groups it reads (`readOptions`, `checkOutputOptions` …),
 * so `--config` means the same thing, with the same words, everywhere.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { FORMAT_NAMES } from '../formatters/names.js';
import { parseDate } from '../parsers/date.js';
import { parseMonthOption } from '../parsers/month.js';
import { normalizeDelimiter } from '../readers/csv/dialect.js';

export function intArg(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || n < min) throw new InvalidArgumentError(`expected an integer ≥ ${min}`);
    return n;
  };
}

export function dateArg(value: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDate(value) : null;
  if (!d?.ok) throw new InvalidArgumentError('expected YYYY-MM-DD, e.g. 2024-09-20');
  return d.iso;
}

export function monthArg(value: string): string {
  const m = parseMonthOption(value);
  if (!m) throw new InvalidArgumentError('expected YYYY-MM, e.g. 2024-09');
  return m;
}

function delimiterArg(value: string): string {
  try {
    normalizeDelimiter(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
  return value;
}

export function delimiterOption(): Option {
  return new Option('--delimiter <char>', 'CSV delimiter of input files instead of detecting it (",", ";", "tab", "|")').argParser(delimiterArg);
}

/** What every command that reads workbooks takes: --config, --year, --lang, --delimiter. */
export function readOptions(cmd: Command, what: { lang?: string } = {}): Command {
  return cmd
    .option('-c, --config <file>', 'config file for every input (default: each file uses the kolops.config.json nearest above it)')
    .option('--year <YYYY>', 'year for dates written without one', intArg(1900))
    .addOption(new Option('--lang <lang>', what.lang ?? 'language of messages (default: from LANG)').choices(['en', 'id']))
    .addOption(delimiterOption());
}

export function monthOption(cmd: Command): Command {
  return cmd.option('--month <YYYY-MM>', 'month for tables whose month nothing in the workbook says', monthArg);
}

export function asOfOption(cmd: Command, what = 'today, for deadlines (default: the run date)'): Command {
  return cmd.option('--as-of <YYYY-MM-DD>', what, dateArg);
}

/** -o and --force, with the same refusal everywhere (see safe-output.ts). */
export function outputOptions(cmd: Command, what: { output: string; force: string }): Command {
  return cmd.option('-o, --output <file>', what.output).option('--force', what.force);
}

const REPORT_OUTPUT = {
  output: 'write to a file instead of stdout (never one of the inputs)',
  force: 'with -o: replace the file even when it is a workbook kolops would read',
};

/** `--context PATH...`: other workbooks read for the joins, not reported. */
export function contextOption(cmd: Command): Command {
  return cmd.option('--context <paths...>',
    'workbooks or folders read for the joins only (recaps for a listing, earlier months); their findings are not reported. Name the files to check before it, or write --context=PATH');
}

export function baselineOptions(cmd: Command): Command {
  return cmd
    .option('--baseline <file>', 'report only findings not accepted in this baseline file')
    .option('--suppress-all', 'accept every current finding: write them to the baseline (default file kolops-baseline.json)')
    .option('--suppress-month <YYYY-MM>', 'accept the current findings of one month (closing it), keep the rest reported', monthArg)
    .option('--prune-suppressions', 'remove baseline entries that no longer occur in the files checked');
}

/** The options of `check` and the kind-only checks. */
export function checkOptions(cmd: Command): Command {
  cmd.addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES as string[]).default('text'));
  readOptions(cmd);
  monthOption(cmd);
  asOfOption(cmd);
  contextOption(cmd);
  baselineOptions(cmd);
  outputOptions(cmd, REPORT_OUTPUT);
  return cmd
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', intArg(0), -1)
    .option('-q, --quiet', 'report errors only')
    .option('--max-findings <n>', 'text output: at most this many findings per rule per file', intArg(1));
}

export { REPORT_OUTPUT };

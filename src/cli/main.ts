import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FORMAT_NAMES, type FormatName } from '../formatters/names.js';
import { langFromEnv } from '../i18n/index.js';
import type { Lang } from '../model/finding.js';
import type { TableKind } from '../model/table.js';
import { parseDate } from '../parsers/date.js';
import { parseMonthOption } from '../parsers/month.js';
import { normalizeDelimiter } from '../readers/delimiter.js';
import type { CheckCommandOptions, Streams } from './check-command.js';
import { VERSION } from './version.js';

/** Each command's module loads only when it runs: `kolops --version` needs none of them. */
async function runCheck(opts: CheckCommandOptions, io: Streams): Promise<number> {
  return (await import('./check-command.js')).runCheck(opts, io);
}

interface CommonFlags {
  format: FormatName;
  config?: string;
  month?: string;
  year?: number;
  asOf?: string;
  lang?: Lang;
  maxWarnings: number;
  quiet?: boolean;
  output?: string;
  delimiter?: string;
  maxFindings?: number;
}

function intArg(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value) || n < min) throw new InvalidArgumentError(`expected an integer ≥ ${min}`);
    return n;
  };
}

function dateArg(value: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseDate(value) : null;
  if (!d?.ok) throw new InvalidArgumentError('expected YYYY-MM-DD, e.g. 2024-09-20');
  return d.iso;
}

function monthArg(value: string): string {
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

/** The options every checking command shares, declared once. */
function withCheckOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMAT_NAMES as string[]).default('text'))
    .option('-c, --config <file>', 'config file (default: kolops.config.json found from the working folder upward)')
    .option('--month <YYYY-MM>', 'month for tables whose month nothing in the workbook says', monthArg)
    .option('--year <YYYY>', 'year for dates written without one', intArg('--year', 1900))
    .option('--as-of <YYYY-MM-DD>', 'today, for deadlines (default: the run date)', dateArg)
    .addOption(new Option('--lang <lang>', 'language of messages (default: from LANG)').choices(['en', 'id']))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', intArg('--max-warnings', 0), -1)
    .option('-q, --quiet', 'report errors only')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--delimiter <char>', 'CSV delimiter instead of detecting it (",", ";", "tab", "|")', delimiterArg)
    .option('--max-findings <n>', 'text output: at most this many findings per rule per file', intArg('--max-findings', 1));
}

function toCheckOptions(paths: string[], flags: CommonFlags, env: NodeJS.ProcessEnv): CheckCommandOptions {
  return {
    paths,
    format: flags.format,
    config: flags.config,
    month: flags.month ?? null,
    year: flags.year ?? null,
    asOf: flags.asOf ?? null,
    lang: flags.lang ?? langFromEnv(env),
    maxWarnings: flags.maxWarnings,
    quiet: Boolean(flags.quiet),
    output: flags.output,
    delimiter: flags.delimiter,
    maxFindings: flags.maxFindings,
  };
}

/**
 * Parse argv, run one command, return its exit code (0 clean, 1 errors found, 2 usage
 * or config error). Never calls process.exit: bin/kolops.js sets the code.
 */
export async function main(argv: string[], io?: Partial<Streams>): Promise<number> {
  const streams: Streams = {
    stdout: io?.stdout ?? ((s) => void process.stdout.write(s)),
    stderr: io?.stderr ?? ((s) => void process.stderr.write(s)),
    isTTY: io?.isTTY ?? Boolean(process.stdout.isTTY),
    stderrIsTTY: io?.stderrIsTTY ?? (io ? false : Boolean(process.stderr.isTTY)),
    env: io?.env ?? process.env,
    cwd: io?.cwd ?? process.cwd(),
  };
  let exitCode = 0;
  const program = new Command('kolops')
    .description('Check KOL listings, posting recaps and affiliate deal lists (Excel/CSV) against the team\'s SOP.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: streams.stdout, writeErr: streams.stderr });

  withCheckOptions(
    program.command('check')
      .description('check every workbook in the given files and folders (default: the working folder)')
      .argument('[paths...]', 'files and folders'),
  ).action(async (paths: string[], flags: CommonFlags) => {
    exitCode = await runCheck(toCheckOptions(paths.length ? paths : ['.'], flags, streams.env), streams);
  });

  /** `kolops list validate`, `kolops affiliate check`: the check, over one kind of table only. */
  const checkOnly = (command: Command, kind: TableKind) => withCheckOptions(command)
    .action(async (files: string[], flags: CommonFlags) => {
      exitCode = await runCheck({ ...toCheckOptions(files, flags, streams.env), kinds: [kind] }, streams);
    });

  const list = program.command('list').description('KOL listing commands');
  checkOnly(list.command('validate')
    .description('validate KOL listings only')
    .argument('<files...>', 'listing workbooks or folders'), 'kol-listing');

  const recap = program.command('recap').description('posting recap commands');
  withCheckOptions(
    recap.command('check')
      .description('check posting recaps; --listing joins them to the KOL listings they belong to')
      .argument('<files...>', 'recap workbooks or folders')
      .option('--listing <files...>', 'KOL listing workbooks to join the recap to'),
  ).action(async (files: string[], flags: CommonFlags & { listing?: string[] }) => {
    exitCode = await runCheck({
      ...toCheckOptions([...files, ...(flags.listing ?? [])], flags, streams.env),
      kinds: ['posting-recap', 'kol-listing'],
      // The listing is read to join, not to be validated: `kolops list validate` does that.
      ruleFilter: (id) => id.startsWith('recap/') || id.startsWith('file/'),
    }, streams);
  });

  // ── more commands ──
  program.command('normalize')
    .description('add or refresh derived columns (account, status, dates, month …) beside each listing, recap and affiliate table, changing nothing else')
    .argument('<file>', 'the .xlsx workbook')
    .option('-o, --output <file>', 'write the result to a new .xlsx (refused when it exists, unless --force)')
    .option('--in-place', 'update FILE itself, keeping a copy as FILE.bak')
    .option('--no-backup', 'with --in-place: do not keep FILE.bak')
    .option('--force', 'overwrite an existing -o file, and write even where the sheet has something in the way')
    .option('-c, --config <file>', 'config file (default: kolops.config.json found from the working folder upward)')
    .option('--month <YYYY-MM>', 'month for tables whose month nothing in the workbook says', monthArg)
    .option('--year <YYYY>', 'year for dates written without one', intArg('--year', 1900))
    .addOption(new Option('--lang <lang>', 'language of messages (default: from LANG)').choices(['en', 'id']))
    .action(async (file: string, flags: Pick<CommonFlags, 'config' | 'month' | 'year' | 'lang' | 'output'> & {
      inPlace?: boolean; backup: boolean; force?: boolean;
    }) => {
      const { runNormalize } = await import('./normalize-command.js');
      exitCode = await runNormalize({
        file,
        output: flags.output,
        inPlace: Boolean(flags.inPlace),
        backup: flags.backup !== false,
        force: Boolean(flags.force),
        config: flags.config,
        month: flags.month ?? null,
        year: flags.year ?? null,
        lang: flags.lang ?? langFromEnv(streams.env),
      }, streams);
    });

  program.command('textconv')
    .description('print a workbook as stable text for git diff (diff driver: git config diff.kolops.textconv "npx kolops textconv")')
    .argument('<file>', 'workbook (.xlsx, .csv)')
    .option('--delimiter <char>', 'CSV delimiter instead of detecting it (",", ";", "tab", "|")', delimiterArg)
    .action(async (file: string, flags: { delimiter?: string }) => {
      const { runTextconv } = await import('./textconv-command.js');
      exitCode = await runTextconv({ file, delimiter: flags.delimiter }, streams);
    });

  program.command('diff')
    .description('added, removed and changed rows of KOL listings and affiliate tables, matched by account: OLD NEW, or --base REV FILE...')
    .argument('<files...>', 'OLD NEW, or with --base the workbooks to compare with that revision')
    .option('--base <rev>', 'compare each FILE with its version at this git revision (e.g. origin/main, HEAD)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--exit-code', 'exit 1 when some row differs (like git diff --exit-code)')
    .option('-c, --config <file>', 'config file (default: kolops.config.json found from the working folder upward)')
    .option('--year <YYYY>', 'year for dates written without one', intArg('--year', 1900))
    .addOption(new Option('--lang <lang>', 'language of the output (default: from LANG)').choices(['en', 'id']))
    .option('-o, --output <file>', 'write the diff to a file instead of stdout')
    .option('--delimiter <char>', 'CSV delimiter instead of detecting it (",", ";", "tab", "|")', delimiterArg)
    .action(async (files: string[], flags: Pick<CommonFlags, 'config' | 'year' | 'lang' | 'output' | 'delimiter'> & {
      base?: string; format: 'text' | 'markdown' | 'json'; exitCode?: boolean;
    }) => {
      const { runDiff } = await import('./diff-command.js');
      exitCode = await runDiff({
        paths: files,
        base: flags.base,
        format: flags.format,
        config: flags.config,
        lang: flags.lang ?? langFromEnv(streams.env),
        exitCode: Boolean(flags.exitCode),
        output: flags.output,
        delimiter: flags.delimiter,
        year: flags.year ?? null,
      }, streams);
    });

  program.command('init')
    .description('start a workbook folder: kolops.config.json with the SOP defaults and three templates (KOL listing, posting recap, affiliate deals); never overwrites a file')
    .argument('[dir]', 'the folder to start (created when missing)', '.')
    .addOption(new Option('--lang <lang>', 'language of the templates\' headers and notes (default: from LANG)').choices(['en', 'id']))
    .option('--month <YYYY-MM>', 'month the templates\' sheets are named after (default: this month)', monthArg)
    .action(async (dir: string, flags: { lang?: Lang; month?: string }) => {
      const { runInit } = await import('./init-command.js');
      exitCode = await runInit({ dir, lang: flags.lang ?? langFromEnv(streams.env), month: flags.month ?? null }, streams);
    });

  const report = program.command('report').description('report commands');
  report.command('monthly')
    .description('the month-end report: target met, who posted, who is late, tier mix, affiliate funnel, against last month')
    .argument('[paths...]', 'files and folders (default: the working folder)')
    .requiredOption('--month <YYYY-MM>', 'the month to report', monthArg)
    .option('-o, --output <file>', 'write the report to a file; its extension picks the format: .xlsx, .md, .html, .json')
    .addOption(new Option('-f, --format <format>', 'without -o: json prints the report JSON on stdout, text the terminal summary').choices(['text', 'json']))
    .option('--include-contact', 'include KOL addresses and phone numbers (personal data, UU PDP)')
    .option('--force', 'overwrite the output file when it exists')
    .option('-c, --config <file>', 'config file (default: kolops.config.json found from the working folder upward)')
    .option('--year <YYYY>', 'year for dates written without one', intArg('--year', 1900))
    .option('--as-of <YYYY-MM-DD>', 'today, for deadlines (default: the run date)', dateArg)
    .addOption(new Option('--lang <lang>', 'language of the report (default: from LANG)').choices(['en', 'id']))
    .option('--delimiter <char>', 'CSV delimiter of input files instead of detecting it (",", ";", "tab", "|")', delimiterArg)
    .action(async (paths: string[], flags: Pick<CommonFlags, 'config' | 'year' | 'asOf' | 'lang' | 'output' | 'delimiter'> & {
      month: string; format?: 'text' | 'json'; includeContact?: boolean; force?: boolean;
    }) => {
      const { runReport } = await import('./report-command.js');
      exitCode = await runReport({
        paths: paths.length ? paths : ['.'],
        month: flags.month,
        output: flags.output,
        format: flags.format,
        includeContact: Boolean(flags.includeContact),
        force: Boolean(flags.force),
        config: flags.config,
        year: flags.year ?? null,
        asOf: flags.asOf ?? null,
        lang: flags.lang ?? langFromEnv(streams.env),
        delimiter: flags.delimiter,
      }, streams);
    });

  const affiliate = program.command('affiliate').description('affiliate deal list commands');
  checkOnly(affiliate.command('check')
    .description('check affiliate deal lists only (block layout "Gambar 3.4" and the long layout)')
    .argument('<files...>', 'affiliate workbooks or folders'), 'affiliate-deals');

  program.command('chase')
    .description('the follow-up list: agreed KOLs who have not posted, with a deadline or follow-up due soon, or ghosted')
    .argument('[paths...]', 'files and folders (default: the working folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
    .option('-c, --config <file>', 'config file (default: kolops.config.json found from the working folder upward)')
    .option('--month <YYYY-MM>', 'month for tables whose month nothing in the workbook says', monthArg)
    .option('--year <YYYY>', 'year for dates written without one', intArg('--year', 1900))
    .option('--as-of <YYYY-MM-DD>', 'today, for deadlines and follow-ups (default: the run date)', dateArg)
    .option('--within <days>', 'list deadlines and follow-ups due within this many days', intArg('--within', 0), 3)
    .addOption(new Option('--lang <lang>', 'language of messages (default: from LANG)').choices(['en', 'id']))
    .option('-o, --output <file>', 'write the list to a file instead of stdout')
    .option('--delimiter <char>', 'CSV delimiter of input files instead of detecting it (",", ";", "tab", "|")', delimiterArg)
    .action(async (paths: string[], flags: Omit<CommonFlags, 'format' | 'maxWarnings'> & { format: 'text' | 'json' | 'csv'; within: number }) => {
      const { runChase } = await import('./chase-command.js');
      exitCode = await runChase({
        paths: paths.length ? paths : ['.'],
        format: flags.format,
        config: flags.config,
        month: flags.month ?? null,
        year: flags.year ?? null,
        asOf: flags.asOf ?? null,
        within: flags.within,
        lang: flags.lang ?? langFromEnv(streams.env),
        output: flags.output,
        delimiter: flags.delimiter,
      }, streams);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return err.exitCode === 0 ? 0 : 2;
    }
    throw err;
  }
  return exitCode;
}

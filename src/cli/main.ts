import { Command, CommanderError, Option } from 'commander';
import type { FormatName } from '../formatters/names.js';
import { langFromEnv, t } from '../i18n/index.js';
import type { Lang } from '../model/finding.js';
import type { TableKind } from '../model/table.js';
import type { CheckCommandOptions, Streams } from './check-command.js';
import { asOfOption, checkOptions, contextOption, delimiterOption, intArg, monthArg, monthOption, outputOptions, readOptions, REPORT_OUTPUT } from './options.js';
import { VERSION } from './version.js';

/** The flags every reading command may have; each command declares the groups it takes (options.ts). */
interface ReadFlags {
  config?: string;
  year?: number;
  lang?: Lang;
  delimiter?: string;
  month?: string;
  asOf?: string;
  output?: string;
  force?: boolean;
  context?: string[];
}

interface CheckFlags extends ReadFlags {
  format: FormatName;
  maxWarnings: number;
  quiet?: boolean;
  maxFindings?: number;
  baseline?: string;
  suppressAll?: boolean;
  suppressMonth?: string;
  pruneSuppressions?: boolean;
}

/** Each command's module loads only when it runs: `kolops --version` needs none of them. */
async function runCheck(opts: CheckCommandOptions, io: Streams): Promise<number> {
  return (await import('./check-command.js')).runCheck(opts, io);
}

function toCheckOptions(paths: string[], flags: CheckFlags, env: NodeJS.ProcessEnv): CheckCommandOptions {
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
    force: Boolean(flags.force),
    delimiter: flags.delimiter,
    maxFindings: flags.maxFindings,
    context: flags.context ?? [],
    baseline: flags.baseline,
    suppressAll: Boolean(flags.suppressAll),
    suppressMonth: flags.suppressMonth,
    pruneSuppressions: Boolean(flags.pruneSuppressions),
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
    progressDelayMs: io?.progressDelayMs,
    env: io?.env ?? process.env,
    cwd: io?.cwd ?? process.cwd(),
  };
  const lang = (flags: { lang?: Lang }) => flags.lang ?? langFromEnv(streams.env);
  let exitCode = 0;
  const program = new Command('kolops')
    .description('Check KOL listings, posting recaps and affiliate deal lists (Excel/CSV) against the team\'s SOP.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: streams.stdout, writeErr: streams.stderr });

  /**
   * `check` and the kind-only checks share one action: the kinds (and so the rules) are
   * the only difference. `--context` with no path to check is refused: `--context a b`
   * takes every path after it, and checking the whole folder instead is not what was meant.
   */
  const checkAction = (kinds?: TableKind[], extra?: (flags: CheckFlags & { listing?: string[] }) => string[]) =>
    async (paths: string[], flags: CheckFlags & { listing?: string[] }) => {
      if (flags.context?.length && paths.length === 0) {
        streams.stderr(`kolops: ${t('cli:context-without-paths', lang(flags))}\n`);
        exitCode = 2;
        return;
      }
      const opts = toCheckOptions(paths.length ? paths : ['.'], flags, streams.env);
      exitCode = await runCheck({ ...opts, kinds, context: [...(opts.context ?? []), ...(extra?.(flags) ?? [])] }, streams);
    };

  checkOptions(program.command('check')
    .description('check every workbook in the given files and folders (default: the working folder)')
    .argument('[paths...]', 'files and folders'))
    .action(checkAction());

  const list = program.command('list').description('KOL listing commands');
  checkOptions(list.command('validate')
    .description('validate KOL listings only (recaps beside them are read for the posting join)')
    .argument('<files...>', 'listing workbooks or folders'))
    .action(checkAction(['kol-listing']));

  const recap = program.command('recap').description('posting recap commands');
  checkOptions(recap.command('check')
    .description('check posting recaps; --listing (like --context) reads the KOL listings they belong to')
    .argument('<files...>', 'recap workbooks or folders')
    .option('--listing <files...>', 'KOL listing workbooks to join the recap to (read, not validated)'))
    .action(checkAction(['posting-recap'], (flags) => flags.listing ?? []));

  const affiliate = program.command('affiliate').description('affiliate deal list commands');
  checkOptions(affiliate.command('check')
    .description('check affiliate deal lists only (block layout "Gambar 3.4" and the long layout)')
    .argument('<files...>', 'affiliate workbooks or folders'))
    .action(checkAction(['affiliate-deals']));

  const describe = program.command('describe')
    .description('what kolops understood of every table: its kind and why, each header and the column it was read as, month and brand and where each came from')
    .argument('[paths...]', 'files and folders (default: the working folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'));
  outputOptions(monthOption(readOptions(describe)), REPORT_OUTPUT)
    .action(async (paths: string[], flags: ReadFlags & { format: 'text' | 'json' }) => {
      const { runDescribe } = await import('./describe-command.js');
      exitCode = await runDescribe({
        paths: paths.length ? paths : ['.'], format: flags.format, config: flags.config, month: flags.month ?? null,
        year: flags.year ?? null, lang: lang(flags), delimiter: flags.delimiter, output: flags.output, force: Boolean(flags.force),
      }, streams);
    });

  const normalize = program.command('normalize')
    .description('add or refresh derived columns (account, status, dates, month …) beside each listing, recap and affiliate table, changing nothing else')
    .argument('<file>', 'the .xlsx workbook')
    .option('-o, --output <file>', 'write the result to a new .xlsx (refused when it exists, unless --force)')
    .option('--in-place', 'update FILE itself, keeping a copy as FILE.bak')
    .option('--no-backup', 'with --in-place: do not keep FILE.bak')
    .option('--force', 'overwrite an existing -o file, and write even where the sheet has something in the way');
  monthOption(readOptions(normalize))
    .action(async (file: string, flags: ReadFlags & { inPlace?: boolean; backup: boolean }) => {
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
        lang: lang(flags),
      }, streams);
    });

  program.command('textconv')
    .description('print a workbook as stable text for git diff (diff driver: git config diff.kolops.textconv "npx kolops textconv")')
    .argument('<file>', 'workbook (.xlsx, .csv)')
    .addOption(delimiterOption())
    .action(async (file: string, flags: { delimiter?: string }) => {
      const { runTextconv } = await import('./textconv-command.js');
      exitCode = await runTextconv({ file, delimiter: flags.delimiter }, streams);
    });

  const diff = program.command('diff')
    .description('added, removed and changed rows of KOL listings and affiliate tables, matched by account: OLD NEW, or --base REV FILE...')
    .argument('<files...>', 'OLD NEW, or with --base the workbooks to compare with that revision')
    .option('--base <rev>', 'compare each FILE with its version at this git revision (e.g. origin/main, HEAD)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option('--exit-code', 'exit 1 when some row differs (like git diff --exit-code)');
  outputOptions(readOptions(diff, { lang: 'language of the output (default: from LANG)' }), REPORT_OUTPUT)
    .action(async (files: string[], flags: ReadFlags & { base?: string; format: 'text' | 'markdown' | 'json'; exitCode?: boolean }) => {
      const { runDiff } = await import('./diff-command.js');
      exitCode = await runDiff({
        paths: files,
        base: flags.base,
        format: flags.format,
        config: flags.config,
        lang: lang(flags),
        exitCode: Boolean(flags.exitCode),
        output: flags.output,
        force: Boolean(flags.force),
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
      exitCode = await runInit({ dir, lang: lang(flags), month: flags.month ?? null }, streams);
    });

  const report = program.command('report').description('report commands');
  const monthly = report.command('monthly')
    .description('the month-end report: target met, who posted, who is late, tier mix, affiliate funnel, against last month')
    .argument('[paths...]', 'files and folders (default: the working folder)')
    .requiredOption('--month <YYYY-MM>', 'the month to report', monthArg)
    .addOption(new Option('-f, --format <format>', 'without -o: json prints the report JSON on stdout, text the terminal summary').choices(['text', 'json']))
    .option('--include-contact', 'include KOL addresses and phone numbers (personal data, UU PDP)');
  outputOptions(asOfOption(readOptions(monthly, { lang: 'language of the report (default: from LANG)' })), {
    output: 'write the report to a file; its extension picks the format: .xlsx, .md, .html, .json',
    force: 'overwrite the output file when it exists',
  }).action(async (paths: string[], flags: ReadFlags & { month: string; format?: 'text' | 'json'; includeContact?: boolean }) => {
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
      lang: lang(flags),
      delimiter: flags.delimiter,
    }, streams);
  });

  const chase = program.command('chase')
    .description('the follow-up list: agreed KOLs who have not posted, with a deadline or follow-up due soon, or ghosted')
    .argument('[paths...]', 'files and folders (default: the working folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'csv']).default('text'))
    .option('--within <days>', 'list deadlines and follow-ups due within this many days', intArg(0), 3);
  outputOptions(contextOption(asOfOption(monthOption(readOptions(chase)), 'today, for deadlines and follow-ups (default: the run date)')), REPORT_OUTPUT)
    .action(async (paths: string[], flags: ReadFlags & { format: 'text' | 'json' | 'csv'; within: number }) => {
      const { runChase } = await import('./chase-command.js');
      exitCode = await runChase({
        paths: paths.length ? paths : ['.'],
        format: flags.format,
        config: flags.config,
        month: flags.month ?? null,
        year: flags.year ?? null,
        asOf: flags.asOf ?? null,
        within: flags.within,
        lang: lang(flags),
        output: flags.output,
        force: Boolean(flags.force),
        delimiter: flags.delimiter,
        context: flags.context ?? [],
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

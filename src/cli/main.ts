import { Command, CommanderError } from 'commander';
import { takeFullScratchFolders } from '../collections/scratch-file.js';
import type { FormatName } from '../formatters/names.js';
import { t, type Lang } from '../i18n/index.js';
import type { TableKind } from '../model/table.js';
import type { ReportFormatFlag } from '../report/render/index.js';
import type { CheckCommandOptions, Streams } from './check-command.js';
import { helpConfiguration, type HelpKey } from './messages/help.js';
import type { ReportReadOptions } from './report-run.js';
import { usageErrorText } from './messages/usage.js';
import { argvLang, langAt } from './messages/words.js';
import { asOfOption, checkOptions, contextOption, delimiterOption, formatOption, intArg, langOption, monthArg, monthOption, outputOptions, readOptions } from './options.js';
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

function toCheckOptions(paths: string[], flags: CheckFlags, lang: Lang): CheckCommandOptions {
  return {
    paths,
    format: flags.format,
    config: flags.config,
    month: flags.month ?? null,
    year: flags.year ?? null,
    asOf: flags.asOf ?? null,
    lang,
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
 * `--lang TAG` where the command has no `--lang` (before the command's name, after a
 * command group such as `kolops list`, or `textconv`): it has set the language of help
 * and errors (argvLang), so it is taken out instead of being an unknown option.
 */
function withoutStrayLang(argv: readonly string[], program: Command): string[] {
  let cmd = program;
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return [...out, ...argv.slice(i)];
    if (langAt(argv, i) !== null && !cmd.options.some((o) => o.long === '--lang')) {
      if (arg === '--lang') i++;
      continue;
    }
    cmd = cmd.commands.find((c) => c.name() === arg) ?? cmd;
    out.push(arg);
  }
  return out;
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
  // Help and usage errors are printed while commander parses: their language is read from argv first.
  const words = argvLang(argv, streams.env);
  const lang = (flags: { lang?: Lang }) => flags.lang ?? words;
  const h = (key: HelpKey) => t(key, words);
  let exitCode = 0;
  /** What commander would have printed for a usage error; printed in `words` after it throws. */
  let commanderSaid: string | null = null;
  const program = new Command('kolops')
    .description(h('cli-help:program'))
    .version(VERSION, '-v, --version', h('cli-help:version'))
    .helpOption('-h, --help', h('cli-help:help'))
    .helpCommand('help [command]', h('cli-help:help'))
    .configureHelp(helpConfiguration(words))
    .exitOverride()
    .configureOutput({ writeOut: streams.stdout, writeErr: streams.stderr, outputError: (said) => { commanderSaid = said; } });

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
      const opts = toCheckOptions(paths.length ? paths : ['.'], flags, lang(flags));
      exitCode = await runCheck({ ...opts, kinds, context: [...(opts.context ?? []), ...(extra?.(flags) ?? [])] }, streams);
    };

  checkOptions(program.command('check')
    .description(h('cli-help:check'))
    .argument('[paths...]', h('cli-help:check:paths')), words)
    .action(checkAction());

  const list = program.command('list').description(h('cli-help:list'));
  checkOptions(list.command('validate')
    .description(h('cli-help:list validate'))
    .argument('<files...>', h('cli-help:list validate:files')), words)
    .action(checkAction(['kol-listing']));

  const recap = program.command('recap').description(h('cli-help:recap'));
  checkOptions(recap.command('check')
    .description(h('cli-help:recap check'))
    .argument('<files...>', h('cli-help:recap check:files'))
    .option('--listing <files...>', h('cli-help:recap check --listing')), words)
    .action(checkAction(['posting-recap'], (flags) => flags.listing ?? []));

  const affiliate = program.command('affiliate').description(h('cli-help:affiliate'));
  checkOptions(affiliate.command('check')
    .description(h('cli-help:affiliate check'))
    .argument('<files...>', h('cli-help:affiliate check:files')), words)
    .action(checkAction(['affiliate-deals']));

  const calendar = program.command('calendar').description(h('cli-help:calendar'));
  checkOptions(calendar.command('check')
    .description(h('cli-help:calendar check'))
    .argument('<files...>', h('cli-help:calendar check:files')), words)
    .action(checkAction(['content-calendar']));

  const describe = program.command('describe')
    .description(h('cli-help:describe'))
    .argument('[paths...]', h('cli-help:paths-default'))
    .addOption(formatOption(words, ['text', 'json'], 'text'));
  outputOptions(monthOption(readOptions(describe, words), words), words)
    .action(async (paths: string[], flags: ReadFlags & { format: 'text' | 'json' }) => {
      const { runDescribe } = await import('./describe-command.js');
      exitCode = await runDescribe({
        paths: paths.length ? paths : ['.'], format: flags.format, config: flags.config, month: flags.month ?? null,
        year: flags.year ?? null, lang: lang(flags), delimiter: flags.delimiter, output: flags.output, force: Boolean(flags.force),
      }, streams);
    });

  const normalize = program.command('normalize')
    .description(h('cli-help:normalize'))
    .argument('<file>', h('cli-help:normalize:file'))
    .option('-o, --output <file>', h('cli-help:normalize --output'))
    .option('--in-place', h('cli-help:normalize --in-place'))
    .option('--no-backup', h('cli-help:normalize --no-backup'))
    .option('--force', h('cli-help:normalize --force'));
  monthOption(readOptions(normalize, words), words)
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
    .description(h('cli-help:textconv'))
    .argument('<file>', h('cli-help:textconv:file'))
    .addOption(delimiterOption(words))
    .action(async (file: string, flags: { delimiter?: string }) => {
      const { runTextconv } = await import('./textconv-command.js');
      exitCode = await runTextconv({ file, delimiter: flags.delimiter, lang: words }, streams);
    });

  const diff = program.command('diff')
    .description(h('cli-help:diff'))
    .argument('<files...>', h('cli-help:diff:files'))
    .option('--base <rev>', h('cli-help:diff --base'))
    .addOption(formatOption(words, ['text', 'markdown', 'json'], 'text'))
    .option('--exit-code', h('cli-help:diff --exit-code'));
  outputOptions(readOptions(diff, words, { lang: 'cli-help:diff --lang' }), words)
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
    .description(h('cli-help:init'))
    .argument('[dir]', h('cli-help:init:dir'), '.')
    .addOption(langOption(words, 'cli-help:init --lang'))
    .option('--month <YYYY-MM>', h('cli-help:init --month'), monthArg(words))
    .action(async (dir: string, flags: { lang?: Lang; month?: string }) => {
      const { runInit } = await import('./init-command.js');
      exitCode = await runInit({ dir, lang: lang(flags), month: flags.month ?? null }, streams);
    });

  const report = program.command('report').description(h('cli-help:report'));
  /** The read and output options both reports take, and the options they read the workbooks with. */
  const reportOptions = (cmd: Command, output: HelpKey) =>
    outputOptions(asOfOption(readOptions(cmd, words, { lang: 'cli-help:report monthly --lang' }), words), words, { output, force: 'cli-help:report monthly --force' });
  const reportRead = (paths: string[], flags: ReadFlags & { format?: ReportFormatFlag }): ReportReadOptions => ({
    paths: paths.length ? paths : ['.'],
    output: flags.output,
    format: flags.format,
    force: Boolean(flags.force),
    config: flags.config,
    year: flags.year ?? null,
    asOf: flags.asOf ?? null,
    lang: lang(flags),
    delimiter: flags.delimiter,
  });

  const monthly = report.command('monthly')
    .description(h('cli-help:report monthly'))
    .argument('[paths...]', h('cli-help:paths-default'))
    .requiredOption('--month <YYYY-MM>', h('cli-help:report monthly --month'), monthArg(words))
    .addOption(formatOption(words, ['text', 'json', 'chat'], undefined, 'cli-help:report monthly --format'))
    .option('--include-contact', h('cli-help:report monthly --include-contact'));
  reportOptions(monthly, 'cli-help:report monthly --output')
    .action(async (paths: string[], flags: ReadFlags & { month: string; format?: 'text' | 'json' | 'chat'; includeContact?: boolean }) => {
      const { runReport } = await import('./report-command.js');
      exitCode = await runReport({ ...reportRead(paths, flags), month: flags.month, includeContact: Boolean(flags.includeContact) }, streams);
    });

  const range = report.command('range')
    .description(h('cli-help:report range'))
    .argument('[paths...]', h('cli-help:paths-default'))
    .requiredOption('--from <YYYY-MM>', h('cli-help:report range --from'), monthArg(words))
    .requiredOption('--to <YYYY-MM>', h('cli-help:report range --to'), monthArg(words))
    .addOption(formatOption(words, ['text', 'json'], undefined, 'cli-help:report range --format'));
  reportOptions(range, 'cli-help:report range --output')
    .action(async (paths: string[], flags: ReadFlags & { from: string; to: string; format?: 'text' | 'json' }) => {
      const { runReportRange } = await import('./report-range-command.js');
      exitCode = await runReportRange({ ...reportRead(paths, flags), from: flags.from, to: flags.to }, streams);
    });

  const chase = program.command('chase')
    .description(h('cli-help:chase'))
    .argument('[paths...]', h('cli-help:paths-default'))
    .addOption(formatOption(words, ['text', 'json', 'csv'], 'text'))
    .option('--within <days>', h('cli-help:chase --within'), intArg(0, words), 3);
  outputOptions(contextOption(asOfOption(monthOption(readOptions(chase, words), words), words, 'cli-help:chase --as-of'), words), words)
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
    await program.parseAsync(withoutStrayLang(argv, program), { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0; a usage error is exit 2, said in `words`.
      if (err.exitCode === 0) return 0;
      if (commanderSaid !== null) streams.stderr(usageErrorText(err, commanderSaid, words));
      return 2;
    }
    throw err;
  }
  for (const folder of takeFullScratchFolders()) streams.stderr(`kolops: ${t('cli:scratch-full', words, { folder })}\n`);
  return exitCode;
}

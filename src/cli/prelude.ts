import { dirname, resolve } from 'node:path';
import { ConfigError, ConfigResolver, resolveConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { RunGroup } from '../engine/run.js';
import { collectFiles } from '../engine/walk.js';
import { displayPath } from '../formatters/shared.js';
import { t, type Lang } from '../i18n/index.js';
import type { Streams } from './check-command.js';
import { configErrorLine } from './messages/config.js';

/** Files that share one config: checked in one engine run, so their joins see each other. */
export interface ConfigGroup extends RunGroup {
  explicit: Set<string>;
}

export interface Prelude {
  groups: ConfigGroup[];
  /** Every file reported on, in walk order, over all groups. */
  files: string[];
  /** Every file this run reads (workbooks, context, configs): never a place to write output. */
  inputs: string[];
}

export interface PreludeOptions {
  config?: string;
  paths: string[];
  /** `--context PATH...`: read for the joins, not reported. */
  context?: string[];
  lang: Lang;
}

/**
 * What every workbook command does first: expand the paths into workbook files, find
 * each file's config (the nearest kolops.config.json above it, or `--config` for all)
 * and group the files by it. Null means "exit 2 now", after one line on stderr: a path
 * that does not exist (nothing is checked, so no summary can look complete), or a
 * config that cannot be used.
 */
export async function prelude(opts: PreludeOptions, io: Streams): Promise<Prelude | null> {
  const walked = await collectFiles(opts.paths.map((p) => resolve(io.cwd, p)));
  const contextWalk = await collectFiles((opts.context ?? []).map((p) => resolve(io.cwd, p)));
  const missing = [...walked.missing, ...contextWalk.missing];
  if (missing.length > 0) {
    for (const m of missing) io.stderr(`kolops: ${t('cli:path-missing', opts.lang, { path: displayPath(m, io.cwd) })}\n`);
    return null;
  }
  const resolver = new ConfigResolver(opts.config, io.cwd);
  const groups = new Map<string | null, ConfigGroup>();
  const groupOf = async (path: string): Promise<ConfigGroup> => {
    const file = resolver.fileFor(path);
    let g = groups.get(file);
    if (!g) {
      const config = await resolver.load(file);
      groups.set(file, (g = { config, configFile: file, files: [], context: [], issues: [], explicit: new Set(), folders: [] }));
    }
    return g;
  };
  try {
    for (const f of walked.files) {
      const g = await groupOf(f);
      g.files.push(f);
      if (walked.explicit.has(f)) g.explicit.add(f);
    }
    for (const issue of walked.issues) (await groupOf(issue.path)).issues.push(issue);
    for (const folder of walked.folders) (await groupOf(folder)).folders.push(folder);
    // Context joins the group of its own config: joins happen among files read the same way.
    for (const f of contextWalk.files) {
      const g = groups.get(resolver.fileFor(f));
      if (g) g.context.push(f);
    }
    for (const g of groups.values()) await addConfigContext(g);
  } catch (err) {
    if (err instanceof ConfigError) return sayConfigError(err, opts.lang, io);
    throw err;
  }

  if (walked.files.length === 0 && walked.issues.length === 0) {
    io.stderr(`kolops: ${t('cli:no-workbooks', opts.lang, { paths: opts.paths.join(', ') })}\n`);
  }
  const all = [...groups.values()];
  const configFiles = all.map((g) => g.configFile).filter((f): f is string => f !== null);
  return {
    groups: all,
    files: walked.files,
    inputs: [...walked.files, ...all.flatMap((g) => g.context), ...configFiles],
  };
}

/** The config's own `context` paths, relative to the config file, walked once per config. */
async function addConfigContext(g: ConfigGroup): Promise<void> {
  if (g.configFile === null || g.config.context.length === 0) return;
  const base = dirname(g.configFile);
  const walked = await collectFiles(g.config.context.map((p) => resolve(base, p)));
  const have = new Set([...g.files, ...g.context]);
  for (const f of walked.files) if (!have.has(f)) g.context.push(f);
  // A context folder that cannot be read leaves the joins short: that is said, not skipped.
  g.issues.push(...walked.issues);
  for (const m of walked.missing) {
    throw new ConfigError(g.configFile, 'invalid', 'context', `an existing file or folder (${m} does not exist)`, { kind: 'missing-path', path: m });
  }
}

function sayConfigError(err: ConfigError, lang: Lang, io: Streams): null {
  io.stderr(`kolops: ${configErrorLine(err, lang)}\n`);
  return null;
}

/**
 * The one config of a command that reads its files as one whole (the monthly report, a
 * diff): the nearest config of the folder the paths share, or `--config`.
 */
export async function loadConfig(opts: { config?: string; paths: string[]; lang: Lang }, io: Streams): Promise<Config | null> {
  try {
    return (await resolveConfig(opts.config, io.cwd, opts.paths)).config;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return sayConfigError(err, opts.lang, io);
  }
}

/** Colours only for text on a terminal without NO_COLOR, or when FORCE_COLOR asks. */
export function useColor(opts: { output?: string; format: string }, io: Streams): boolean {
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return !opts.output && opts.format === 'text' && io.isTTY && !io.env.NO_COLOR;
}

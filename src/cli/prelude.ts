import { resolve } from 'node:path';
import { ConfigError, resolveConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { collectFiles } from '../engine/walk.js';
import { t } from '../i18n/index.js';
import type { Lang } from '../model/finding.js';
import type { Streams } from './check-command.js';

export interface Prelude {
  config: Config;
  files: string[];
  /** Paths given that do not exist: reported already; the command exits 2 after doing the rest. */
  missing: string[];
}

/**
 * What every workbook command does first: load the config (a bad one is exit 2, said in
 * one line) and expand the paths into workbook files, saying which paths do not exist
 * and when a folder holds no workbook at all. Null means "exit 2 now".
 */
export async function prelude(opts: { config?: string; paths: string[]; lang: Lang }, io: Streams): Promise<Prelude | null> {
  const config = await loadConfig(opts, io);
  if (!config) return null;
  const walked = await collectFiles(opts.paths.map((p) => resolve(io.cwd, p)));
  for (const m of walked.missing) io.stderr(`kolops: ${t('cli:path-missing', opts.lang, { path: m })}\n`);
  if (walked.files.length === 0 && walked.missing.length < opts.paths.length) {
    io.stderr(`kolops: ${t('cli:no-workbooks', opts.lang, { paths: opts.paths.join(', ') })}\n`);
  }
  return { config, files: walked.files, missing: walked.missing };
}

/** The config for these paths, or null after saying in one line why it cannot be used (exit 2). */
export async function loadConfig(opts: { config?: string; paths: string[]; lang: Lang }, io: Streams): Promise<Config | null> {
  try {
    return (await resolveConfig(opts.config, io.cwd, opts.paths)).config;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    const key = err.kind === 'invalid' ? 'cli:config-invalid' : 'cli:config-unreadable';
    io.stderr(`kolops: ${t(key, opts.lang, { file: err.file, path: err.keyPath, expected: err.expected, detail: err.expected })}\n`);
    return null;
  }
}

/** Colours only for text on a terminal without NO_COLOR, or when FORCE_COLOR asks. */
export function useColor(opts: { output?: string; format: string }, io: Streams): boolean {
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return !opts.output && opts.format === 'text' && io.isTTY && !io.env.NO_COLOR;
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import type * as z from 'zod/mini';
import { defaultConfig } from './defaults.js';
import type { Config } from './schema.js';

export const CONFIG_FILE_NAME = 'kolops.config.json';

/**
 * What was wrong with a config, as data: the CLI words it in the user's language
 * (src/cli/messages/config.ts); `ConfigError.expected` is the English of it.
 */
export type ConfigReason =
  | { kind: 'schema'; issue: z.core.$ZodIssue }
  | { kind: 'json'; message: string; line: number | null; column: number | null }
  | { kind: 'system'; code: string }
  | { kind: 'missing-path'; path: string };

/** A config problem: the CLI turns it into exit code 2. `path` is the JSON key path. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly kind: 'invalid' | 'unreadable',
    readonly keyPath: string,
    readonly expected: string,
    readonly reason?: ConfigReason,
  ) {
    super(`${file}: ${keyPath}: ${expected}`);
    this.name = 'ConfigError';
  }
}

/** `kolops.config.json` in `from` or the nearest folder above it, else null. */
export function findConfigFile(from: string): string | null {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Validate a parsed JSON value; the first issue names its key path (`listing.monthlyTarget`).
 * The schema (and zod) is loaded here, only when there is a config file to read.
 */
export async function parseConfig(value: unknown, file: string): Promise<Config> {
  const { configSchema } = await import('./schema.js');
  // The value an issue is about is kept (reportInput), so the message can say what was written instead.
  const parsed = configSchema.safeParse(value, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const keyPath = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  throw new ConfigError(file, 'invalid', keyPath, issue.message, { kind: 'schema', issue });
}

export async function loadConfigFile(file: string): Promise<Config> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new ConfigError(file, 'unreadable', '(file)', code, { kind: 'system', code });
  }
  let json: unknown;
  const body = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(body);
  } catch (err) {
    const message = (err as Error).message;
    throw new ConfigError(file, 'invalid', '(json)', `valid JSON (${message})`, { kind: 'json', message, ...jsonPosition(body, message) });
  }
  return parseConfig(json, file);
}

/** Line and column (1-based) of the "at position N" JSON.parse names, when it names one. */
function jsonPosition(text: string, message: string): { line: number | null; column: number | null } {
  const at = /at position (\d+)/.exec(message);
  if (!at) return { line: null, column: null };
  const before = text.slice(0, Number(at[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/**
 * `--config FILE` wins; else the nearest kolops.config.json from the folder the checked
 * paths share, upward (so `kolops check examples/` uses `examples/kolops.config.json`);
 * else from `cwd` upward; else the SOP defaults.
 */
export async function resolveConfig(explicit: string | undefined, cwd: string, paths: readonly string[] = []): Promise<{ config: Config; file: string | null }> {
  if (explicit) return { config: await loadConfigFile(resolve(cwd, explicit)), file: resolve(cwd, explicit) };
  const found = (paths.length ? findConfigFile(commonFolder(paths.map((p) => resolve(cwd, p)))) : null) ?? findConfigFile(cwd);
  if (found) return { config: await loadConfigFile(found), file: found };
  return { config: defaultConfig(), file: null };
}

/**
 * The config of each path: `--config FILE` for all, else the nearest kolops.config.json
 * from the path's own folder upward (as ESLint and EditorConfig look), else from `cwd`
 * upward, else the SOP defaults. Folders and parsed files are looked up once each.
 */
export class ConfigResolver {
  private readonly byDir = new Map<string, string | null>();
  private readonly parsed = new Map<string, Promise<Config>>();
  private fallback: Config | null = null;

  constructor(private readonly explicit: string | undefined, private readonly cwd: string) {}

  /** The config file a path uses, or null for the built-in defaults. */
  fileFor(path: string): string | null {
    if (this.explicit) return resolve(this.cwd, this.explicit);
    const abs = resolve(this.cwd, path);
    const dir = existsSync(abs) && statSync(abs).isDirectory() ? abs : dirname(abs);
    let found = this.byDir.get(dir);
    if (found === undefined) {
      found = findConfigFile(dir) ?? findConfigFile(this.cwd);
      this.byDir.set(dir, found);
    }
    return found;
  }

  /** The parsed config of a file from `fileFor`; throws ConfigError. */
  async load(file: string | null): Promise<Config> {
    if (file === null) return (this.fallback ??= defaultConfig());
    let p = this.parsed.get(file);
    if (!p) this.parsed.set(file, (p = loadConfigFile(file)));
    return p;
  }
}

/** The deepest folder holding every path (a file counts by its folder). */
function commonFolder(paths: readonly string[]): string {
  const folders = paths.map((p) => (existsSync(p) && statSync(p).isDirectory() ? p : dirname(p)));
  let common = folders[0]!;
  for (const f of folders.slice(1)) {
    while (!(f === common || f.startsWith(common.endsWith(sep) ? common : common + sep))) {
      const parent = dirname(common);
      if (parent === common) break;
      common = parent;
    }
  }
  return common;
}

/**
 * What the operating system's error codes mean for the person at the terminal: what
 * happened and what to do, naming the file, in the language of the run (the words are in
 * system-words.ts). kolops never prints `EACCES: permission denied, open '…'` as the system
 * wrote it.
 */
import { dirname } from 'node:path';
import { t, type Lang } from '../../i18n/index.js';
import type { systemMessages } from './system-words.js';

/** Reading a file kolops needs (a config, a baseline), or writing one (-o, normalize, init). */
export type FileOp = 'read' | 'write';

type SystemKey = keyof typeof systemMessages;

interface Sentence {
  /** What happened to the file the line names (its folder is `{dir}`). */
  what: SystemKey;
  /** What to do about it. */
  todo: SystemKey;
}

/** The same whether kolops was reading or writing. */
const EITHER: Readonly<Record<string, Sentence>> = {
  ENOSPC: { what: 'cli-system:ENOSPC', todo: 'cli-system:free-space' },
  EDQUOT: { what: 'cli-system:EDQUOT', todo: 'cli-system:free-space' },
  EROFS: { what: 'cli-system:EROFS', todo: 'cli-system:EROFS-todo' },
  EMFILE: { what: 'cli-system:EMFILE', todo: 'cli-system:fewer-files' },
  ENFILE: { what: 'cli-system:ENFILE', todo: 'cli-system:fewer-files' },
  EBUSY: { what: 'cli-system:EBUSY', todo: 'cli-system:EBUSY-todo' },
  ENOTDIR: { what: 'cli-system:ENOTDIR', todo: 'cli-system:ENOTDIR-todo' },
  ENAMETOOLONG: { what: 'cli-system:ENAMETOOLONG', todo: 'cli-system:ENAMETOOLONG-todo' },
  ELOOP: { what: 'cli-system:ELOOP', todo: 'cli-system:ELOOP-todo' },
  EIO: { what: 'cli-system:EIO', todo: 'cli-system:EIO-todo' },
};

const READING: Readonly<Record<string, Sentence>> = {
  ENOENT: { what: 'cli-system:read-ENOENT', todo: 'cli-system:read-ENOENT-todo' },
  EACCES: { what: 'cli-system:read-EACCES', todo: 'cli-system:read-EACCES-todo' },
  EISDIR: { what: 'cli-system:read-EISDIR', todo: 'cli-system:read-EISDIR-todo' },
};

const WRITING: Readonly<Record<string, Sentence>> = {
  ENOENT: { what: 'cli-system:write-ENOENT', todo: 'cli-system:write-ENOENT-todo' },
  EACCES: { what: 'cli-system:write-EACCES', todo: 'cli-system:write-EACCES-todo' },
  EISDIR: { what: 'cli-system:write-EISDIR', todo: 'cli-system:write-EISDIR-todo' },
};

const SAME_AS: Readonly<Record<string, string>> = { EPERM: 'EACCES' };

/**
 * "What happened (CODE). What to do." for an error code met reading or writing `file`
 * (as the user would type it), to follow a line that names the file. A code without a
 * sentence is shown as the system gave it.
 */
export function systemProblem(code: string, op: FileOp, file: string, lang: Lang): string {
  const key = Object.hasOwn(SAME_AS, code) ? SAME_AS[code]! : code;
  const byOp = op === 'read' ? READING : WRITING;
  const sentence = Object.hasOwn(byOp, key) ? byOp[key] : Object.hasOwn(EITHER, key) ? EITHER[key] : undefined;
  const args = { file, dir: dirname(file), code };
  if (!sentence) return t('cli-system:unknown', lang, args);
  return `${t(sentence.what, lang, args)} (${code}). ${t(sentence.todo, lang, args)}`;
}

/** The errno code of a failed file-system call, or the first line of its message. */
export function errorCode(err: unknown): string {
  const e = err as NodeJS.ErrnoException | null;
  const code = e?.code ?? /^(E[A-Z]+):/.exec(e?.message ?? '')?.[1];
  return code ?? (e?.message ?? String(err)).split('\n', 1)[0] ?? '';
}

/** The line for an output kolops could not write: `could not write FILE: what (CODE). To do. Nothing was changed.` */
export function cannotWrite(file: string, code: string, lang: Lang): string {
  const what = systemProblem(code, 'write', file, lang);
  return t('cli-system:cannot-write', lang, { file, what: /[.!?]$/.test(what) ? what : `${what}.` });
}

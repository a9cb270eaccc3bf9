/**
 * What the operating system's error codes mean for the person at the terminal: what
 * happened and what to do, naming the file, in English and Bahasa Indonesia. kolops
 * never prints `EACCES: permission denied, open '…'` as the system wrote it.
 */
import { dirname } from 'node:path';
import type { Lang } from '../../i18n/index.js';
import { say, type Words } from './words.js';

/** Reading a file kolops needs (a config, a baseline), or writing one (-o, normalize, init). */
export type FileOp = 'read' | 'write';

interface Sentence {
  /** What happened to the file the line names (its folder is `{dir}`). */
  what: Words;
  /** What to do about it. */
  todo: Words;
}

const FREE_SPACE: Words = { en: 'Free some space, then run again.', id: 'Kosongkan sebagian ruang disk, lalu jalankan lagi.' };
const FEWER_FILES: Words = {
  en: 'Close some programs, or raise the limit (ulimit -n), then run again.',
  id: 'Tutup beberapa program, atau naikkan batasnya (ulimit -n), lalu jalankan lagi.',
};

/** The same whether kolops was reading or writing. */
const EITHER: Readonly<Record<string, Sentence>> = {
  ENOSPC: { what: { en: 'the disk is full', id: 'disk penuh' }, todo: FREE_SPACE },
  EDQUOT: { what: { en: 'the disk quota is used up', id: 'kuota disk sudah habis' }, todo: FREE_SPACE },
  EROFS: { what: { en: 'the disk is read-only', id: 'disk hanya bisa dibaca' }, todo: { en: 'Use a folder on another disk.', id: 'Pakai folder di disk lain.' } },
  EMFILE: { what: { en: 'too many files are open at once', id: 'terlalu banyak file yang terbuka sekaligus' }, todo: FEWER_FILES },
  ENFILE: { what: { en: 'the system has too many files open', id: 'sistem sedang membuka terlalu banyak file' }, todo: FEWER_FILES },
  EBUSY: {
    what: { en: 'it is in use by another program', id: 'file itu sedang dipakai program lain' },
    todo: { en: 'Close it there, then run again.', id: 'Tutup dulu di program itu, lalu jalankan lagi.' },
  },
  ENOTDIR: {
    what: { en: 'a part of its path is a file, not a folder', id: 'sebagian dari path-nya adalah file, bukan folder' },
    todo: { en: 'Check the path.', id: 'Periksa path-nya.' },
  },
  ENAMETOOLONG: {
    what: { en: 'the name is too long', id: 'namanya terlalu panjang' },
    todo: { en: 'Use a shorter file name or folder path.', id: 'Pakai nama file atau path folder yang lebih pendek.' },
  },
  ELOOP: {
    what: { en: 'its path goes round a loop of symbolic links', id: 'path-nya berputar di symlink yang saling menunjuk' },
    todo: { en: 'Fix or remove the link.', id: 'Perbaiki atau hapus link itu.' },
  },
  EIO: {
    what: { en: 'the disk reported an input/output error', id: 'disk melaporkan error baca/tulis' },
    todo: { en: 'Check the disk or network drive, then run again.', id: 'Periksa disk atau drive jaringannya, lalu jalankan lagi.' },
  },
};

const READING: Readonly<Record<string, Sentence>> = {
  ENOENT: {
    what: { en: 'it does not exist', id: 'file itu tidak ada' },
    todo: { en: 'Check the file name and its folder.', id: 'Periksa nama file dan foldernya.' },
  },
  EACCES: {
    what: { en: 'permission denied: this user may not read it', id: 'akses ditolak: pengguna ini tidak boleh membacanya' },
    todo: { en: 'Give it read permission (chmod u+r), or run as a user who may read it.', id: 'Beri izin baca (chmod u+r), atau jalankan sebagai pengguna yang boleh membacanya.' },
  },
  EISDIR: {
    what: { en: 'it is a folder, not a file', id: 'itu folder, bukan file' },
    todo: { en: 'Name the file inside it.', id: 'Sebutkan file di dalamnya.' },
  },
};

const WRITING: Readonly<Record<string, Sentence>> = {
  ENOENT: {
    what: { en: 'its folder {dir} does not exist', id: 'folder {dir} tidak ada' },
    todo: { en: 'Create the folder first, or name a file in a folder that exists.', id: 'Buat foldernya dulu, atau sebutkan file di folder yang sudah ada.' },
  },
  EACCES: {
    what: { en: 'permission denied: this user may not write in {dir}', id: 'akses ditolak: pengguna ini tidak boleh menulis di {dir}' },
    todo: { en: 'Name a file in a folder you may write in, or change the folder\'s permissions.', id: 'Sebutkan file di folder yang boleh Anda tulisi, atau ubah izin folder itu.' },
  },
  EISDIR: {
    what: { en: 'it is a folder', id: 'itu folder' },
    todo: { en: 'Name a file, e.g. {file}/report.txt.', id: 'Sebutkan nama file, mis. {file}/report.txt.' },
  },
};

const SAME_AS: Readonly<Record<string, string>> = { EPERM: 'EACCES' };

const UNKNOWN: Words = { en: 'the system said {code}', id: 'sistem menjawab {code}' };

/**
 * "What happened (CODE). What to do." for an error code met reading or writing `file`
 * (as the user would type it), to follow a line that names the file. A code without a
 * sentence is shown as the system gave it.
 */
export function systemProblem(code: string, op: FileOp, file: string, lang: Lang): string {
  const key = SAME_AS[code] ?? code;
  const sentence = (op === 'read' ? READING : WRITING)[key] ?? EITHER[key];
  const args = { file, dir: dirname(file), code };
  if (!sentence) return say(UNKNOWN, lang, args);
  return `${say(sentence.what, lang, args)} (${code}). ${say(sentence.todo, lang, args)}`;
}

/** The errno code of a failed file-system call, or the first line of its message. */
export function errorCode(err: unknown): string {
  const e = err as NodeJS.ErrnoException | null;
  const code = e?.code ?? /^(E[A-Z]+):/.exec(e?.message ?? '')?.[1];
  return code ?? (e?.message ?? String(err)).split('\n', 1)[0] ?? '';
}

const CANNOT_WRITE: Words = { en: 'could not write {file}: {what} Nothing was changed.', id: 'gagal menulis {file}: {what} Tidak ada yang diubah.' };

/** The line for an output kolops could not write: `could not write FILE: what (CODE). To do. Nothing was changed.` */
export function cannotWrite(file: string, code: string, lang: Lang): string {
  const what = systemProblem(code, 'write', file, lang);
  return say(CANNOT_WRITE, lang, { file, what: /[.!?]$/.test(what) ? what : `${what}.` });
}

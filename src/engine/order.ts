import { sep } from 'node:path';

/** Path order segment by segment, as a folder walk meets files (`a/b.xlsx` after `a/`, `a.xlsx` before `a/`). */
function compareSegments(a: string, b: string): number {
  const x = a.split(sep);
  const y = b.split(sep);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    // At the last segment of one path a file meets a folder of the other: the walk sorts names, not kinds.
    return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

/** Files in the order one walk over all of them reads them, so a partial run joins as a full run does. */
export function readingOrder(files: readonly string[]): string[] {
  return [...new Set(files)].sort(compareSegments);
}

/** `file` lies somewhere below `folder`. */
export function inFolder(file: string, folder: string): boolean {
  const prefix = folder.endsWith(sep) ? folder : folder + sep;
  return file.startsWith(prefix);
}

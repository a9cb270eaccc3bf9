// Types for bench/zip-walk.mjs, used by tests.
export function zipEntries(buf: Buffer): { name: string; bytes: () => Buffer }[];

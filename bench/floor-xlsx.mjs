// Floor: what reading an .xlsx cannot go below — inflate every worksheet and the shared
// strings, and visit every tag once with one regular expression, nothing else. The reader
// alone is measured against this (issue 13: at most 2x).
import { readFileSync } from 'node:fs';
import { zipEntries } from './zip-walk.mjs';

const TAG = /<[^>]*>/g;
let tags = 0;
for (const entry of zipEntries(readFileSync(process.argv[2]))) {
  if (!/^xl\/worksheets\/.*\.xml$/i.test(entry.name) && !/sharedstrings\.xml$/i.test(entry.name)) continue;
  const text = entry.bytes().toString('utf8');
  TAG.lastIndex = 0;
  while (TAG.exec(text) !== null) tags++;
}
process.stdout.write(`${tags} tags\n`);

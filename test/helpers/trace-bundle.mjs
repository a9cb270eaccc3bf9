// Runs the bundled CLI (dist/bundle/kolops.cjs) as bin/kolops.js does, with its module
// initialisers traced: appends to the file named by KOLOPS_TRACE_IMPORTS the source path of
// every bundled module that ran (`src/engine/check.ts`, `node_modules/zod/…`) and every
// package required from outside the bundle (exceljs). esbuild wraps each lazily loaded
// module in `__esm({"<path>"() {…}})` (CommonJS packages in `__commonJS`); the trace adds
// one call at the top of those two helpers. If the helpers are not found as written, the
// run fails (exit 3): a trace that saw nothing must not pass as "loaded nothing".
// Usage: node trace-bundle.mjs ARGS… (cwd and env as for kolops).
import { appendFileSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import vm from 'node:vm';

const root = join(import.meta.dirname, '..', '..');
const file = join(root, 'dist', 'bundle', 'kolops.cjs');
const out = process.env.KOLOPS_TRACE_IMPORTS;
let source = readFileSync(file, 'utf8');
const hooks = [
  ['var __esm=(fn,res,err)=>function(){', 'fn&&__kolopsTrace(Object.getOwnPropertyNames(fn)[0]);'],
  ['var __commonJS=(cb,mod)=>function(){', 'mod||__kolopsTrace(Object.getOwnPropertyNames(cb)[0]);'],
];
for (const [helper, call] of hooks) {
  if (!source.includes(helper)) {
    process.stderr.write(`trace-bundle: esbuild helper not found: ${helper}\n`);
    process.exit(3);
  }
  source = source.replace(helper, helper + call);
}
globalThis.__kolopsTrace = (path) => appendFileSync(out, `${path}\n`);
const realRequire = createRequire(file);
const require = (id) => {
  if (!id.startsWith('node:')) appendFileSync(out, `node_modules/${id}/\n`);
  return realRequire(id);
};
const module = { exports: {} };
new vm.Script(Module.wrap(source), { filename: file }).runInThisContext()(module.exports, require, module, file, dirname(file));
module.exports.main(process.argv.slice(2)).then((code) => { process.exitCode = code; });

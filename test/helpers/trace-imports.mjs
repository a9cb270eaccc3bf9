// Loaded with `node --import`: appends every module the process resolves to the file
// named by KOLOPS_TRACE_IMPORTS, one URL per line, so a test can say what a command
// loaded. ESM imports are seen by a resolve hook (on the loader thread, writing
// synchronously so nothing is lost at exit); CommonJS requires (exceljs's internals,
// pulled in with createRequire) by wrapping Module._resolveFilename.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';

const out = process.env.KOLOPS_TRACE_IMPORTS;
register(`data:text/javascript,${encodeURIComponent(`
  import { appendFileSync } from 'node:fs';
  let out;
  export function initialize(data) { out = data.out; }
  export async function resolve(specifier, context, next) {
    const r = await next(specifier, context);
    appendFileSync(out, r.url + '\\n');
    return r;
  }
`)}`, { data: { out } });

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (...args) {
  const file = resolveFilename.apply(this, args);
  appendFileSync(out, `${file.startsWith('/') ? pathToFileURL(file).href : file}\n`);
  return file;
};

// Loaded with `node --import`: appends every module URL the process resolves to the file
// named by KOLOPS_TRACE_IMPORTS, one per line, so a test can say what a command loaded.
// The hook runs on the loader thread and writes synchronously, so nothing is lost at exit.
import { register } from 'node:module';

register(`data:text/javascript,${encodeURIComponent(`
  import { appendFileSync } from 'node:fs';
  let out;
  export function initialize(data) { out = data.out; }
  export async function resolve(specifier, context, next) {
    const r = await next(specifier, context);
    appendFileSync(out, r.url + '\\n');
    return r;
  }
`)}`, { data: { out: process.env.KOLOPS_TRACE_IMPORTS } });

#!/usr/bin/env node
// The CLI as `bin/kolops.js` runs it: dist/bundle/kolops.cjs, built by esbuild from
// src/cli/main.ts after `tsc` has type-checked and emitted dist/ (which the scripts that
// import single modules use), and the V8 code cache for it (bin/load-cli.js).
//
// Why (issue 17), measured on a tiny CSV with a kolops.config.json beside it, paired runs:
// tsc's output loads 268 files (95 of them zod's) in 0.29 s; one bundle 0.17 s; the bundle
// with its code cache 0.13 s; `node -e 0` 0.065 s. `import * as z` in config/schema.ts
// lets esbuild keep only the zod the schema uses (0.76 MB → 0.20 MB).
//
// One CommonJS file rather than ES chunks: Node 20 can give a code cache only to a script
// it compiles through node:vm. Laziness is kept: a module reached by `import()` (each
// command, zod, the report renderers) is wrapped by esbuild and runs only when imported.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

const outfile = join(outdir, 'kolops.cjs');

// commander requires node:child_process when it loads, for subcommands run as separate
// executables, which kolops has none of: that require, and the net, dgram and stream
// modules it pulls in, were 1.7 ms of every run's start-up (issue 17). Commander gets an
// object that requires the module the first time commander reads from it.
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'kolops-lazy' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'kolops-lazy' }, () => ({
      contents: "let real;\nmodule.exports = new Proxy({}, { get: (_, name) => (real ??= require('node:child_process'))[name] });\n",
      loader: 'js',
    }));
  },
};
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // exceljs (templates, the CSV-from-xlsx splitter) is 1 MB of CommonJS that only some
  // commands load: it stays a package, required from node_modules when they do.
  external: ['exceljs'],
  plugins: [lazyChildProcessForCommander],
  // version.ts finds package.json from its own URL; in a CommonJS file that is __filename's.
  define: { 'import.meta.url': '__kolopsModuleUrl' },
  banner: { js: "const __kolopsModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Less text to hash and compile; names stay as written, so a trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// The bundle's first line names its hash: bin/load-cli.js picks the cache by it.
const body = readFileSync(outfile, 'utf8');
// A script run through node:vm has no module loader: an `import()` esbuild left as written
// (a built-in, an external) fails there at run time, so it fails the build here instead.
const dynamicImport = /(?<![\w$.])import\((["'`])[^"'`]*\1\)/.exec(body);
if (dynamicImport) {
  process.stderr.write(`bundle: ${dynamicImport[0]} would fail when the bundle runs (no module loader in node:vm); use a static import or require\n`);
  process.exit(1);
}
writeFileSync(outfile, `//kolops-bundle ${createHash('sha1').update(body).digest('hex')}\n${body}`);

// The cache holds what a run compiled: warm it with the runs that must start fast.
const warm = spawnSync(process.execPath, [join(root, 'scripts', 'warm-code-cache.mjs')], { cwd: root, encoding: 'utf8' });
if (warm.status !== 0) {
  process.stderr.write(`bundle: could not write the code cache:\n${warm.stderr}`);
  process.exit(1);
}

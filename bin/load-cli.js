// Loads the bundled CLI (dist/bundle/kolops.cjs, scripts/bundle.mjs) with the V8 code cache
// the build wrote beside it. Why (issue 17): Node 20 keeps no compile cache of its own, and
// parsing + compiling the CLI was the largest part of a small check's start-up. The cache
// is only read here, never written at run time: `npm run build` writes it, named after the
// hash of the bundle the bundle's first line carries (`//kolops-bundle <sha1>`), so a
// rebuilt bundle never meets an old cache (V8 itself checks only the source's length).
// The hash is read, not computed: node:crypto alone costs ~6 ms of start-up. A cache V8
// refuses (another Node version) costs nothing but the compile it would have saved.
// CommonJS (bin/package.json): see the note there.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const bundleFile = join(__dirname, '..', 'dist', 'bundle', 'kolops.cjs');

/** The cache file that belongs to this bundle text, by the hash on its first line; null without one. */
function cacheFileFor(source) {
  const hash = /^\/\/kolops-bundle ([0-9a-f]{16,40})\n/.exec(source.slice(0, 80))?.[1];
  return hash ? `${bundleFile.slice(0, -'.cjs'.length)}.${hash}.cache` : null;
}

/** The CLI's exports; `cache` says whether a code cache was there and V8 took it. */
function loadCli({ useCache = true } = {}) {
  const source = readFileSync(bundleFile, 'utf8');
  let cachedData;
  const cacheFile = useCache ? cacheFileFor(source) : null;
  if (cacheFile) {
    try { cachedData = readFileSync(cacheFile); } catch { cachedData = undefined; }
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundleFile, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundleFile), module, bundleFile, dirname(bundleFile));
  const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return { main: module.exports.main, script, source, cache };
}

module.exports = { bundleFile, cacheFileFor, loadCli };

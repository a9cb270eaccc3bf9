// Run by scripts/bundle.mjs in a fresh process: loads the bundle without a cache, runs
// the commands whose start-up matters (a small check with a config, as a pre-commit hook
// runs it; an xlsx check; describe), output discarded, then writes what V8 compiled as
// the bundle's code cache. Any failure here fails the build: a bundle that cannot check
// the examples must not ship.
import { mkdtempSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFileFor, loadCli } from '../bin/load-cli.js';

const cli = loadCli({ useCache: false });
const dir = mkdtempSync(join(tmpdir(), 'kolops-warm-'));
try {
  writeFileSync(join(dir, 'listing.csv'), 'No;KOL;Followers;Platform;Brand;Link\r\n1;Nata Shina;354K;Instagram;Herbana;https://www.instagram.com/natashina/\r\n');
  copyFileSync(join('examples', 'kolops.config.json'), join(dir, 'kolops.config.json'));
  copyFileSync(join('examples', 'kol-listing-2024.xlsx'), join(dir, 'kol-listing-2024.xlsx'));
  const sink = { stdout: () => {}, stderr: () => {}, isTTY: false, cwd: dir, env: {} };
  for (const argv of [
    ['check', 'listing.csv', '--format', 'json'],
    ['check', 'listing.csv'],
    ['check', 'kol-listing-2024.xlsx', '--format', 'json'],
    ['describe', 'listing.csv'],
  ]) {
    const code = await cli.main(argv, sink);
    if (code === 2) throw new Error(`kolops ${argv.join(' ')} exited 2 while warming the code cache`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
writeFileSync(cacheFileFor(cli.source), cli.script.createCachedData());

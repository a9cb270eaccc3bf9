/**
 * Headless Chromium for the HTML report's tests: where it is (Debian's `chromium`, which
 * `.ci/run` installs), one run with a fresh profile, and a page's DOM after load
 * (`--dump-dom`). Without Chromium, `chromium` is null and the tests that need it skip
 * with a printed reason.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

function chromiumPath(): string | null {
  const candidates = ['/usr/bin/chromium', ...(process.env.PATH ?? '').split(delimiter).flatMap((d) => [join(d, 'chromium'), join(d, 'chromium-browser')])];
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // not here
    }
  }
  return null;
}

export const chromium = chromiumPath();

export const NO_CHROMIUM = 'no /usr/bin/chromium or chromium on PATH (apt-get install chromium)';

/** One headless Chromium run with a fresh profile; resolves with its stdout and stderr (the console log). */
export async function runChromiumFull(args: string[]): Promise<{ stdout: string; stderr: string }> {
  const profile = await mkdtemp(join(tmpdir(), 'kolops-chromium-'));
  try {
    return await new Promise((res, rej) => {
      execFile(chromium!, [
        '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`,
        '--enable-logging=stderr', '--v=0', '--hide-scrollbars', ...args,
      ], { timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => (err ? rej(new Error(`chromium failed: ${err.message}\n${stderr}`)) : res({ stdout, stderr })));
    });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** One headless Chromium run; resolves with its stderr (the console log). */
export async function runChromium(args: string[]): Promise<string> {
  return (await runChromiumFull(args)).stderr;
}

/** The page's DOM after load, as Chromium serialises it, laid out in a window `width` × `height`. */
export async function dumpDom(url: string, width: number, height = 2400): Promise<string> {
  return (await runChromiumFull(['--dump-dom', `--window-size=${width},${height}`, url])).stdout;
}

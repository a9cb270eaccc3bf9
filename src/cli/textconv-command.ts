import { resolve } from 'node:path';
import { textconv } from '../diff/textconv.js';
import type { Streams } from './check-command.js';

/**
 * `kolops textconv FILE`: the workbook as stable text for git's diff driver
 * (`git config diff.kolops.textconv "npx kolops textconv"`). Always exit 0: an unreadable
 * file is one `# unreadable: …` line, so `git diff` and `git log -p` never fail on it.
 */
export async function runTextconv(opts: { file: string; delimiter?: string }, io: Streams): Promise<number> {
  io.stdout(await textconv(resolve(io.cwd, opts.file), { delimiter: opts.delimiter }));
  return 0;
}

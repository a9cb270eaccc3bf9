import { resolve } from 'node:path';
import { textconv } from '../diff/textconv.js';
import type { Lang } from '../i18n/index.js';
import type { Streams } from './check-command.js';

/**
 * `kolops textconv FILE`: the workbook as stable text for git's diff driver
 * (`git config diff.kolops.textconv "npx kolops textconv"`). Always exit 0: an unreadable
 * file is one `# unreadable: …` line, so `git diff` and `git log -p` never fail on it.
 */
export async function runTextconv(opts: { file: string; delimiter?: string; lang: Lang }, io: Streams): Promise<number> {
  // git runs the driver with the user's LANG (or `--lang` in the driver command): the
  // sheet lines and the unreadable reason follow it, so a diff reads in the team's language.
  io.stdout(await textconv(resolve(io.cwd, opts.file), { delimiter: opts.delimiter, lang: opts.lang }));
  return 0;
}

/**
 * Every command, in every output format, under a third language that only the tests
 * know: the pseudo-locale `qps` (test/helpers/pseudo-locale.ts), registered at run time.
 * Every word kolops prints is then either accented (it came from the locale) or one of
 * the things that are the same in every language: data from the workbooks, names the
 * user types (options, rule ids, file names, config keys), and what Intl writes. Any
 * other word is English that did not go through the locale: the test names the run and
 * the line it stood on.
 *
 * This is the proof that adding a language is one file: nothing in src/ knows `qps`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeholdersOf, renderMessage } from '../../src/i18n/message-format.js';
import { allEnglish } from '../helpers/messages.js';
import {
  buildWorkspace, commandRuns, dataPhrases, describeLeaks, findLeaks, helpRuns, intlWords, isoDatesOf, namesEverywhere, OUTPUT_NAME_PATTERNS,
  removeWorkspace, title, wordsOfTemplates,
  type CommandRun, type LangChoice, type LeakRules, type Workspace,
} from '../helpers/every-command.js';
import { CLOSE, KEPT_QUOTES, NAME_PATTERNS, OPEN, PSEUDO_LETTERS, PSEUDO_TAG, pseudoLocale, registerPseudoLocale } from '../helpers/pseudo-locale.js';

registerPseudoLocale();

/**
 * Words that are the same in every language, and why:
 * - `Rp`: the rupiah sign, written before the amount in every language kolops speaks (message-format.ts);
 * - `npx`: a command typed as it is (`git config diff.kolops.textconv "npx kolops textconv"`), which help may wrap onto two lines.
 */
const SAME_IN_EVERY_LANGUAGE = ['Rp', 'npx'];

/** English words: a data word that is one of them is allowed only inside its whole cell text, never alone. */
const englishWords = wordsOfTemplates(Object.values(allEnglish()));

function leakRules(ws: Workspace, run: CommandRun): LeakRules {
  return {
    phrases: [...dataPhrases(ws, run, englishWords), ...KEPT_QUOTES, ...namesEverywhere(), ...intlWords(PSEUDO_TAG), ...isoDatesOf(allEnglish()), ...SAME_IN_EVERY_LANGUAGE],
    patterns: [...NAME_PATTERNS, ...OUTPUT_NAME_PATTERNS],
    foreign: (word) => [...word].some((c) => !PSEUDO_LETTERS.has(c)),
    isoDates: !run.isoDatesAreData,
  };
}

describe('the pseudo-locale', () => {
  const english = allEnglish();
  const messages = pseudoLocale.messages as Readonly<Record<string, string>>;

  it('has every English text, with the same placeholders, and each renders', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      const pseudo = messages[key]!;
      expect([...placeholdersOf(pseudo)].sort(), key).toEqual([...placeholdersOf(text)].sort());
      expect(() => renderMessage(pseudo, {}, PSEUDO_TAG), key).not.toThrow();
    }
  });

  it('accents every word it does not keep as a name, and wraps what it accents', () => {
    const names = [...NAME_PATTERNS, ...OUTPUT_NAME_PATTERNS];
    for (const [key, text] of Object.entries(messages)) {
      const words = findLeaks([{ where: key, text: text.replace(/\{\s*\w+\s*(?:,\s*\w+\s*)?\}|\{\s*\w+\s*,\s*plural\s*,|(?:=\d+|zero|one|two|few|many|other)\s*\{/g, ' ') }], {
        phrases: [...KEPT_QUOTES], patterns: names, foreign: (w) => [...w].some((c) => !PSEUDO_LETTERS.has(c)), isoDates: false,
      });
      expect(describeLeaks(words), key).toEqual([]);
      if ([...text].some((c) => PSEUDO_LETTERS.has(c))) expect(text.startsWith(OPEN) && text.endsWith(CLOSE), key).toBe(true);
    }
  });

  it('is unknown to src/: a language is one Locale, registered, and nothing else', () => {
    const src = join(import.meta.dirname, '..', '..', 'src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    const mentions = files(src).filter((f) => /\bqps\b/.test(readFileSync(f, 'utf8')));
    expect(mentions).toEqual([]);
  });
});

const BY_ENV: LangChoice = { tag: PSEUDO_TAG, label: `LANG=${PSEUDO_TAG}`, args: [], env: { LANG: PSEUDO_TAG } };
const BY_FLAG: LangChoice = { tag: PSEUDO_TAG, label: `--lang ${PSEUDO_TAG}`, args: ['--lang', PSEUDO_TAG], env: {} };

let ws: Workspace;
let n = 0;
beforeAll(async () => { ws = await buildWorkspace(); });
afterAll(async () => { await removeWorkspace(ws); });

async function expectNoLeaks(run: CommandRun, lang: LangChoice): Promise<void> {
  const { result, said, problems = [] } = await run.run({ ws, lang, output: (ext) => `${ws.out}/qps-${++n}.${ext}` });
  const leaks = describeLeaks(findLeaks(said, leakRules(ws, run)));
  expect(leaks, `${run.name} (${lang.label}): English that did not go through the locale`).toEqual([]);
  expect(problems, `${run.name} (${lang.label})`).toEqual([]);
  expect(run.codes, `${run.name} (${lang.label}) exit code; stderr: ${result.stderr.slice(0, 400)}`).toContain(result.code);
}

describe(`every command under the pseudo-locale (${BY_ENV.label})`, () => {
  it.each(commandRuns().map((r) => [title(r, PSEUDO_TAG), r] as const))('%s', async (_name, run) => {
    await expectNoLeaks(run, BY_ENV);
  });
});

describe(`help under the pseudo-locale (${BY_ENV.label})`, () => {
  it.each(helpRuns().map((r) => [title(r, PSEUDO_TAG), r] as const))('%s', async (_name, run) => {
    await expectNoLeaks(run, BY_ENV);
  });
});

describe(`--lang ${PSEUDO_TAG} is taken like any registered language`, () => {
  const runs = commandRuns().filter((r) => ['check (text)', 'report monthly (terminal)', 'describe (text)'].includes(r.name));
  it.each([...runs, ...helpRuns().slice(0, 2)].map((r) => [title(r, PSEUDO_TAG), r] as const))('%s', async (_name, run) => {
    await expectNoLeaks(run, BY_FLAG);
  });
});

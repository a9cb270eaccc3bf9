/**
 * Issue 14's "done when": every command, in every output format, under `--lang id` (and
 * help under LANG=id_ID.UTF-8 too) says nothing in English. Same runs as the pseudo-locale
 * test (test/helpers/every-command.ts); here a word fails when it is an English word of
 * kolops's own catalogue that the Indonesian neither uses nor the glossary lists as the
 * team's loanword (KOL, listing, deal, posting, link …).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossary, spelling } from '../../src/i18n/glossary.js';
import { id } from '../../src/i18n/locales/id.js';
import {
  buildWorkspace, commandRuns, dataPhrases, describeLeaks, findLeaks, helpRuns, intlWords, isoDatesOf, namesEverywhere, OUTPUT_NAME_PATTERNS,
  removeWorkspace, title, wordsOfTemplates,
  type CommandRun, type LangChoice, type LeakRules, type Workspace,
} from '../helpers/every-command.js';
import { allEnglish } from '../helpers/messages.js';
import { NAME_PATTERNS } from '../helpers/pseudo-locale.js';

const english = allEnglish();

/** Every word of kolops's English, names the messages quote as they are (options, file names, rule ids) left out. */
const englishWords = wordsOfTemplates(Object.values(english), NAME_PATTERNS);

/** Words Indonesian uses too: the Indonesian catalogue's own words, and the team's loanwords the glossary names. */
const indonesianWords = new Set([
  ...wordsOfTemplates(Object.values(id.messages), NAME_PATTERNS),
  ...wordsOfTemplates(glossary.map((g) => g.id)),
  // the spelling rules' examples, without their asides ("terlambat (not telat)")
  ...wordsOfTemplates(spelling.flatMap((s) => s.examples.map((e) => e.replace(/\s*\(.*\)/, '')))),
]);

/** The English words that must not appear in an Indonesian run. */
const ENGLISH_ONLY: ReadonlySet<string> = new Set([...englishWords].filter((w) => !indonesianWords.has(w)));

function leakRules(ws: Workspace, run: CommandRun): LeakRules {
  return {
    phrases: [...dataPhrases(ws, run, englishWords), ...namesEverywhere(), ...intlWords('id'), ...isoDatesOf(english)],
    patterns: [...NAME_PATTERNS, ...OUTPUT_NAME_PATTERNS],
    foreign: (word) => ENGLISH_ONLY.has(word.toLowerCase()),
    isoDates: !run.isoDatesAreData,
  };
}

const BY_FLAG: LangChoice = { tag: 'id', label: '--lang id', args: ['--lang', 'id'], env: {} };
const BY_ENV: LangChoice = { tag: 'id', label: 'LANG=id_ID.UTF-8', args: [], env: { LANG: 'id_ID.UTF-8' } };

let ws: Workspace;
let n = 0;
beforeAll(async () => { ws = await buildWorkspace(); });
afterAll(async () => { await removeWorkspace(ws); });

async function expectIndonesian(run: CommandRun, lang: LangChoice): Promise<void> {
  const { result, said, problems = [] } = await run.run({ ws, lang, output: (ext) => `${ws.out}/id-${++n}.${ext}` });
  const leaks = describeLeaks(findLeaks(said, leakRules(ws, run)));
  expect(leaks, `${run.name} (${lang.label}): English words in a Bahasa Indonesia run`).toEqual([]);
  expect(problems, `${run.name} (${lang.label})`).toEqual([]);
  expect(run.codes, `${run.name} (${lang.label}) exit code; stderr: ${result.stderr.slice(0, 400)}`).toContain(result.code);
}

describe('the English word list', () => {
  it('holds the everyday English of the catalogue and none of the team\'s loanwords', () => {
    for (const w of ['the', 'and', 'not', 'found', 'rows', 'checked', 'warning', 'agreed', 'missing', 'unreadable']) expect(ENGLISH_ONLY, w).toContain(w);
    for (const w of ['kol', 'listing', 'deal', 'posting', 'link', 'followers', 'affiliate', 'barter', 'caption', 'recap']) expect(ENGLISH_ONLY, w).not.toContain(w);
  });
});

describe('every command in Bahasa Indonesia (--lang id)', () => {
  it.each(commandRuns().map((r) => [title(r, 'id'), r] as const))('%s', async (_name, run) => {
    await expectIndonesian(run, BY_FLAG);
  });
});

describe('help in Bahasa Indonesia', () => {
  const runs = helpRuns();
  it.each(runs.map((r) => [title(r, 'id', ' --lang id'), r] as const))('%s', async (_name, run) => {
    await expectIndonesian(run, BY_FLAG);
  });
  it.each(runs.map((r) => [title(r, 'id', ' (LANG=id_ID.UTF-8)'), r] as const))('%s', async (_name, run) => {
    await expectIndonesian(run, BY_ENV);
  });
});

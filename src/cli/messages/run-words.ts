/**
 * What the commands say while they run, beside the lines of commands.ts: the progress
 * line's count, a folder `init` cannot use, and what to say when git gives no reason.
 * English; every other language is one file in src/i18n/locales/. Data only: this module
 * imports nothing.
 */
export const runMessages = {
  'cli-run:progress-rows': '{rows, plural, one {# row} other {# rows}}',
  'cli-run:not-a-folder': 'it is a file, not a folder. Name a folder, or a new name for one.',
  'cli-run:git-unknown-revision': 'unknown revision or not a git repository',
  'cli-run:git-show-failed': 'git show failed',
} as const;

/**
 * The words of `kolops diff`.
 * English, beside the code that shows it; every other language is one file in
 * src/i18n/locales/. Data only: this module imports nothing.
 */
export const diffMessages = {
  'diff:title': '{old} → {new}',
  'diff:sheet': 'Sheet "{sheet}" — {kind}',
  'diff:sheet-was': '(was "{sheet}")',
  'diff:kind-kol-listing': 'KOL listing',
  'diff:kind-affiliate-deals': 'affiliate deals',
  'diff:kind-posting-recap': 'posting recap',
  'diff:kind-content-calendar': 'content calendar',
  'diff:not-compared': 'Not compared: {tables} — kolops diff compares KOL listings and affiliate deals.',
  'diff:not-compared-table': 'sheet "{sheet}" ({kind})',
  'diff:row': 'row {row}',
  'diff:row-moved': 'row {old} → {new}',
  'diff:summary': '{added} added, {removed} removed, {changed} changed',
  'diff:no-changes': 'No KOL listing or affiliate row changed.',
  'diff:added': 'added',
  'diff:removed': 'removed',
  'diff:changed': 'changed',
  'diff:col-kol': 'KOL / account',
  'diff:col-row': 'Row',
  'diff:col-changes': 'Changes (old → new)',
  'diff:usage': 'give two workbooks (kolops diff OLD NEW), or --base REV and the workbooks to compare with that revision',
  'diff:git-failed': 'cannot read {file} at {rev}: {detail}',
  'diff:not-in-either': '{file} exists neither at {rev} nor in the working tree',
  'diff:old-changed': '{file} changed while kolops diff was reading it (it is read twice); run the comparison again once it is saved',
  'textconv:hidden': 'hidden',
  'textconv:very-hidden': 'very hidden',
  'textconv:row': 'row {row}',
  'textconv:unreadable': 'unreadable',
} as const;

import { columnRef, kindRef, listOf } from '../../i18n/index.js';
import { defineRule } from '../types.js';

/**
 * Data the tool would silently skip is worth saying out loud: maybe a header was renamed.
 * When a row came close to a header, the finding says what it had and what was missing,
 * rather than guessing a kind.
 */
export default defineRule({
  meta: {
    id: 'file/unknown-table',
    severity: 'warning',
    kinds: 'all',
    description: 'A sheet holds data, but no KOL listing, posting recap, affiliate or content-calendar header was recognised in it; the finding says what the closest row lacked.',
    messages: {
      'unknown': 'sheet has data but no recognisable KOL listing, posting recap, affiliate or content-calendar header in its first 30 rows; if it holds a table to check, give it a header row there (e.g. "No | KOL | Followers | Platform | Brand | Link"), or map its headers in kolops.config.json "columns"',
      'near-miss': 'sheet has data but no table kolops can read: the closest header row has {found}, but a {kind} also needs a {missing} column. Rename that header, or map it in kolops.config.json "columns"',
      'no-subject': 'sheet has data but no table kolops can read: the closest header row has {found}, but no {missing} column says whom each row is about. Add one, or map your header to it in kolops.config.json "columns"',
    },
  },
  create(ctx) {
    return {
      sheetWithoutTable(file, sheet, miss) {
        if (!miss) {
          ctx.report({ file, sheet, messageId: 'unknown' });
          return;
        }
        const args = {
          kind: kindRef(miss.kind),
          found: listOf(miss.found.map((c) => columnRef(c, miss.kind)), 'and'),
          missing: listOf((miss.missingSignature.length ? miss.missingSignature : miss.missingSubject).map((c) => columnRef(c, miss.kind)), 'or'),
        };
        ctx.report({ file, sheet, messageId: miss.missingSignature.length ? 'near-miss' : 'no-subject', args });
      },
    };
  },
});

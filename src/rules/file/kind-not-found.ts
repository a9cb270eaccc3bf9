import { kindRef, listOf, ref } from '../../i18n/index.js';
import type { ListArg } from '../../model/finding.js';
import type { TableKind } from '../../model/table.js';
import { defineRule } from '../types.js';

/** "KOL listing", or "KOL listing or posting recap". */
function wantedArg(kinds: readonly TableKind[]): ListArg {
  return listOf(kinds.map(kindRef), 'or');
}

/** "1 posting recap and 2 affiliate deal lists" / "1 recap posting dan 2 daftar deal affiliate". */
function foundArg(found: ReadonlyMap<TableKind, number>): ListArg {
  return listOf([...found].filter(([, n]) => n > 0).map(([k, n]) => ref(`kinds:${k}`, { n })), 'and');
}

const MESSAGE = {
  file: { other: 'file-other-kinds', none: 'file-no-tables' },
  folder: { other: 'folder-other-kinds', none: 'folder-no-tables' },
} as const;

/**
 * `kolops list validate recap.xlsx` used to say "no problems found" having checked
 * nothing. A kind-only command that finds no table of its kind says so, and what is there.
 */
export default defineRule({
  meta: {
    id: 'file/kind-not-found',
    severity: 'warning',
    kinds: 'all',
    description: 'A kind-only command (list validate, recap check, affiliate check, calendar check) found no table of its kind in a file or folder it was given.',
    messages: {
      'file-other-kinds': 'no {wanted} in this file, so nothing in it was checked; it holds {found}. Check it with kolops check, or name the file that holds the {wanted}.',
      'file-no-tables': 'no {wanted} in this file, and no other table was recognised in it, so nothing was checked. Is the header in the first 30 rows? kolops check says more.',
      'folder-other-kinds': 'no {wanted} in this folder, so nothing in it was checked: {files, plural, one {its one workbook holds} other {its # workbooks hold}} {found}.',
      'folder-no-tables': 'no {wanted} in this folder, so nothing in it was checked: no table was recognised in {files, plural, one {its one workbook} other {its # workbooks}}.',
    },
  },
  create(ctx) {
    return {
      kindNotFound({ path, scope, wanted, found, files }) {
        const any = [...found.values()].some((n) => n > 0);
        const messageId = MESSAGE[scope][any ? 'other' : 'none'];
        ctx.report({ file: path, messageId, args: { wanted: wantedArg(wanted), found: foundArg(found), files: files ?? 1 } });
      },
    };
  },
});

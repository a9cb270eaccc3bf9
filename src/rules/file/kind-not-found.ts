import type { LocalizedArg } from '../../model/finding.js';
import type { TableKind } from '../../model/table.js';
import { defineRule } from '../types.js';

const KIND: Record<TableKind, { en: [one: string, many: string]; id: string }> = {
  'kol-listing': { en: ['KOL listing', 'KOL listings'], id: 'listing KOL' },
  'posting-recap': { en: ['posting recap', 'posting recaps'], id: 'recap posting' },
  'affiliate-deals': { en: ['affiliate deal list', 'affiliate deal lists'], id: 'daftar deal affiliate' },
};

/** "KOL listing" / "listing KOL", or "KOL listing or posting recap". */
function wantedArg(kinds: readonly TableKind[]): LocalizedArg {
  return { en: kinds.map((k) => KIND[k].en[0]).join(' or '), id: kinds.map((k) => KIND[k].id).join(' atau ') };
}

/** "1 posting recap, 2 affiliate deal lists" / "1 recap posting, 2 daftar deal affiliate". */
function foundArg(found: ReadonlyMap<TableKind, number>): LocalizedArg {
  const parts = [...found].filter(([, n]) => n > 0);
  return {
    en: parts.map(([k, n]) => `${n} ${KIND[k].en[n === 1 ? 0 : 1]}`).join(', '),
    id: parts.map(([k, n]) => `${n} ${KIND[k].id}`).join(', '),
  };
}

/**
 * `kolops list validate recap.xlsx` used to say "no problems found" having checked
 * nothing. A kind-only command that finds no table of its kind says so, and what is there.
 */
export default defineRule({
  meta: {
    id: 'file/kind-not-found',
    severity: 'warning',
    kinds: 'all',
    description: {
      en: 'A kind-only command (list validate, recap check, affiliate check) found no table of its kind in a file or folder it was given.',
      id: 'Perintah untuk satu jenis tabel (list validate, recap check, affiliate check) tidak menemukan tabel jenis itu di file atau folder yang diberikan.',
    },
    messageIds: ['file-other-kinds', 'file-no-tables', 'folder-other-kinds', 'folder-no-tables'],
  },
  create(ctx) {
    return {
      kindNotFound({ path, scope, wanted, found, files }) {
        const any = [...found.values()].some((n) => n > 0);
        const messageId = `${scope}-${any ? 'other-kinds' : 'no-tables'}`;
        ctx.report({ file: path, messageId, args: { wanted: wantedArg(wanted), found: foundArg(found), files: files ?? 1 } });
      },
    };
  },
});

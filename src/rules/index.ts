/**
 * Every rule, registered in one place and sorted by id. Adding a rule means adding a
 * module and one line here; `test/rules/registry.test.ts` checks each has a test, a
 * catalogue entry for every message in both languages, and a row in the README.
 */
import type { Rule } from './types.js';
import fileFormulaError from './file/formula-error.js';
import fileHiddenSheet from './file/hidden-sheet.js';
import fileRaggedRow from './file/ragged-row.js';
import fileUnknownTable from './file/unknown-table.js';
import fileUnreadable from './file/unreadable.js';
import listingAgreedMissingAddress from './listing/agreed-missing-address.js';
import listingBlankRow from './listing/blank-row.js';
import listingDuplicateKol from './listing/duplicate-kol.js';
import listingFollowersUnparseable from './listing/followers-unparseable.js';
import listingInvalidLink from './listing/invalid-link.js';
import listingMissingValue from './listing/missing-value.js';
import listingMonthlyTarget from './listing/monthly-target.js';
import listingRepeatKol from './listing/repeat-kol.js';
import listingRequiredColumn from './listing/required-column.js';
import listingTierOutOfRange from './listing/tier-out-of-range.js';
import listingUnknownBrand from './listing/unknown-brand.js';
import listingUnknownPlatform from './listing/unknown-platform.js';
import listingUnknownStatus from './listing/unknown-status.js';

export const rules: readonly Rule[] = [
  fileFormulaError,
  fileHiddenSheet,
  fileRaggedRow,
  fileUnknownTable,
  fileUnreadable,
  listingAgreedMissingAddress,
  listingBlankRow,
  listingDuplicateKol,
  listingFollowersUnparseable,
  listingInvalidLink,
  listingMissingValue,
  listingMonthlyTarget,
  listingRepeatKol,
  listingRequiredColumn,
  listingTierOutOfRange,
  listingUnknownBrand,
  listingUnknownPlatform,
  listingUnknownStatus,
];

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.meta.id, r]));

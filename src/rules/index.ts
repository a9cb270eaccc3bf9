/**
 * Every rule, registered in one place and sorted by id. Adding a rule means adding a
 * module and one line here; `test/rules/registry.test.ts` checks each has a test, a
 * catalogue entry for every message in both languages, and a row in the README.
 */
import type { TableKind } from '../model/table.js';
import type { Rule, RuleMeta } from './types.js';
import affiliateBonusDue from './affiliate/bonus-due.js';
import affiliateCommissionOutOfRange from './affiliate/commission-out-of-range.js';
import affiliateContactedLessThanDeals from './affiliate/contacted-less-than-deals.js';
import affiliateCountMismatch from './affiliate/count-mismatch.js';
import affiliateDeliverablesIncomplete from './affiliate/deliverables-incomplete.js';
import affiliateDuplicateAccount from './affiliate/duplicate-account.js';
import affiliatePlatformLinkMismatch from './affiliate/platform-link-mismatch.js';
import affiliateUnknownStatus from './affiliate/unknown-status.js';
import calendarCaptionTooLong from './calendar/caption-too-long.js';
import calendarDateUnparseable from './calendar/date-unparseable.js';
import calendarForbiddenClaim from './calendar/forbidden-claim.js';
import calendarGap from './calendar/gap.js';
import calendarLatePlanning from './calendar/late-planning.js';
import calendarMissingBrandTag from './calendar/missing-brand-tag.js';
import calendarMissingLink from './calendar/missing-link.js';
import calendarOffPrimeTime from './calendar/off-prime-time.js';
import calendarOverdue from './calendar/overdue.js';
import calendarPublishedWithoutApproval from './calendar/published-without-approval.js';
import calendarSameCaption from './calendar/same-caption.js';
import calendarTooManyHashtags from './calendar/too-many-hashtags.js';
import calendarUnknownContentType from './calendar/unknown-content-type.js';
import calendarUnknownPlatform from './calendar/unknown-platform.js';
import calendarUnknownStatus from './calendar/unknown-status.js';
import calendarWeekdayMismatch from './calendar/weekday-mismatch.js';
import fileFormulaError from './file/formula-error.js';
import fileHiddenSheet from './file/hidden-sheet.js';
import fileKindNotFound from './file/kind-not-found.js';
import fileMalformedCell from './file/malformed-cell.js';
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
import recapDateUnparseable from './recap/date-unparseable.js';
import recapDateWithoutKol from './recap/date-without-kol.js';
import recapForbiddenClaim from './recap/forbidden-claim.js';
import recapLatePost from './recap/late-post.js';
import recapLowEngagement from './recap/low-engagement.js';
import recapMissingBrandTag from './recap/missing-brand-tag.js';
import recapMissingDisclosure from './recap/missing-disclosure.js';
import recapNotPosted from './recap/not-posted.js';
import recapUnknownKol from './recap/unknown-kol.js';
import recapWeekdayMismatch from './recap/weekday-mismatch.js';
import tableMissingColumn from './table/missing-column.js';
import tableMonthUnknown from './table/month-unknown.js';
import tableUnmappedColumn from './table/unmapped-column.js';

export const rules = [
  affiliateBonusDue,
  affiliateCommissionOutOfRange,
  affiliateContactedLessThanDeals,
  affiliateCountMismatch,
  affiliateDeliverablesIncomplete,
  affiliateDuplicateAccount,
  affiliatePlatformLinkMismatch,
  affiliateUnknownStatus,
  calendarCaptionTooLong,
  calendarDateUnparseable,
  calendarForbiddenClaim,
  calendarGap,
  calendarLatePlanning,
  calendarMissingBrandTag,
  calendarMissingLink,
  calendarOffPrimeTime,
  calendarOverdue,
  calendarPublishedWithoutApproval,
  calendarSameCaption,
  calendarTooManyHashtags,
  calendarUnknownContentType,
  calendarUnknownPlatform,
  calendarUnknownStatus,
  calendarWeekdayMismatch,
  fileFormulaError,
  fileHiddenSheet,
  fileKindNotFound,
  fileMalformedCell,
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
  recapDateUnparseable,
  recapDateWithoutKol,
  recapForbiddenClaim,
  recapLatePost,
  recapLowEngagement,
  recapMissingBrandTag,
  recapMissingDisclosure,
  recapNotPosted,
  recapUnknownKol,
  recapWeekdayMismatch,
  tableMissingColumn,
  tableMonthUnknown,
  tableUnmappedColumn,
] as const satisfies readonly Rule[];

type AnyRule = (typeof rules)[number];
export type RuleId = AnyRule['meta']['id'];
/** `<rule id>:<message id>` of every message a rule declares: what a locale must translate. */
export type RuleMessageKey = AnyRule extends infer R
  ? R extends { meta: { id: infer I extends string; messages: infer M } } ? `${I}:${Extract<keyof M, string>}` : never
  : never;
export type RuleDescriptionKey = `description:${RuleId}`;

export const ruleById: ReadonlyMap<string, Rule> = new Map(rules.map((r): [string, Rule] => [r.meta.id, r]));

/**
 * The rules a kind-only command runs (`recap check`: the recap and file rules): those
 * whose tables include one of `kinds`, and the file-level ones. The engine runs only
 * these, rather than every rule with its findings thrown away afterwards.
 */
export function rulesForKinds(kinds: readonly TableKind[]): (meta: RuleMeta) => boolean {
  return (meta) => meta.kinds === 'all' || meta.kinds.some((k) => kinds.includes(k));
}

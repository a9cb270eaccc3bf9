/** Caption compliance (PRODUCT.md §6): pure functions over caption text and counts, no I/O, never throw. */
export { captionClaims, missingBrandTag, type CaptionClaim, type ClaimMessageId, type MissingBrandTag } from './caption-checks.js';
export { effectiveClaims, findClaims, type ClaimLists, type ClaimMatch } from './claims.js';
export { findDisclosure, type DisclosureMatch } from './disclosure.js';
export { engagementRate, type Engagement, type EngagementInput } from './engagement.js';
export { hasHandle } from './handles.js';
export { oncePerRow } from './once.js';
export { visibleLength } from './text.js';

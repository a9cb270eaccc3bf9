/** Pure, never-throwing readers of the values KOL workbooks hold. No I/O. */
export * from './count.js';
export * from './date.js';
export * from './month.js';
export * from './status.js';
export * from './suggest.js';
export * from './account.js';
export * from './text.js';
export * from './tier.js';
export { weekdayNumber, WEEKDAY_NAMES_ID } from './weekday.js';
export { daysInMonth, isLeapYear, isValidYmd, ymdFromIso } from './calendar.js';

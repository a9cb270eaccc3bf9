/**
 * Weekday names as they appear in front of sheet dates (`Sabtu, 27 Juli 2024`,
 * `Wed, 21 Aug 2024`, Excel id-ID `ddd` → `Sab`). The written weekday is kept so a rule
 * can flag one that contradicts the date (the seed's `Selasa, 21 Agustus 2024`).
 */

const NAMES: Readonly<Record<string, number>> = {
  minggu: 0, ahad: 0, min: 0, sunday: 0, sun: 0,
  senin: 1, sen: 1, monday: 1, mon: 1,
  selasa: 2, sel: 2, tuesday: 2, tue: 2, tues: 2,
  rabu: 3, rab: 3, wednesday: 3, wed: 3,
  kamis: 4, kam: 4, thursday: 4, thu: 4, thur: 4, thurs: 4,
  jumat: 5, jum: 5, friday: 5, fri: 5,
  sabtu: 6, sab: 6, saturday: 6, sat: 6,
};

/** Indonesian weekday names, 0 = Sunday. */
export const WEEKDAY_NAMES_ID: readonly string[] = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
export const WEEKDAY_NAMES_EN: readonly string[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * 0 (Sunday) … 6 (Saturday) for an Indonesian or English weekday name or abbreviation,
 * case-insensitive; apostrophes are ignored (`Jum'at`) and a trailing dot allowed. Else null.
 */
export function weekdayNumber(word: string): number | null {
  const w = String(word ?? '').normalize('NFKC').trim().toLowerCase().replace(/['’‘`]/g, '').replace(/\.$/, '');
  return Object.prototype.hasOwnProperty.call(NAMES, w) ? (NAMES[w] ?? null) : null;
}

// One row of the report's KOLs sheet, as the bench listing's KOLs come out of it:
// KOL, brand, platform, followers, tier, status, status as written, link, source, file.
const STATUSES = ['agreed', 'declined', 'pending', 'unreachable'];
export function reportRow(r) {
  return [`KOL ${r}`, r % 3 ? 'Herbana' : 'Herbamojo', 'Instagram', (r * 7919) % 900_000 + 1000, ['nano', 'micro', 'macro', 'mega'][r % 4],
    STATUSES[r % 4], 'YES (DONE)', `https://www.instagram.com/kol${r}/`, `September 2024!${r + 2}`, 'listing-100000-sep.xlsx'];
}

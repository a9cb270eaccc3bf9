// Types for the deterministic bench data generators (generate.mjs), used by test/bench.
export function listingXlsx(path: string, rows: number, opts?: { realDates?: boolean; oneMonth?: boolean }): Promise<string>;
export function listingXlsxByLibreOffice(dir: string, rows: number): Promise<string | null>;
export function recapCsv(path: string, entries: number, listingRows: number): Promise<string>;
export function calendarCsv(path: string, rows: number): Promise<string>;
export function deliverablesCsv(path: string, rows: number, opts?: { edited?: boolean }): Promise<string>;
export function smallWorkbooks(dir: string, count: number): Promise<string>;

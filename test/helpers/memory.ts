import type { CellValue, RawRow } from '../../src/model/cell.js';
import type { SheetState, WorkbookSource } from '../../src/model/source.js';
import type { EngineIO } from '../../src/engine/check.js';
import { checkFiles } from '../../src/engine/check.js';
import { configSchema, type ConfigInput } from '../../src/config/schema.js';
import type { CheckOptions } from '../../src/engine/check.js';
import type { CheckResult } from '../../src/model/result.js';

export type CellInput = string | number | boolean | null | undefined | CellValue;

export interface MemorySheet {
  name: string;
  rows: CellInput[][];
  state?: SheetState;
  /** Row number of rows[0]; default 1. */
  firstRow?: number;
}

function toCell(v: CellInput): CellValue {
  if (v === null || v === undefined || v === '') return { type: 'empty' };
  if (typeof v === 'string') return { type: 'string', text: v };
  if (typeof v === 'number') return { type: 'number', value: v };
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  return v;
}

/** A workbook that lives in memory, so rule tests need no files (publint's injected-IO shape). */
export function memoryWorkbook(path: string, sheets: MemorySheet[]): WorkbookSource {
  return {
    path,
    format: 'xlsx',
    notices: [],
    sheets: (async function* () {
      for (const s of sheets) {
        yield {
          name: s.name,
          state: s.state ?? 'visible',
          rows: (async function* () {
            const first = s.firstRow ?? 1;
            for (let i = 0; i < s.rows.length; i++) {
              const row: RawRow = { rowNumber: first + i, values: s.rows[i]!.map(toCell) };
              yield row;
            }
          })(),
        };
      }
    })(),
  };
}

/** Run the real engine over in-memory workbooks keyed by file name. */
export async function checkMemory(
  files: Record<string, MemorySheet[]>,
  config: ConfigInput = {},
  options: Partial<CheckOptions> = {},
): Promise<CheckResult> {
  const io: EngineIO = {
    async openWorkbook(path) {
      const sheets = files[path];
      if (!sheets) throw new Error(`no memory file ${path}`);
      return memoryWorkbook(path, sheets);
    },
  };
  return checkFiles(Object.keys(files), configSchema.parse(config), { lang: 'en', ...options }, io);
}

export const LISTING_HEADER = ['No', 'KOL', 'Followers', 'Address', 'Post Date', 'Willing to receive PR Pack', 'Platform', 'Brand', 'Link Instagram'];

/** `n` clean listing rows for September 2024 (micro tier, distinct handles, Herbana). */
export function cleanListingRows(n: number, prefix = 'kol'): CellInput[][] {
  return Array.from({ length: n }, (_, i) => [
    i + 1, `KOL ${prefix} ${i + 1}`, `${20 + i}K`, '', '', '', 'Instagram', 'Herbana', `https://www.instagram.com/${prefix}${i + 1}/`,
  ]);
}

export const HERBANA_CONFIG: ConfigInput = {
  year: 2024,
  brands: [{ name: 'Herbana', aliases: ['HERBANA'] }, { name: 'Herbamojo' }],
};

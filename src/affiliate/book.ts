import type { TableInfo } from '../model/table.js';
import type { Platform } from '../parsers/account.js';
import type { AffiliateMeta, AffiliateRow } from '../rows/affiliate.js';

/** One affiliate deal, the facts the monthly report counts. */
export interface DealFacts {
  readonly key: string | null;
  readonly account: string;
  readonly platform: Platform | null;
  readonly brand: string | null;
  readonly month: string | null;
  readonly done: boolean;
  readonly videos: number | null;
  readonly lives: number | null;
  readonly proofLinks: number;
  readonly hasProofColumn: boolean;
  readonly hasVideosColumn: boolean;
  readonly hasLivesColumn: boolean;
  readonly sales: number | null;
  readonly target: number | null;
}

/** A deal block (or, in the long layout, the table): its declared counts and its deal rows. */
export interface DealBlock {
  readonly table: TableInfo;
  contacted: number | null;
  contactedBy: string | null;
  dealsDeclared: number | null;
  readonly deals: DealFacts[];
}

/**
 * Collects affiliate blocks as the engine reads them, for the monthly report's funnel
 * (contacted → deals → done) per platform × brand × month. Rules keep their own state;
 * this is data for reports, filled in one place.
 */
export class AffiliateBook {
  readonly blocks: DealBlock[] = [];
  private readonly byTable = new Map<TableInfo, DealBlock>();

  private block(table: TableInfo): DealBlock {
    let b = this.byTable.get(table);
    if (!b) {
      b = { table, contacted: null, contactedBy: null, dealsDeclared: null, deals: [] };
      this.byTable.set(table, b);
      this.blocks.push(b);
    }
    return b;
  }

  addMeta(table: TableInfo, meta: AffiliateMeta): void {
    const b = this.block(table);
    if (meta.kind === 'contacted') {
      b.contacted = meta.count;
      b.contactedBy = meta.note;
    } else {
      b.dealsDeclared = meta.count;
    }
  }

  addRow(row: AffiliateRow): void {
    this.block(row.table).deals.push({
      key: row.key,
      account: row.accountName || row.linkText || '',
      platform: row.platform,
      brand: row.brand,
      month: row.month,
      done: row.status?.ok === true && row.status.status === 'done',
      videos: row.videos,
      lives: row.lives,
      proofLinks: row.proofLinks,
      hasProofColumn: row.table.columns.has('proof'),
      hasVideosColumn: row.table.columns.has('videos'),
      hasLivesColumn: row.table.columns.has('lives'),
      sales: row.sales,
      target: row.target,
    });
  }
}

import type { TableInfo } from '../model/table.js';
import type { Platform } from '../parsers/account.js';
import { TripleKeyMap } from '../collections/triple-key-map.js';
import type { AffiliateMeta, AffiliateRow } from '../rows/affiliate.js';

/** Deal counts of one month × platform × brand within a block: what the funnel sums. */
export interface DealTally {
  /** The deal rows' own month; null means "the block's month", read when the report is built. */
  readonly month: string | null;
  readonly platform: Platform | null;
  readonly brand: string | null;
  rows: number;
  done: number;
  /** Done deals whose sheet shows every required deliverable (videos, lives, proof links). */
  complete: number;
  /** Whether these deals' sheet has any deliverable column at all (else "complete" is unknown). */
  measurable: boolean;
  bonusesDue: number;
}

/** A deal block (or, in the long layout, the table): its declared counts and its deal tallies. */
export interface DealBlock {
  readonly table: TableInfo;
  contacted: number | null;
  contactedBy: string | null;
  dealsDeclared: number | null;
  readonly tallies: Map<string, DealTally>;
}

/**
 * Collects affiliate blocks as the engine reads them, for the monthly report's funnel
 * (contacted → deals → done) per platform × brand × month. It keeps counts, not rows, so
 * a million-row deliverables export costs a few tallies, not a million objects.
 */
export class AffiliateBook {
  readonly blocks: DealBlock[] = [];
  private readonly byTable = new Map<TableInfo, DealBlock>();

  constructor(private readonly deliverables: { videos: number; lives: number }) {}

  private block(table: TableInfo): DealBlock {
    let b = this.byTable.get(table);
    if (!b) {
      b = { table, contacted: null, contactedBy: null, dealsDeclared: null, tallies: new Map() };
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

  /** Each block's tallies by month × platform × brand, found per row without building a key. */
  private readonly tallyIndex = new Map<DealBlock, TripleKeyMap<DealTally>>();

  private tallyOf(b: DealBlock, row: AffiliateRow): DealTally {
    let index = this.tallyIndex.get(b);
    if (!index) this.tallyIndex.set(b, (index = new TripleKeyMap()));
    const month = row.month ?? '';
    const platform = row.platform ?? '';
    const brand = row.brand ?? '';
    let t = index.get(month, platform, brand);
    if (!t) {
      t = { month: row.month, platform: row.platform, brand: row.brand, rows: 0, done: 0, complete: 0, measurable: false, bonusesDue: 0 };
      index.set(month, platform, brand, t);
      b.tallies.set(`${month}|${platform}|${brand}`, t);
    }
    return t;
  }

  addRow(row: AffiliateRow): void {
    const b = this.block(row.table);
    const t = this.tallyOf(b, row);
    const cols = row.table.columns;
    const hasVideos = cols.has('videos');
    const hasLives = cols.has('lives');
    const hasProof = cols.has('proof');
    const done = row.status?.ok === true && row.status.status === 'done';
    t.rows++;
    if (hasVideos || hasLives || hasProof) t.measurable = true;
    if (done) {
      t.done++;
      // A deal whose sheet shows no deliverables proves none.
      if ((hasVideos || hasLives || hasProof)
        && (!hasVideos || (row.videos ?? 0) >= this.deliverables.videos)
        && (!hasLives || (row.lives ?? 0) >= this.deliverables.lives)
        && (!hasProof || row.proofLinks > 0)) t.complete++;
    }
    if (row.sales !== null && row.target !== null && row.target > 0 && row.sales >= row.target) t.bonusesDue++;
  }
}

/**
 * The styles of an OpenDocument spreadsheet that change what a cell means: a cell style's
 * data style (a date shown with or without its time, a time of day or an elapsed time,
 * a number shown as TRUE/FALSE), and a table style's `table:display="false"` (a hidden
 * sheet). Read from styles.xml (the common styles: LibreOffice keeps most data styles
 * there) and from content.xml's automatic styles, which come before the sheets.
 */
import { attr } from '../xml/scanner.js';

/** What a data style shows a cell's value as. */
export interface ValueStyle {
  readonly kind: 'date' | 'datetime' | 'time' | 'duration' | 'boolean';
  /** Whether it shows seconds (`hh:mm:ss`), so a time reads as written. */
  readonly seconds: boolean;
}

interface CellStyle { readonly parent: string | undefined; readonly dataStyle: string | undefined }

/** A data style being read: its kind is known once its parts (hours, seconds …) are. */
interface OpenDataStyle { name: string; element: string; time: boolean; seconds: boolean; elapsed: boolean }

/** Parent chains are this deep at most: a loop in a damaged file must not hang the reader. */
const MAX_PARENTS = 8;

export class StyleBook {
  private readonly cellStyles = new Map<string, CellStyle>();
  private readonly dataStyles = new Map<string, ValueStyle | null>();
  private readonly hiddenTables = new Set<string>();
  private readonly resolved = new Map<string, ValueStyle | null>();
  /** Depth inside `office:styles` / `office:automatic-styles`: style elements elsewhere (master pages) are not ours. */
  private section = 0;
  private tableStyle: string | null = null;
  private dataStyle: OpenDataStyle | null = null;

  /** A book that starts from `base` (styles.xml's), so each read of content.xml adds its own automatic styles. */
  constructor(base?: StyleBook) {
    if (!base) return;
    for (const [k, v] of base.cellStyles) this.cellStyles.set(k, v);
    for (const [k, v] of base.dataStyles) this.dataStyles.set(k, v);
    for (const k of base.hiddenTables) this.hiddenTables.add(k);
  }

  /** One element of a styles section (`attrs` is its raw attribute text); the rest of the document is ignored. */
  open(name: string, attrs: string, selfClosing: boolean): void {
    if (name === 'styles' || name === 'automatic-styles') {
      this.section++; // a self-closing one is closed by the scanner too
      return;
    }
    if (this.section === 0) return;
    switch (name) {
      case 'style': {
        const styleName = attr(attrs, 'name');
        const family = attr(attrs, 'family');
        if (styleName === undefined) return;
        if (family === 'table-cell') this.cellStyles.set(styleName, { parent: attr(attrs, 'parent-style-name'), dataStyle: attr(attrs, 'data-style-name') });
        else if (family === 'table' && !selfClosing) this.tableStyle = styleName;
        return;
      }
      case 'table-properties':
        if (this.tableStyle !== null && attr(attrs, 'display') === 'false') this.hiddenTables.add(this.tableStyle);
        return;
      case 'date-style':
      case 'time-style':
      case 'boolean-style':
      case 'number-style':
      case 'percentage-style':
      case 'currency-style':
      case 'text-style': {
        const styleName = attr(attrs, 'name');
        if (styleName === undefined) return;
        const open: OpenDataStyle = { name: styleName, element: name, time: false, seconds: false, elapsed: attr(attrs, 'truncate-on-overflow') === 'false' };
        if (selfClosing) this.dataStyles.set(styleName, valueStyleOf(open));
        else this.dataStyle = open;
        return;
      }
      case 'hours':
        if (this.dataStyle) {
          this.dataStyle.time = true;
          // ODF puts truncate-on-overflow on the time style; some writers put it on its hours.
          if (attr(attrs, 'truncate-on-overflow') === 'false') this.dataStyle.elapsed = true;
        }
        return;
      case 'minutes':
      case 'am-pm':
        if (this.dataStyle) this.dataStyle.time = true;
        return;
      case 'seconds':
        if (this.dataStyle) this.dataStyle.time = this.dataStyle.seconds = true;
        return;
      default:
    }
  }

  close(name: string): void {
    if (name === 'styles' || name === 'automatic-styles') {
      if (this.section > 0) this.section--;
    } else if (name === 'style') {
      this.tableStyle = null;
    } else if (this.dataStyle && name === this.dataStyle.element) {
      this.dataStyles.set(this.dataStyle.name, valueStyleOf(this.dataStyle));
      this.dataStyle = null;
    }
  }

  /** Whether a table (sheet) of this style is hidden. */
  hidden(tableStyle: string | undefined): boolean {
    return tableStyle !== undefined && this.hiddenTables.has(tableStyle);
  }

  /** What a cell of this style shows its value as, through parent styles; null for a plain number or text. */
  valueStyle(cellStyle: string | undefined): ValueStyle | null {
    if (cellStyle === undefined) return null;
    const known = this.resolved.get(cellStyle);
    if (known !== undefined) return known;
    let out: ValueStyle | null = null;
    let name: string | undefined = cellStyle;
    for (let depth = 0; name !== undefined && depth < MAX_PARENTS; depth++) {
      const style = this.cellStyles.get(name);
      if (!style) break;
      if (style.dataStyle !== undefined) {
        out = this.dataStyles.get(style.dataStyle) ?? null;
        break;
      }
      name = style.parent;
    }
    this.resolved.set(cellStyle, out);
    return out;
  }
}

function valueStyleOf(s: OpenDataStyle): ValueStyle | null {
  switch (s.element) {
    case 'date-style': return { kind: s.time ? 'datetime' : 'date', seconds: s.seconds };
    case 'time-style': return { kind: s.elapsed ? 'duration' : 'time', seconds: s.seconds };
    case 'boolean-style': return { kind: 'boolean', seconds: false };
    default: return null;
  }
}

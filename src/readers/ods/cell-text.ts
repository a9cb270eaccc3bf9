/**
 * The text of one cell of an OpenDocument spreadsheet, as LibreOffice shows it: its
 * paragraphs (`text:p`, `text:h`) joined by line breaks; `text:s` (with its count),
 * `text:tab` and `text:line-break` as the characters they stand for; spans read through;
 * the first `text:a` link kept; a comment (`office:annotation`), a note or a drawing
 * anchored in the cell left out, as they are not the cell's text.
 */
import { decodeXml, type AttrPositions } from '../xml/scanner.js';

/** A `text:s` asks for this many spaces at most: a cell holds 32,767 characters in Excel. */
const MAX_SPACES = 32_767;

/** Whether the name or attribute whose local part starts at `local` in `src` carries `prefix` (`calcext:`, `draw:`). */
export function hasPrefix(src: string, local: number, prefix: string): boolean {
  const before = local - 1 - prefix.length;
  if (src.charCodeAt(local - 1) !== 0x3a || !src.startsWith(prefix, before)) return false;
  const c = src.charCodeAt(before - 1);
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3c; // the prefix starts the name
}

/** A positive count from an attribute value (a repeat, `text:c="3"`), at most `max`; 1 when none reads. */
export function countAt(s: string, start: number, end: number, max: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = s.charCodeAt(i) - 0x30;
    if (d < 0 || d > 9) return 1;
    n = n * 10 + d;
    if (n > max) return max;
  }
  return n >= 1 ? n : 1;
}

/** Reads the inside of one cell at a time: `reset` at the cell's start, `text` and `url` at its end. */
export class CellText {
  /** The paragraphs so far, joined by line breaks; null before the first. */
  text: string | null = null;
  url: string | null = null;
  private depth = 0;
  /** The paragraph being read, and character data not yet added to it (collapsed once whole). */
  private paragraph = '';
  private chars = '';
  /** Depth inside what the cell holds besides its text. */
  private skip = 0;

  /** `drawingPrefix`: the prefix the document gives the drawing namespace. */
  constructor(private drawingPrefix = 'draw') {}

  usePrefixes(drawingPrefix: string): void {
    this.drawingPrefix = drawingPrefix;
  }

  reset(): void {
    this.text = null;
    this.url = null;
    this.depth = 0;
    this.skip = 0;
  }

  /** Whether character data now is the cell's text. */
  wantsText(): boolean {
    return this.depth > 0 && this.skip === 0;
  }

  addText(raw: string): void {
    if (this.wantsText()) this.chars = this.chars === '' ? raw : this.chars + raw;
  }

  /** An element inside the cell. `local` is where its local name starts in `src`. */
  open(src: string, name: string, local: number, selfClosing: boolean, attrs: AttrPositions): void {
    // The scanner closes a self-closing tag too, so inside a skipped element every open counts.
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    switch (name) {
      case 'p':
      case 'h':
        if (selfClosing) {
          if (this.depth === 0) this.text = this.text === null ? '' : `${this.text}\n`;
        } else if (this.depth++ === 0) {
          this.paragraph = '';
          this.chars = '';
        }
        return;
      case 's': {
        if (this.depth === 0) return;
        let n = 1;
        for (let k = 0; k < attrs.count * 4; k += 4) if (attrs.pos[k + 1]! - attrs.pos[k]! === 1 && src.charCodeAt(attrs.pos[k]!) === 0x63 /* c */) n = countAt(src, attrs.pos[k + 2]!, attrs.pos[k + 3]!, MAX_SPACES);
        this.literal(' '.repeat(n));
        return;
      }
      case 'tab':
        if (this.depth > 0) this.literal('\t');
        return;
      case 'line-break':
        if (this.depth > 0) this.literal('\n');
        return;
      case 'a':
        if (this.url === null) {
          for (let k = 0; k < attrs.count * 4; k += 4) {
            if (attrs.pos[k + 1]! - attrs.pos[k]! === 4 && src.startsWith('href', attrs.pos[k]!)) this.url = decodeXml(src.slice(attrs.pos[k + 2]!, attrs.pos[k + 3]!));
          }
        }
        return;
      case 'annotation':
      case 'note':
      case 'table':
        this.skip = 1;
        return;
      default:
        // A drawing anchored in the cell (a picture, a shape with its own text) is not the cell's text.
        if (hasPrefix(src, local, this.drawingPrefix)) this.skip = 1;
    }
  }

  /** A close tag inside the cell; true when it is the cell's own. */
  close(name: string): boolean {
    if (this.skip > 0) {
      this.skip--;
      return false;
    }
    if ((name === 'p' || name === 'h') && this.depth > 0 && --this.depth === 0) this.closeParagraph();
    return name === 'table-cell' || name === 'covered-table-cell';
  }

  /** Spaces, a tab or a line break written as an element: kept as they are, unlike spaces in the text. */
  private literal(text: string): void {
    this.flushChars();
    this.paragraph += text;
  }

  /** Character data: runs of white space are one space, and none opens a paragraph (ODF 1.3 §6.1.2). */
  private flushChars(): void {
    if (this.chars === '') return;
    let text = decodeXml(this.chars);
    this.chars = '';
    if (/[\t\n\r]| {2}/.test(text)) text = text.replace(/[ \t\n\r]+/g, ' ');
    if (this.paragraph === '' && text.charCodeAt(0) === 0x20) text = text.slice(1);
    this.paragraph += text;
  }

  private closeParagraph(): void {
    this.flushChars();
    this.text = this.text === null ? this.paragraph : `${this.text}\n${this.paragraph}`;
    this.paragraph = '';
  }
}

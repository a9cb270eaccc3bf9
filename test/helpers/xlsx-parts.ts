/**
 * Hand-made .xlsx packages, part by part, for constructs no writer on this machine
 * produces (a namespace prefix on every element, a workbook outside xl/, a shared-strings
 * part cased differently from its reference …). Each part is written as given; the
 * defaults are a minimal valid package that Excel and LibreOffice open.
 */
import { zipArchive } from './fixtures.js';

export const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface PackageSpec {
  /** Where the workbook part lives (default `xl/workbook.xml`). */
  workbookPath?: string;
  /** workbook.xml whole (default: one sheet "S" pointing at rId1). */
  workbook?: string;
  /** The workbook's relationships whole (default: rId1 → worksheets/sheet1.xml, styles, shared strings). */
  workbookRels?: string;
  /** Part name → XML (the sheets, styles, shared strings, any other part). */
  parts: Record<string, string>;
  /** Overrides for [Content_Types].xml (default: workbook, sheets, styles, strings by extension). */
  contentTypes?: string;
  /** A declared size that lies, per part name. */
  declaredSizes?: Record<string, number>;
}

/** A worksheet part around rows XML (`<row …>…</row>`), with the default namespace. */
export function worksheet(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** styles.xml whose cellXfs are 0: General, then one xf per number format code given (s=1, 2, …). */
export function styles(formats: readonly string[] = []): string {
  const numFmts = formats.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${code.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"/>`).join('');
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', ...formats.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`)].join('');
  return `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS_MAIN}">${formats.length ? `<numFmts count="${formats.length}">${numFmts}</numFmts>` : ''}<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${formats.length + 1}">${xfs}</cellXfs></styleSheet>`;
}

export function sharedStrings(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS_MAIN}" count="${items.length}" uniqueCount="${items.length}">${items.map((x) => `<si>${x}</si>`).join('')}</sst>`;
}

export function xlsxPackage(spec: PackageSpec): Buffer {
  const wbPath = spec.workbookPath ?? 'xl/workbook.xml';
  const wbDir = wbPath.includes('/') ? wbPath.slice(0, wbPath.lastIndexOf('/')) : '';
  const wbName = wbPath.slice(wbPath.lastIndexOf('/') + 1);
  const workbook = spec.workbook ?? `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const rels = spec.workbookRels ?? `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${spec.parts[`${wbDir}/styles.xml`] ? `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` : ''}${spec.parts[`${wbDir}/sharedStrings.xml`] ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`;
  const overrides = Object.keys(spec.parts).map((p) => {
    const type = /worksheets?\//.test(p) || /sheets\//.test(p) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml'
      : /styles\.xml$/i.test(p) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'
        : /sharedstrings\.xml$/i.test(p) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml' : null;
    return type ? `<Override PartName="/${p}" ContentType="${type}"/>` : '';
  }).join('');
  const contentTypes = spec.contentTypes ?? `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${wbPath}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}</Types>`;
  const entries: Record<string, string> = {
    '[Content_Types].xml': contentTypes,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${wbPath}"/></Relationships>`,
    [wbPath]: workbook,
    [`${wbDir ? `${wbDir}/` : ''}_rels/${wbName}.rels`]: rels,
    ...spec.parts,
  };
  return zipArchive(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, { data, deflate: true, declaredSize: spec.declaredSizes?.[name] }])));
}

/** A sheet's rows in the default package, with optional styles and shared strings. */
export function simpleXlsx(rows: string, opts: { formats?: string[]; strings?: string[]; date1904?: boolean; after?: string } = {}): Buffer {
  const parts: Record<string, string> = { 'xl/worksheets/sheet1.xml': worksheet(rows, opts.after) };
  if (opts.formats) parts['xl/styles.xml'] = styles(opts.formats);
  if (opts.strings) parts['xl/sharedStrings.xml'] = sharedStrings(opts.strings);
  const workbook = opts.date1904
    ? `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`
    : undefined;
  return xlsxPackage({ parts, workbook });
}

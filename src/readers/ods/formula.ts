/**
 * An OpenFormula (`of:=[.B2]*2`, `of:=SUM([.A1:.A9];[Sheet2.B1])`) in the A1 notation an
 * .xlsx formula has (`B2*2`, `SUM(A1:A9,Sheet2!B1)`), so RawRow.formulas — and the
 * textconv diff — read the same whichever format a workbook was saved in. Only the
 * notation changes: references, the `;` argument separator, the namespace prefix; the
 * function names are left as LibreOffice wrote them.
 */

/** `of:=…`, `msoxl:=…`, `=…` → the formula without its prefix and `=`. */
function body(formula: string): string {
  return formula.replace(/^[A-Za-z][\w.-]*:(?==)/, '').replace(/^=/, '');
}

/** One end of a reference (`.B2`, `$Sheet1.$A$1`, `'Data Okt'.A1`) → its sheet and cell. */
function splitEnd(end: string): { sheet: string; cell: string } {
  let dot = -1;
  let quoted = false;
  for (let i = 0; i < end.length; i++) {
    const c = end[i];
    if (c === "'") quoted = !quoted;
    else if (c === '.' && !quoted) dot = i;
  }
  if (dot < 0) return { sheet: '', cell: end };
  return { sheet: end.slice(0, dot).replace(/^\$/, ''), cell: end.slice(dot + 1) };
}

/** The inside of `[…]` in A1 notation: `.A1:.B3` → `A1:B3`, `Sheet2.A1` → `Sheet2!A1`. */
function reference(inner: string): string {
  const ends = inner.split(':').map(splitEnd);
  const sheet = ends[0]!.sheet;
  return ends.map((e, i) => (e.sheet !== '' && (i === 0 || e.sheet !== sheet) ? `${e.sheet}!${e.cell}` : e.cell)).join(':');
}

export function excelFormula(formula: string): string {
  const f = body(formula);
  let out = '';
  for (let i = 0; i < f.length; ) {
    const c = f[i]!;
    if (c === '"') {
      // A string literal, `""` being a quote inside it: copied as it is.
      let j = i + 1;
      while (j < f.length && !(f[j] === '"' && f[j + 1] !== '"')) j += f[j] === '"' ? 2 : 1;
      out += f.slice(i, j + 1);
      i = j + 1;
    } else if (c === '[') {
      const close = f.indexOf(']', i + 1);
      if (close < 0) return out + f.slice(i);
      out += reference(f.slice(i + 1, close));
      i = close + 1;
    } else {
      out += c === ';' ? ',' : c;
      i++;
    }
  }
  return out;
}

/**
 * Which delimiter a CSV uses and where its data starts: the user's `--delimiter`, an
 * Excel `sep=` first line, or detection from the first lines. It imports nothing, so the
 * CLI can check `--delimiter` without loading the CSV reader.
 */

const NAMED_DELIMITERS: Readonly<Record<string, string>> = {
  tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|',
};

/**
 * `--delimiter` as a user types it: a shell turns `\t` into two characters, and
 * `tab`/`semicolon`/`comma`/`pipe` avoid quoting trouble. Throws RangeError otherwise,
 * so the CLI can report a usage error.
 */
export function normalizeDelimiter(input: string): string {
  const named = NAMED_DELIMITERS[input.trim().toLowerCase()];
  if (named !== undefined) return named;
  if (input.length === 1 && !'"\r\n'.includes(input)) return input;
  throw new RangeError(
    `unknown delimiter ${JSON.stringify(input)}: use one character, "tab", "comma", "semicolon" or "pipe"`,
  );
}

const CANDIDATES = [',', ';', '\t', '|'] as const;
const DETECT_LINES = 20;

/**
 * For each of the first `maxLines` non-empty logical lines, how often each candidate
 * occurs outside double quotes. A quoted field may hold the delimiter or a line break,
 * so quotes must be respected even in this rough count.
 */
function delimiterCounts(text: string, maxLines: number): number[][] {
  const lines: number[][] = [];
  let counts = CANDIDATES.map(() => 0);
  let inQuotes = false;
  let lineHasChars = false;
  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const ch = text[i] as string;
    if (ch === '"') inQuotes = !inQuotes; // `""` toggles twice: net unchanged, as it should
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      if (lineHasChars) lines.push(counts);
      counts = CANDIDATES.map(() => 0);
      lineHasChars = false;
      continue;
    } else if (!inQuotes) {
      const k = (CANDIDATES as readonly string[]).indexOf(ch);
      if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
    }
    lineHasChars = true;
  }
  if (lineHasChars && lines.length < maxLines) lines.push(counts);
  return lines;
}

/** The most common non-zero value and how many lines have it (ties: the larger value). */
function modeOfNonZero(values: readonly number[]): { value: number; lines: number } {
  const freq = new Map<number, number>();
  for (const v of values) if (v > 0) freq.set(v, (freq.get(v) ?? 0) + 1);
  let best = { value: 0, lines: 0 };
  for (const [value, lines] of freq) {
    if (lines > best.lines || (lines === best.lines && value > best.value)) best = { value, lines };
  }
  return best;
}

/**
 * The delimiter that gives the most lines the same non-zero field count. Consistency,
 * not raw frequency: a `;` file full of `1.234,56` has commas too, but not on every line
 * and not the same number of them. Ties go to more fields, then to `,` `;` tab `|`.
 */
export function detectDelimiter(text: string): string {
  const lines = delimiterCounts(text, DETECT_LINES);
  let best = { delimiter: ',', lines: 0, count: 0 };
  CANDIDATES.forEach((delimiter, k) => {
    const mode = modeOfNonZero(lines.map((c) => c[k] ?? 0));
    if (mode.lines > best.lines || (mode.lines === best.lines && mode.value > best.count)) {
      best = { delimiter, lines: mode.lines, count: mode.value };
    }
  });
  return best.delimiter;
}

/** Excel honours a first line `sep=;` and so do we; the line itself is not data. */
export function splitSepLine(text: string): { body: string; firstLine: number; delimiter?: string } {
  const m = /^sep=([^\r\n])(\r\n|\n|\r|$)/i.exec(text);
  if (!m) return { body: text, firstLine: 1 };
  return { body: text.slice(m[0].length), firstLine: 2, delimiter: m[1] as string };
}

// Kept apart from csv.ts so the CLI can check --delimiter without loading the CSV reader.

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

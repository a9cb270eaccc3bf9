// The format names alone, so the CLI can declare --format without loading every formatter.
export type FormatName = 'text' | 'json' | 'github' | 'junit' | 'sarif';
export const FORMAT_NAMES: readonly FormatName[] = ['text', 'json', 'github', 'junit', 'sarif'];

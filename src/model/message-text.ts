import type { MessageArg } from './finding.js';

/**
 * A message argument as English plain text, for an Error's `message` (logs, a stack
 * trace): a reference's template from `texts`, its `{name}` and `{name, number}` filled
 * in (references inside it too); a key `texts` does not have stands for itself. What a
 * user reads is the argument rendered from the catalogue, in the run's language.
 */
export function plainText(arg: MessageArg, texts: Readonly<Record<string, string>>): string {
  if (typeof arg === 'string') return arg;
  if (typeof arg === 'number') return String(arg);
  if ('list' in arg) return arg.list.map((a) => plainText(a, texts)).join(', ');
  const template = texts[arg.key];
  if (template === undefined) return arg.key;
  return template.replace(/\{\s*(\w+)\s*(?:,\s*number\s*)?\}/g, (whole, name: string) => {
    const value = arg.args?.[name];
    return value === undefined ? whole : plainText(value, texts);
  });
}

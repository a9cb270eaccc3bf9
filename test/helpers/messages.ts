/**
 * All of kolops's English in one record, keyed as the locales are: the UI text of every
 * area, each rule's messages (`<rule>:<id>`) and descriptions (`description:<rule>`).
 * Tests hold every locale to it, and build the pseudo-locale from it.
 */
import { english } from '../../src/i18n/english.js';
import type { MessageKey } from '../../src/i18n/locale.js';
import { rules } from '../../src/rules/index.js';

export function allEnglish(): Record<MessageKey, string> {
  const out: Record<string, string> = { ...english };
  for (const r of rules) {
    for (const [id, text] of Object.entries(r.meta.messages)) out[`${r.meta.id}:${id}`] = text;
    out[`description:${r.meta.id}`] = r.meta.description;
  }
  return out as Record<MessageKey, string>;
}

/**
 * The English of every UI key, gathered from the modules beside the code that shows it.
 * Rule messages are not here: the engine renders them from each rule's `meta.messages`,
 * so i18n imports no rule at run time.
 */
import { commandMessages } from '../cli/messages/commands.js';
import { diffMessages } from '../diff/messages.js';
import { formatterMessages } from '../formatters/messages.js';
import { reportMessages } from '../report/messages.js';
import { tableMessages } from '../tables/messages.js';
import { templateMessages } from '../templates/messages.js';
import type { UiKey } from './locale.js';

export const english: { readonly [K in UiKey]: string } = {
  ...commandMessages,
  ...diffMessages,
  ...formatterMessages,
  ...reportMessages,
  ...tableMessages,
  ...templateMessages,
};

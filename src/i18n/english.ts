/**
 * The English of every UI key, gathered from the modules beside the code that shows it.
 * Rule messages are not here: the engine renders them from each rule's `meta.messages`,
 * so i18n imports no rule at run time.
 */
import { commandMessages } from '../cli/messages/commands.js';
import { configMessages } from '../cli/messages/config-words.js';
import { helpMessages } from '../cli/messages/help-words.js';
import { runMessages } from '../cli/messages/run-words.js';
import { systemMessages } from '../cli/messages/system-words.js';
import { usageMessages } from '../cli/messages/usage-words.js';
import { diffMessages } from '../diff/messages.js';
import { formatterMessages } from '../formatters/messages.js';
import { readerMessages } from '../readers/messages.js';
import { reportMessages } from '../report/messages.js';
import { tableMessages } from '../tables/messages.js';
import { templateMessages } from '../templates/messages.js';
import { zipMessages } from '../zip/messages.js';
import type { UiKey } from './locale.js';

export const english: { readonly [K in UiKey]: string } = {
  ...commandMessages,
  ...configMessages,
  ...helpMessages,
  ...runMessages,
  ...systemMessages,
  ...usageMessages,
  ...diffMessages,
  ...formatterMessages,
  ...reportMessages,
  ...tableMessages,
  ...templateMessages,
  ...readerMessages,
  ...zipMessages,
};

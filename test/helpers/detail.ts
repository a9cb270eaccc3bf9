import { format, type Lang } from '../../src/i18n/index.js';
import type { MessageArg } from '../../src/model/finding.js';

/** A reader's detail (an UnreadableFileError's, a ZipError's) as a user reads it: English unless `lang` says otherwise. */
export function detailText(detail: MessageArg, lang: Lang = 'en'): string {
  return format('{detail}', { detail }, lang);
}

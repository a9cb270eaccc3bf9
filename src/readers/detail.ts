/**
 * The `detail` of an UnreadableFileError as a reader gives it: a reference to one of its
 * messages (readers/messages.ts) or of the zip module's (zip/messages.ts), which the
 * finding renders in the run's language, with the English kept as the error's `message`
 * for logs.
 */
import type { MessageArg, MessageArgs, MessageRef } from '../model/finding.js';
import { plainText } from '../model/message-text.js';
import { UnreadableFileError, type UnreadableReason } from '../model/source.js';
import { zipMessages } from '../zip/messages.js';
import { readerMessages } from './messages.js';

export type ReaderMessageKey = keyof typeof readerMessages;

const ENGLISH: Readonly<Record<string, string>> = { ...zipMessages, ...readerMessages };

/** One of the readers' messages as a detail (or an argument of another). */
export function readerText(key: ReaderMessageKey, args?: MessageArgs): MessageRef {
  return args ? { key, args } : { key };
}

/** The error a reader throws: `detail` a reference (readerText, a ZipError's), or a value quoted as it is. */
export function unreadableFile(reason: UnreadableReason, detail?: MessageArg): UnreadableFileError {
  return detail === undefined ? new UnreadableFileError(reason) : new UnreadableFileError(reason, detail, plainText(detail, ENGLISH));
}

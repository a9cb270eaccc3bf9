/**
 * What the operating system's error codes mean, as what happened and what to do
 * (system.ts picks them by code: `cli-system:<CODE>` either way, `read-`/`write-` where it
 * differs). English; every other language is one file in src/i18n/locales/. Data only:
 * this module imports nothing.
 */
export const systemMessages = {
  // The same whether kolops was reading or writing.
  'cli-system:free-space': 'Free some space, then run again.',
  'cli-system:fewer-files': 'Close some programs, or raise the limit (ulimit -n), then run again.',
  'cli-system:ENOSPC': 'the disk is full',
  'cli-system:EDQUOT': 'the disk quota is used up',
  'cli-system:EROFS': 'the disk is read-only',
  'cli-system:EROFS-todo': 'Use a folder on another disk.',
  'cli-system:EMFILE': 'too many files are open at once',
  'cli-system:ENFILE': 'the system has too many files open',
  'cli-system:EBUSY': 'it is in use by another program',
  'cli-system:EBUSY-todo': 'Close it there, then run again.',
  'cli-system:ENOTDIR': 'a part of its path is a file, not a folder',
  'cli-system:ENOTDIR-todo': 'Check the path.',
  'cli-system:ENAMETOOLONG': 'the name is too long',
  'cli-system:ENAMETOOLONG-todo': 'Use a shorter file name or folder path.',
  'cli-system:ELOOP': 'its path goes round a loop of symbolic links',
  'cli-system:ELOOP-todo': 'Fix or remove the link.',
  'cli-system:EIO': 'the disk reported an input/output error',
  'cli-system:EIO-todo': 'Check the disk or network drive, then run again.',
  // Reading a file.
  'cli-system:read-ENOENT': 'it does not exist',
  'cli-system:read-ENOENT-todo': 'Check the file name and its folder.',
  'cli-system:read-EACCES': 'permission denied: this user may not read it',
  'cli-system:read-EACCES-todo': 'Give it read permission (chmod u+r), or run as a user who may read it.',
  'cli-system:read-EISDIR': 'it is a folder, not a file',
  'cli-system:read-EISDIR-todo': 'Name the file inside it.',
  // Writing a file ({dir} is its folder).
  'cli-system:write-ENOENT': 'its folder {dir} does not exist',
  'cli-system:write-ENOENT-todo': 'Create the folder first, or name a file in a folder that exists.',
  'cli-system:write-EACCES': 'permission denied: this user may not write in {dir}',
  'cli-system:write-EACCES-todo': 'Name a file in a folder you may write in, or change the folder\'s permissions.',
  'cli-system:write-EISDIR': 'it is a folder',
  'cli-system:write-EISDIR-todo': 'Name a file, e.g. {file}/report.txt.',
  // A code without a sentence; an output that could not be written.
  'cli-system:unknown': 'the system said {code}',
  'cli-system:cannot-write': 'could not write {file}: {what} Nothing was changed.',
} as const;

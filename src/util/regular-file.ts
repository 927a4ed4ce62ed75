/**
 * Reading a file a setting names (a kubeconfig, a certificate, a token file) without hanging or
 * filling memory: anything that is not a regular file (a named pipe, /dev/zero, a socket, a
 * folder) or is larger than the limit is refused before it is read, and it is opened with
 * O_NONBLOCK and checked again once open.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** What a file that is not a regular file is, in words. */
export function kindOfFile(info: Stats): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device (like /dev/zero)';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** Why a file cannot be read: `code` is ENOENT/EACCES/… or NOT_REGULAR/TOO_LARGE. */
export class UnreadableFile extends Error {
  readonly code: string;
  constructor(code: string, reason: string) {
    super(reason);
    this.name = 'UnreadableFile';
    this.code = code;
  }
}

function check(info: Stats, maxBytes: number): void {
  if (!info.isFile()) throw new UnreadableFile('NOT_REGULAR', `it is ${kindOfFile(info)}, not a regular file`);
  if (info.size > maxBytes) throw new UnreadableFile('TOO_LARGE', `it is ${info.size} bytes, more than the ${maxBytes} bytes read`);
}

/** The bytes of a regular file of at most maxBytes; throws UnreadableFile saying why not. */
export function readRegularFileSync(file: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    check(statSync(file), maxBytes);
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    if (e instanceof UnreadableFile) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new UnreadableFile(code, code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code);
  }
  try {
    check(fstatSync(fd), maxBytes);
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length <= maxBytes; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw new UnreadableFile('TOO_LARGE', `it grew beyond ${maxBytes} bytes while it was read`);
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

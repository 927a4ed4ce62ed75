/**
 * The files inputs name (config, template-path): looked at before they are opened, so a named
 * pipe, a device (/dev/zero), a socket, a folder, a kernel interface (/proc, /sys) or an
 * over-large file is refused with a message instead of hanging or filling memory. Opened with
 * O_NONBLOCK and checked again once open, so a file swapped meanwhile cannot block either.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, mkdir, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ActionError } from '../errors.js';
import { escapeHidden } from '../util/hidden-chars.js';
import { kindOfFile } from '../util/regular-file.js';

export { kindOfFile };

/** The largest config file read: a config is a few kilobytes, and renders into an object Kubernetes caps at 1 MiB. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Kernel interfaces: reading them can reveal the process's secrets, writing them can change the system. */
const KERNEL_ROOTS = ['/proc', '/sys'];

export interface NamedFile {
  /** The input that names the file, e.g. `config`. */
  input: string;
  /** The path as the user gave it. */
  given: string;
  /** The absolute path (relative paths resolved against the workspace). */
  full: string;
}

function fail(f: NamedFile, problem: string, hint: string, cause?: unknown): never {
  throw new ActionError(`Input '${f.input}' names '${escapeHidden(f.given)}', which ${problem}.`, { hint, title: `input ${f.input}`, ...(cause === undefined ? {} : { cause }) });
}

function underKernel(resolved: string): string | undefined {
  return KERNEL_ROOTS.find((root) => resolved === root || resolved.startsWith(`${root}/`));
}

function mib(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/**
 * The text of a file the user names, at most `maxBytes` long and UTF-8. `missingHint` says what
 * to do when it does not exist.
 */
export async function readNamedFile(f: NamedFile, maxBytes: number, missingHint: string, example: string): Promise<string> {
  let resolved: string;
  try {
    resolved = await realpath(f.full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') fail(f, `was not found (looked for ${escapeHidden(f.full)})`, missingHint);
    return fail(f, `could not be read: ${(e as Error).message}`, 'Check that the file exists and is readable.', e);
  }
  const kernel = underKernel(resolved);
  if (kernel !== undefined) fail(f, `is ${escapeHidden(resolved)}, a kernel interface under ${kernel}, not a file of the repository`, `Set ${example}`);
  const checked = (info: Stats): void => {
    if (!info.isFile()) fail(f, `is ${kindOfFile(info)}, not a regular file`, `Set ${example}`);
    if (info.size > maxBytes) fail(f, `is ${mib(info.size)} (${info.size} bytes), too large: at most ${mib(maxBytes)} is read`, `An AphexPipeline config is a few kilobytes: check that ${f.input} names the right file.`);
  };
  checked(await stat(resolved));
  const handle = await open(resolved, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  try {
    checked(await handle.stat());
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let n = -1; n !== 0 && length <= maxBytes; length += n) n = (await handle.read(buffer, length, buffer.length - length, null)).bytesRead;
    if (length > maxBytes) fail(f, `grew beyond ${mib(maxBytes)} while it was read`, `Set ${example}`);
    return utf8(f, buffer.subarray(0, length));
  } finally {
    await handle.close();
  }
}

/** Decodes UTF-8, or fails naming the line and column of the first byte that is not UTF-8. */
function utf8(f: NamedFile, bytes: Buffer): string {
  const text = bytes.toString('utf8');
  const bad = text.indexOf('\uFFFD');
  if (bad < 0) return text;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text; // The file holds U+FFFD itself.
  } catch {
    const before = text.slice(0, bad).split('\n');
    const line = before.length;
    const col = (before[before.length - 1] ?? '').length + 1;
    return fail(f, `is not UTF-8 text (the first invalid byte is at line ${line}, column ${col})`, 'Save the file as UTF-8.');
  }
}

/**
 * Writes `text` to a file the user names, creating its folder. Refuses kernel interfaces and
 * anything that exists but is not a regular file, before opening it.
 */
export async function writeNamedFile(f: NamedFile, text: string, example: string): Promise<void> {
  const resolved = await resolveForWrite(f.full);
  const kernel = underKernel(resolved);
  if (kernel !== undefined) fail(f, `is ${escapeHidden(resolved)}, a kernel interface under ${kernel}; the template is not written there`, `Set ${example}`);
  const existing = await stat(resolved).catch(() => undefined);
  if (existing && !existing.isFile()) fail(f, `is ${kindOfFile(existing)}, not a regular file`, `Set ${example}`);
  try {
    await mkdir(path.dirname(resolved), { recursive: true });
    const handle = await open(resolved, constants.O_WRONLY | constants.O_CREAT | constants.O_NONBLOCK | constants.O_NOCTTY, 0o644);
    try {
      const info = await handle.stat();
      if (!info.isFile()) fail(f, `is ${kindOfFile(info)}, not a regular file`, `Set ${example}`);
      await handle.truncate(0);
      await handle.writeFile(text, 'utf8');
    } finally {
      await handle.close();
    }
  } catch (e) {
    if (e instanceof ActionError) throw e;
    fail(f, `could not be written: ${(e as Error).message}`, `Set ${example} (a writable file path).`, e);
  }
}

/** `full` with the symbolic links of its longest existing ancestor resolved. */
async function resolveForWrite(full: string): Promise<string> {
  let existing = full;
  const rest: string[] = [];
  for (;;) {
    const found = await lstat(existing).then(
      () => true,
      () => false,
    );
    if (found) break;
    const parent = path.dirname(existing);
    if (parent === existing) return full;
    rest.unshift(path.basename(existing));
    existing = parent;
  }
  const real = await realpath(existing).catch(() => existing);
  return path.join(real, ...rest);
}

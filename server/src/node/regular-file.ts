import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

export type FileBytes = { bytes: Buffer } | { error: string; missing?: true };

/**
 * The bytes of a regular file, and never anything else: a FIFO, socket or device named like
 * a plan or a config would block a read forever. The file is opened without blocking and
 * checked on the opened descriptor, so it cannot be swapped between the check and the read.
 * `maxBytes` refuses larger files before reading them.
 */
export function readRegularFile(path: string, maxBytes = Infinity): FileBytes {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { error: 'does not exist', missing: true };
    return { error: `cannot be read (${code ?? String(error)})` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { error: 'is a folder' };
    if (!stat.isFile()) return { error: 'is not a regular file' };
    if (stat.size > maxBytes) return { error: `is ${(stat.size / 1024 / 1024).toFixed(1)} MB, larger than the ${maxBytes / 1024 / 1024} MB a plan may be` };
    return { bytes: readFileSync(fd) };
  } catch (error) {
    return { error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * A config or ignore file as UTF-8 text: undefined when there is none, `{ error }` when
 * something is there but cannot be read as a file (the caller reports it).
 */
export function readRegularTextFile(path: string): string | { error: string } | undefined {
  const read = readRegularFile(path, MAX_SETTINGS_BYTES);
  if ('bytes' in read) return read.bytes.toString('utf8');
  return read.missing ? undefined : { error: read.error };
}

/** Config and ignore files are small; past this they are not read. */
const MAX_SETTINGS_BYTES = 1024 * 1024;

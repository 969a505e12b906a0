/**
 * The files below the build's inputs: folders walked in a stable order, each real folder once
 * (by device and inode, so `ln -s . self` neither repeats documents nor loops), and every file
 * that will not be read listed with the reason.
 */
import { lstatSync, readdirSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { DocumentFormat } from '../../core/types.js';

/** A problem with the user's input, as opposed to a bug: the CLI reports it and exits with 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface SkippedFile {
  file: string;
  reason: string;
}

/** File name extension (lower case) → the format it is read as. */
export const FORMAT_OF_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** Formats people keep next to their documents that have no maintained reader in JavaScript. */
const UNREAD_FORMATS: Readonly<Record<string, string>> = {
  '.doc': 'old Word format (.doc) is not read: save it as .docx',
  '.wps': 'WPS Writer format (.wps) is not read: save it as .docx',
};

export const MANIFEST = 'manifest.json';

/** Why a path cannot be read, in words: a dangling symbolic link, a loop, permissions (chmod 000). */
export function whyUnreadable(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
  if (code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return `broken symbolic link to ${readlinkSync(path)}`;
    } catch {
      // Not there at all: the plain answer below.
    }
    return 'no such file or directory';
  }
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code;
}

/** Sockets, pipes and devices: reading a named pipe called x.txt would block the build forever. */
function specialKind(stat: Stats): string | undefined {
  if (stat.isFIFO()) return 'named pipe';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  return undefined;
}

const readList = Object.keys(FORMAT_OF_EXTENSION).join(' ');

/** Document files below the inputs, in a stable order; hidden entries are left out silently. */
export function listFiles(inputs: string[], skipped: SkippedFile[]): { file: string; format: DocumentFormat }[] {
  const files: { file: string; format: DocumentFormat }[] = [];
  const seenFolders = new Map<string, string>();
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      if (explicit) throw new InputError(`${path}: ${whyUnreadable(path, error)}`);
      skipped.push({ file: path, reason: `unreadable: ${whyUnreadable(path, error)}` });
      return;
    }
    if (stat.isDirectory()) {
      const identity = `${stat.dev}:${stat.ino}`;
      const first = seenFolders.get(identity);
      if (first !== undefined) {
        skipped.push({ file: path, reason: `folder already read as ${first} (a symbolic link leads back to it)` });
        return;
      }
      seenFolders.set(identity, path);
      let names: string[];
      try {
        names = readdirSync(path);
      } catch (error) {
        skipped.push({ file: path, reason: `unreadable folder: ${whyUnreadable(path, error)}` });
        return;
      }
      for (const name of names.sort()) if (!name.startsWith('.')) visit(join(path, name), false);
      return;
    }
    const special = specialKind(stat);
    const extension = extname(path).toLowerCase();
    const format = FORMAT_OF_EXTENSION[extension];
    if (special !== undefined) skipped.push({ file: path, reason: `not a regular file (${special})` });
    else if (format !== undefined) files.push({ file: path, format });
    else if (UNREAD_FORMATS[extension] !== undefined) skipped.push({ file: path, reason: UNREAD_FORMATS[extension] });
    else if (basename(path) !== MANIFEST) skipped.push({ file: path, reason: `not a document (read: ${readList})` });
  };
  for (const input of inputs) visit(input, true);
  return files;
}

import { lstatSync, readdirSync, readFileSync, readlinkSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Document, DocumentMeta } from '../core/types.js';
import { decodeText } from './decode.js';

/** A problem with the user's input, as opposed to a bug: the CLI reports it and exits with 2. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface Corpus {
  documents: Document[];
  skipped: SkippedFile[];
}

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md']);
const MANIFEST = 'manifest.json';

type ManifestEntry = Partial<DocumentMeta> & { file: string };

function readManifest(dir: string): Map<string, ManifestEntry> {
  const path = join(dir, MANIFEST);
  const entries = new Map<string, ManifestEntry>();
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return entries;
  }
  let parsed: unknown;
  try {
    // Editors on Windows save JSON with a byte-order mark, which JSON.parse rejects.
    parsed = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const documents = typeof parsed === 'object' && parsed !== null ? (parsed as { documents?: unknown }).documents : undefined;
  if (!Array.isArray(documents)) throw new InputError(`${path}: expected {"documents": [...]}`);
  for (const entry of documents as unknown[]) {
    if (typeof entry !== 'object' || entry === null || typeof (entry as { file?: unknown }).file !== 'string') {
      throw new InputError(`${path}: every document needs a "file" string`);
    }
    entries.set((entry as ManifestEntry).file, entry as ManifestEntry);
  }
  return entries;
}

/** The first line with text, without markdown heading marks, as a title of last resort. */
function firstLineTitle(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const clean = line.replace(/^[#\s\u3000]+/, '').replace(/\*\*/g, '').trim();
    if (clean) return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
  }
  return '';
}

function stringField(entry: ManifestEntry | undefined, key: keyof DocumentMeta): string | undefined {
  const value = entry?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Why a path cannot be read, in words: a dangling symbolic link, a loop, permissions (chmod 000). */
function whyUnreadable(path: string, error: unknown): string {
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

/** Files below the inputs, in a stable order; directories are walked recursively, hidden entries left out. */
function listFiles(inputs: string[], skipped: SkippedFile[]): string[] {
  const files: string[] = [];
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
    if (special !== undefined) skipped.push({ file: path, reason: `not a regular file (${special})` });
    else if (DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase())) files.push(path);
    else if (basename(path) !== MANIFEST) skipped.push({ file: path, reason: 'not a document (only .txt and .md are read)' });
  };
  for (const input of inputs) visit(input, true);
  return files;
}

/**
 * Code points other than whitespace: what a reader counts as the text's length. Removing the runs
 * that count leaves only whitespace and high surrogates (one per astral character) to subtract,
 * without visiting a 100 MB text character by character.
 */
export function countCharacters(text: string): number {
  return text.length - text.replace(/[^\s\uD800-\uDBFF]+/g, '').length;
}

export function readCorpus(inputs: string[]): Corpus {
  const skipped: SkippedFile[] = [];
  const files = listFiles(inputs, skipped);
  const manifests = new Map<string, Map<string, ManifestEntry>>();
  const usedIds = new Set<string>();
  const documents: Document[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      skipped.push({ file, reason: `unreadable: ${whyUnreadable(file, error)}` });
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      skipped.push({ file, reason: decoded.reason });
      continue;
    }
    const dir = resolve(file, '..');
    let manifest = manifests.get(dir);
    if (!manifest) {
      manifest = readManifest(dir);
      manifests.set(dir, manifest);
    }
    const name = basename(file);
    const entry = manifest.get(name);
    const stem = basename(file, extname(file));
    let id = stem;
    for (let n = 2; usedIds.has(id); n++) id = `${stem}-${n}`;
    usedIds.add(id);
    const meta: DocumentMeta = { id, file: name, title: stringField(entry, 'title') ?? firstLineTitle(decoded.text) };
    for (const key of ['date', 'issuer', 'kind', 'source', 'number'] as const) {
      const value = stringField(entry, key);
      if (value !== undefined) meta[key] = value;
    }
    meta.chars = countCharacters(decoded.text);
    documents.push({ meta, raw: decoded.text });
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (documents.length === 0) {
    const why = skipped.map((s) => `\n  skipped ${s.file}: ${s.reason}`).join('');
    throw new InputError(`no readable .txt or .md document in ${inputs.join(', ')}${why}`);
  }
  return { documents, skipped };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
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
    parsed = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const documents = (parsed as { documents?: unknown }).documents;
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

/** Files below the inputs, in a stable order; directories are walked recursively. */
function listFiles(inputs: string[], skipped: SkippedFile[]): string[] {
  const files: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      if (explicit) throw new InputError(`${path}: no such file or directory`);
      skipped.push({ file: path, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path);
      } catch (error) {
        skipped.push({ file: path, reason: `unreadable folder (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
        return;
      }
      for (const name of names.sort()) if (!name.startsWith('.')) visit(join(path, name), false);
    } else if (DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    } else if (basename(path) !== MANIFEST) {
      skipped.push({ file: path, reason: `not a document (only .txt and .md are read)` });
    }
  };
  for (const input of inputs) visit(input, true);
  return files;
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
      skipped.push({ file, reason: `unreadable (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
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
    documents.push({ meta, raw: decoded.text });
  }
  if (documents.length === 0) {
    const why = skipped.length > 0 ? `; skipped: ${skipped.map((s) => `${s.file} (${s.reason})`).join(', ')}` : '';
    throw new InputError(`no readable .txt or .md document in ${inputs.join(', ')}${why}`);
  }
  return { documents, skipped };
}

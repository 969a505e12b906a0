/**
 * The ingest stage: the files below the inputs → Documents. Each format has its reader in
 * ingest/ (text, html, docx, pdf); whatever the format, the extracted text is cleaned the same way
 * (ingest/document.ts) and becomes the document's `raw`, which every later offset points into.
 * Metadata comes from a manifest.json beside the files first, then from the file itself.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { Document, DocumentFormat, DocumentMeta } from '../core/types.js';
import { cleanExtractedText, type FormatReader } from './ingest/document.js';
import { InputError, listFiles, MANIFEST, whyUnreadable, type SkippedFile } from './ingest/files.js';
import { readText } from './ingest/text.js';

export { InputError, type SkippedFile } from './ingest/files.js';

export interface Corpus {
  documents: Document[];
  skipped: SkippedFile[];
}

/**
 * The reader of each format. The HTML, Word and PDF parsers are loaded on the first file that needs
 * them: together they cost about 0.4 s of module loading, a tenth of a build of the plain-text seeds.
 */
const READERS: Readonly<Record<DocumentFormat, () => Promise<FormatReader>>> = {
  txt: () => Promise.resolve(readText),
  md: () => Promise.resolve(readText),
  html: async () => (await import('./ingest/html.js')).readHtml,
  docx: async () => (await import('./ingest/docx.js')).readDocx,
  pdf: async () => (await import('./ingest/pdf.js')).readPdf,
};

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

/**
 * Code points other than whitespace: what a reader counts as the text's length. Removing the runs
 * that count leaves only whitespace and high surrogates (one per astral character) to subtract,
 * without visiting a 100 MB text character by character.
 */
export function countCharacters(text: string): number {
  return text.length - text.replace(/[^\s\uD800-\uDBFF]+/g, '').length;
}

/**
 * Reads every document below `inputs` (files or folders), in path order. Files that cannot be read
 * are returned in `skipped` with the reason; throws InputError when an input path does not exist
 * or no document at all could be read.
 */
export async function readCorpus(inputs: string[]): Promise<Corpus> {
  const skipped: SkippedFile[] = [];
  const files = listFiles(inputs, skipped);
  const manifests = new Map<string, Map<string, ManifestEntry>>();
  const usedIds = new Set<string>();
  const documents: Document[] = [];
  for (const { file, format } of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      skipped.push({ file, reason: `unreadable: ${whyUnreadable(file, error)}` });
      continue;
    }
    const read = await READERS[format]();
    const outcome = await read(bytes);
    if (!outcome.ok) {
      skipped.push({ file, reason: outcome.reason });
      continue;
    }
    const text = cleanExtractedText(outcome.document.text);
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
    const found = outcome.document;
    const title = stringField(entry, 'title') ?? (found.title === undefined ? firstLineTitle(text) : cleanExtractedText(found.title));
    const meta: DocumentMeta = { id, file: name, format, title };
    for (const key of ['date', 'issuer', 'kind', 'source', 'number'] as const) {
      const value = stringField(entry, key) ?? (key === 'date' || key === 'issuer' ? found[key] : undefined);
      if (value !== undefined) meta[key] = value;
    }
    meta.chars = countCharacters(text);
    documents.push({ meta, raw: text });
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (documents.length === 0) {
    const why = skipped.map((s) => `\n  skipped ${s.file}: ${s.reason}`).join('');
    throw new InputError(`no readable document in ${inputs.join(', ')}${why}`);
  }
  return { documents, skipped };
}

/**
 * Word documents (.docx): the text of paragraphs and tables by mammoth, which reads Office Open
 * XML as Word lays it out (numbering, fields, tracked changes); the title and date from the
 * document properties (docProps/core.xml) when Word or WPS filled them in.
 */
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import { parseDate, type ReadOutcome } from './document.js';

/** Compound File Binary, the container of .doc files and of password-protected .docx files. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const isCompoundFile = (bytes: Uint8Array) => OLE_MAGIC.every((byte, i) => bytes[i] === byte);

async function properties(zip: JSZip): Promise<{ title?: string; date?: string }> {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (xml === undefined) return {};
  // linkedom's DOMParser is untyped; this is the part of the DOM used here.
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }> };
  const field = (name: string) => document.getElementsByTagName(name)[0]?.textContent?.trim() || undefined;
  const title = field('dc:title');
  const date = parseDate(field('dcterms:created') ?? '');
  return { ...(title && { title }), ...(date && { date }) };
}

/** A .docx file → its text (a line per paragraph and table cell), title and date. */
export async function readDocx(bytes: Uint8Array): Promise<ReadOutcome> {
  if (isCompoundFile(bytes)) return { ok: false, reason: 'password-protected or old-format Word file (not a .docx package)' };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { ok: false, reason: `corrupt .docx (${(error as Error).message})` };
  }
  if (zip.file('word/document.xml') === null) return { ok: false, reason: 'corrupt .docx (no word/document.xml in the package)' };
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    return { ok: false, reason: `corrupt .docx (${(error as Error).message})` };
  }
  if (text.trim() === '') return { ok: false, reason: 'no text in the document' };
  return { ok: true, document: { text, ...(await properties(zip)) } };
}

/**
 * The data types every stage and every consumer shares. The pipeline produces them in this order:
 * DocumentSource → Document → Sentence → Mention → Entity → Relation → graph (see graph-schema.ts).
 * Offsets are UTF-16 code-unit indices (JavaScript string indices) into the raw file text.
 */

export const ENTITY_TYPES = ['place', 'program', 'project', 'slogan', 'organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_KINDS = ['cooccurs', 'expands_to', 'instance_of', 'part_of', 'located_in'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];
/** Typed relations are directed (source → target); co-occurrence is not. */
export type TypedRelationKind = Exclude<RelationKind, 'cooccurs'>;

/** The file formats the ingest stage reads (README: Accepted inputs). */
export const DOCUMENT_FORMATS = ['txt', 'md', 'html', 'docx', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export interface DocumentMeta {
  /** File name without extension; stable across builds. */
  id: string;
  file: string;
  /** The format the text was extracted from; absent in graphs built before formats other than text were read. */
  format?: DocumentFormat;
  title: string;
  date?: string;
  issuer?: string;
  kind?: string;
  source?: string;
  number?: string;
  /**
   * Length of the document's text in characters (Unicode code points), whitespace excluded so that
   * newspaper line breaks do not count; the denominator of mention rates (see query/compare.ts).
   */
  chars?: number;
}

/** A document as the ingest stage hands it on, before any cleaning. */
export interface Document {
  meta: DocumentMeta;
  /**
   * The text extracted from the file (decoded text, a page's article, a Word document's
   * paragraphs, a PDF's text layer), without terminal escapes and with radicals folded into
   * ideographs; every offset in the pipeline points into this string.
   */
  raw: string;
}

/**
 * Cleaned text plus, for every character of it, the raw offset it came from.
 * `rawOffsets.length === text.length + 1`; the last entry maps the end of the text.
 */
export interface NormalizedDocument {
  meta: DocumentMeta;
  raw: string;
  text: string;
  rawOffsets: Int32Array;
}

export interface Sentence {
  /** `${docId}#${index}`: stable as long as the document does not change. */
  id: string;
  doc: string;
  index: number;
  /** Clean text, as shown to users. */
  text: string;
  /** Offset of `text` in the normalized document. */
  cleanStart: number;
  /** Raw-file offsets: raw.slice(start, end) is the sentence as the document wrote it. */
  start: number;
  end: number;
}

export type MentionSource = 'gazetteer' | 'title' | 'quote' | 'motto' | 'pattern' | 'town' | 'list' | 'jieba' | 'alias';

export interface Mention {
  sentence: string;
  /** Offsets into the sentence's clean text. */
  start: number;
  end: number;
  surface: string;
  type: EntityType;
  source: MentionSource;
  /** Folded forms this mention is known to share an entity with (the gazetteer name of a short form, the bare 两点 of “两点”定位). */
  sameAs?: string[];
  /** Too ambiguous to stand alone: kept only when the same name is attested by a stronger signal. */
  weak?: boolean;
}

export interface Entity {
  /** Node key in the graph: the canonical label. */
  id: string;
  label: string;
  type: EntityType;
  /** Other surface forms, sorted; never contains the label. */
  aliases: string[];
  mentions: Mention[];
  /** Document ids, sorted. */
  docs: string[];
}

export interface Relation {
  kind: RelationKind;
  /** Entity ids. For `cooccurs` source < target (the pair is unordered). */
  source: string;
  target: string;
  /** Sentence ids, sorted, distinct. */
  evidence: string[];
}

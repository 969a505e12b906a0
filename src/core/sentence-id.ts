/**
 * Sentence ids: `${docId}#${index}`, where index is the sentence's number in its document, from 0.
 * A document id may itself hold '#', so the last one separates. One definition for every layer that
 * makes or reads them (the build, the typed relations, the explorer's GEXF reader).
 */

export function sentenceId(doc: string, index: number): string {
  return `${doc}#${index}`;
}

/** The document and the sentence number of an id; an id without '#' has the document ''. */
export function parseSentenceId(id: string): { doc: string; index: number } {
  const cut = id.lastIndexOf('#');
  return { doc: id.slice(0, Math.max(0, cut)), index: Number(id.slice(cut + 1)) };
}

/** The document id of a sentence id. */
export function documentOf(id: string): string {
  return id.slice(0, Math.max(0, id.lastIndexOf('#')));
}

/** The documents some mentions lie in (anything with a sentence id), distinct and sorted. */
export function documentsOf(mentions: readonly { sentence: string }[]): string[] {
  return [...new Set(mentions.map((found) => documentOf(found.sentence)))].sort();
}

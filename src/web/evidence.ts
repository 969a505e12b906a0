/**
 * Evidence sentences as the panel shows them: grouped by document (title and date named), with the
 * entities' names wrapped in <mark>. Built from text nodes only: sentences are untrusted document text.
 */
import type { NodeAttributes, YuGraph } from '../core/graph-schema.js';
import type { DocumentMeta } from '../core/types.js';
import { el } from './dom.js';
import { t } from './i18n.js';

export interface TermGroup {
  terms: readonly string[];
  className: string;
}

/** The forms an entity may take in a sentence: label and aliases, with and without quotation marks. */
export function termsOf(attributes: Pick<NodeAttributes, 'label' | 'aliases'>): string[] {
  const forms = [attributes.label, ...attributes.aliases];
  const all = new Set(forms.concat(forms.map((form) => form.replace(/[“”‘’"'「」『』《》]/g, ''))));
  return [...all].filter((form) => form.length > 0);
}

interface Match {
  start: number;
  end: number;
  className: string;
}

/** Non-overlapping occurrences, leftmost first and longest at a given position. */
function findMatches(text: string, groups: readonly TermGroup[]): Match[] {
  const found: Match[] = [];
  for (const { terms, className } of groups) {
    for (const term of terms) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
        found.push({ start: at, end: at + term.length, className });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Match[] = [];
  let covered = 0;
  for (const match of found) {
    if (match.start < covered) continue;
    kept.push(match);
    covered = match.end;
  }
  return kept;
}

export function markedText(text: string, groups: readonly TermGroup[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let position = 0;
  for (const match of findMatches(text, groups)) {
    fragment.append(text.slice(position, match.start), el('mark', { className: match.className }, text.slice(match.start, match.end)));
    position = match.end;
  }
  fragment.append(text.slice(position));
  return fragment;
}

const documentIndexes = new WeakMap<YuGraph, Map<string, { meta: DocumentMeta; order: number }>>();

export function documentIndex(graph: YuGraph): Map<string, { meta: DocumentMeta; order: number }> {
  let index = documentIndexes.get(graph);
  if (!index) {
    index = new Map(graph.getAttribute('documents').map((meta, order) => [meta.id, { meta, order }]));
    documentIndexes.set(graph, index);
  }
  return index;
}

export function documentLabel(meta: DocumentMeta): string {
  return meta.date ? `${meta.title}（${meta.date}）` : meta.title;
}

/** How many sentences are shown before a "show more" button. */
const PAGE = 8;

/**
 * Sentences grouped by document, in corpus order, revealing `PAGE` more on each click. Sentence ids
 * the graph does not describe are skipped rather than shown as blanks.
 */
export function evidenceList(graph: YuGraph, sentenceIds: readonly string[], groups: readonly TermGroup[]): HTMLElement {
  const sentences = graph.getAttribute('sentences');
  const documents = documentIndex(graph);
  const records = [...new Set(sentenceIds)]
    .map((id) => ({ id, record: sentences[id] }))
    .filter((item): item is { id: string; record: NonNullable<typeof item.record> } => item.record !== undefined)
    .sort((a, b) => (documents.get(a.record.doc)?.order ?? 0) - (documents.get(b.record.doc)?.order ?? 0) || a.record.start - b.record.start);

  const list = el('div', { className: 'evidence' });
  let shown = 0;
  let lastDoc: string | null = null;
  let group: HTMLElement | null = null;
  const more = el('button', { className: 'more', attrs: { type: 'button' } });
  const showPage = () => {
    for (const { id, record } of records.slice(shown, shown + PAGE)) {
      if (record.doc !== lastDoc || group === null) {
        const meta = documents.get(record.doc)?.meta;
        group = el('ol', { className: 'sentences' });
        list.insertBefore(el('h4', { className: 'doc-title' }, meta ? documentLabel(meta) : record.doc), more);
        list.insertBefore(group, more);
        lastDoc = record.doc;
      }
      group.append(el('li', { attrs: { 'data-sentence': id } }, markedText(record.text, groups)));
    }
    shown = Math.min(records.length, shown + PAGE);
    more.textContent = t('panel.showMore', Math.min(PAGE, records.length - shown));
    more.hidden = shown >= records.length;
  };
  more.addEventListener('click', showPage);
  list.append(more);
  showPage();
  return list;
}

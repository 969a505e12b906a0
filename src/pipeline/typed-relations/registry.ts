import { append } from '../append.js';
import { foldText } from '../../core/text.js';
import { RELATION_KINDS, type Entity, type EntityType, type Mention, type MentionSource, type Relation, type Sentence, type TypedRelationKind } from '../../core/types.js';
import { displayForm } from '../entities.js';
import type { AnalyzedSentence } from '../mentions/analysis.js';
import { sortSentenceIds } from '../relations.js';
import { documentsOf, parseSentenceId } from '../../core/sentence-id.js';

/** A span of a sentence's clean text. */
export interface Span {
  sentence: string;
  start: number;
  end: number;
}

export interface PlacedMention {
  start: number;
  end: number;
  entity: string;
}

const byStart = (a: PlacedMention, b: PlacedMention) => a.start - b.start || b.end - a.end;

/**
 * The typed-relation stage's view of the entity stage's output: which entity a span names, new
 * entities and mentions when a pattern reveals a name, and the relations found, with evidence.
 * The input entities are never mutated; `result()` returns copies with the added mentions.
 */
export class EntityRegistry {
  private readonly entities = new Map<string, Entity>();
  private readonly byForm = new Map<string, string>();
  /**
   * Placed mentions by document, then by sentence index: one map keyed by sentence id holds too many
   * keys to be fast in a large corpus, and every stage asks it at every sentence.
   */
  private readonly placed = new Map<string, (PlacedMention[] | undefined)[]>();
  /**
   * The input entities' mentions (hundreds of thousands) are sorted once, when all are placed; a
   * mention added after that is sorted in at once, since a reader may hold its sentence's list.
   */
  private sortOnPlace = false;
  private readonly added = new Map<string, Mention[]>();
  /** Evidence is gathered as a set and sorted once, in result(): a relation may be found at each of thousands of mentions. */
  private readonly relations = new Map<string, { kind: TypedRelationKind; source: string; target: string; evidence: Set<string> }>();

  /** `sentences`: every sentence of the corpus by id, for the text of the spans that become mentions. */
  constructor(entities: readonly Entity[], private readonly sentences: ReadonlyMap<string, AnalyzedSentence>) {
    for (const { sentence } of sentences.values()) this.listsOf(sentence.doc)[sentence.index] = undefined;
    for (const entity of entities) this.register(entity);
    // The sort is stable: equal spans keep the order they were placed in, as when sorted at each insertion.
    for (const lists of this.placed.values()) for (const list of lists) list?.sort(byStart);
    this.sortOnPlace = true;
  }

  private listsOf(doc: string): (PlacedMention[] | undefined)[] {
    const lists = this.placed.get(doc);
    if (lists) return lists;
    const created: (PlacedMention[] | undefined)[] = [];
    this.placed.set(doc, created);
    return created;
  }

  /** The mentions placed in a sentence, by its id `${doc}#${index}`. */
  private listAt(sentenceId: string): PlacedMention[] | undefined {
    const { doc, index } = parseSentenceId(sentenceId);
    return this.placed.get(doc)?.[index];
  }

  private register(entity: Entity): void {
    this.entities.set(entity.id, entity);
    for (const form of [entity.label, ...entity.aliases]) {
      const key = foldText(displayForm(form));
      if (!this.byForm.has(key)) this.byForm.set(key, entity.id);
    }
    for (const found of entity.mentions) this.place(found, entity.id);
  }

  private place(found: Mention, id: string): void {
    const { doc, index } = parseSentenceId(found.sentence);
    const lists = this.listsOf(doc);
    const placed = lists[index] ?? [];
    lists[index] = placed;
    placed.push({ start: found.start, end: found.end, entity: id });
    if (this.sortOnPlace) placed.sort(byStart);
  }

  /** The entity of the mention placed last on exactly this span. */
  entityAt(span: Span): string | undefined {
    // Sorting is stable, so among mentions of one span the last in the list is the last placed.
    const placed = this.listAt(span.sentence) ?? [];
    for (let i = placed.length - 1; i >= 0; i--) {
      const found = placed[i];
      if (found?.start === span.start && found.end === span.end) return found.entity;
    }
    return undefined;
  }

  /** The entity mentions of a sentence, by start. */
  mentionsIn(sentence: Sentence): readonly PlacedMention[] {
    return this.placed.get(sentence.doc)?.[sentence.index] ?? [];
  }

  /** The entity whose label or alias is written `form` (up to width, brackets and quotes). */
  named(form: string): string | undefined {
    return this.byForm.get(foldText(displayForm(form)));
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  /** The entities as registered, without the mentions added since. */
  all(): Entity[] {
    return [...this.entities.values()];
  }

  /**
   * The entity named by the text of `span`: an existing one with that name, else a new one of
   * `type`. Either way the span becomes one of its mentions, so the node lists the sentence.
   */
  ensure(span: Span, type: EntityType, source: MentionSource, label?: string): string {
    const surface = (this.sentences.get(span.sentence)?.text ?? '').slice(span.start, span.end);
    const name = label ?? displayForm(surface);
    const id = this.entityAt(span) ?? this.named(name) ?? this.create(name, type);
    if (this.entityAt(span) !== id) {
      const found: Mention = { sentence: span.sentence, start: span.start, end: span.end, surface, type, source };
      append(this.added, id, found);
      this.place(found, id);
    }
    return id;
  }

  private create(label: string, type: EntityType): string {
    this.register({ id: label, label, type, aliases: [], mentions: [], docs: [] });
    return label;
  }

  relate(kind: TypedRelationKind, source: string, target: string, evidence: readonly string[]): void {
    if (source === target) return;
    const key = `${kind}:${source}>${target}`;
    const relation = this.relations.get(key) ?? { kind, source, target, evidence: new Set<string>() };
    for (const id of evidence) relation.evidence.add(id);
    this.relations.set(key, relation);
  }

  /**
   * Entities (sorted by id, as the entity stage sorts them) and relations. The graph holds one
   * directed edge per ordered pair, so when two kinds link the same pair the earlier kind in
   * RELATION_KINDS wins (a slogan's component that is also a part is shown as the component).
   */
  result(): { entities: Entity[]; relations: Relation[] } {
    const entities = [...this.entities.values()].map((entity) => {
      const extra = this.added.get(entity.id);
      if (!extra) return entity;
      const mentions = [...entity.mentions, ...extra];
      const docs = documentsOf(mentions);
      return { ...entity, mentions, docs };
    });
    const byPair = new Map<string, Relation>();
    for (const { kind, source, target, evidence } of this.relations.values()) {
      const relation: Relation = { kind, source, target, evidence: sortSentenceIds(evidence) };
      const pair = `${relation.source}\u0000${relation.target}`;
      const kept = byPair.get(pair);
      if (!kept || RELATION_KINDS.indexOf(relation.kind) < RELATION_KINDS.indexOf(kept.kind)) byPair.set(pair, relation);
    }
    return {
      entities: entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      relations: [...byPair.values()],
    };
  }
}

/**
 * The view state: everything the user chose (selection, filters, colouring, language), kept apart
 * from the graph's topology and attributes, as in Gephi Lite. Every control writes here and every
 * view reads from here; nothing else holds state that the URL should carry.
 */
import { CHANGE_STATUSES, type ChangeStatus } from '../core/query/compare.js';
import { ENTITY_TYPES, RELATION_KINDS, type EntityType, type RelationKind } from '../core/types.js';
import type { CompareSelection } from './compare.js';
import type { Lang } from './i18n.js';
import type { PathQuery } from './path-tool.js';

export type EgoDepth = 0 | 1 | 2;
export type ColorBy = 'type' | 'community';

export interface ViewState {
  /** Selected node key, or null. */
  node: string | null;
  /** With a selected node: the other end of the selected pair, whose evidence the panel shows. */
  other: string | null;
  /** A `?node=` value that names no entity; the panel offers suggestions instead. */
  missing: string | null;
  types: ReadonlySet<EntityType>;
  relations: ReadonlySet<RelationKind>;
  /** Co-occurrence edges need at least this many supporting sentences. */
  minWeight: number;
  /** Documents whose evidence counts; null means all of them. */
  docs: ReadonlySet<string> | null;
  /** 0: whole graph; 1 or 2: only the selected node's neighbourhood to that depth. */
  ego: EgoDepth;
  /** With a selected node: the path tool's question, "how is it connected to …?". */
  path: PathQuery | null;
  hideIsolated: boolean;
  colorBy: ColorBy;
  lang: Lang;
  /** Compare mode (compare.ts): the two sides, or null. */
  compare: CompareSelection | null;
  /** In compare mode, the statuses shown. */
  statuses: ReadonlySet<ChangeStatus>;
}

export const DEFAULT_STATE: ViewState = {
  node: null,
  other: null,
  missing: null,
  types: new Set(ENTITY_TYPES),
  relations: new Set(RELATION_KINDS),
  minWeight: 1,
  docs: null,
  ego: 0,
  path: null,
  hideIsolated: false,
  colorBy: 'type',
  lang: 'zh',
  compare: null,
  statuses: new Set(CHANGE_STATUSES),
};

/** The fields that change which nodes and edges are visible. */
export const FILTER_FIELDS = ['node', 'other', 'types', 'relations', 'minWeight', 'docs', 'ego', 'path', 'hideIsolated', 'compare', 'statuses'] as const;

/** The fields that make a new place to go back to: Back walks through selections, pairs and paths. */
export const HISTORY_FIELDS = ['node', 'other', 'missing', 'path'] as const;

export type Listener = (state: ViewState, previous: ViewState) => void;

export class Store {
  private state: ViewState;
  private readonly listeners: Listener[] = [];

  constructor(initial: ViewState) {
    this.state = initial;
  }

  get(): ViewState {
    return this.state;
  }

  set(patch: Partial<ViewState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }
}

/** True when any of `fields` differs (by identity: controls always store new sets). */
export function changed(state: ViewState, previous: ViewState, fields: readonly (keyof ViewState)[]): boolean {
  return fields.some((field) => state[field] !== previous[field]);
}

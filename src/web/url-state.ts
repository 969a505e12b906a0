/**
 * The URL carries the view so that a link reproduces it: `?node=两江四岸&with=渝中区&types=place,project
 * &rel=cooccurs,part_of&minw=2&docs=002_…,003_…&ego=1&isolated=hide&color=community&lang=en`.
 * `&path=广阳岛&k=3&prel=cooccurs&pminw=2` asks the path tool (path-tool.ts). Only values that
 * differ from the defaults are written. Names go through `resolve`, so a link may use any alias;
 * unknown values are dropped rather than trusted. A name longer than LONG_NAME is written as
 * `n=` (`w=` for `with`) and its shortName; document ids in `docs` and `compare` are an encodeList
 * (url-codec.ts).
 * history.ts writes the address bar.
 */
import { isConfident, resolve } from '../core/query/resolve.js';
import type { YuGraph } from '../core/graph-schema.js';
import { ENTITY_TYPES, RELATION_KINDS, type EntityType, type RelationKind } from '../core/types.js';
import { CHANGE_STATUSES, type ChangeStatus } from '../core/query/compare.js';
import { parseCompare } from './compare.js';
import { LANGS, type Lang } from './i18n.js';
import { readPathParams, writePathParams } from './path-tool.js';
import { DEFAULT_STATE, type ViewState } from './state.js';
import { decodeList, encodeList, LONG_NAME, shortName } from './url-codec.js';

function pick<T extends string>(allowed: readonly T[], value: string | null): Set<T> | null {
  if (value === null) return null;
  const wanted = new Set(decodeList(value));
  return new Set(allowed.filter((item) => wanted.has(item)));
}

/** The node a URL names, by key or through `resolve` (aliases, variant spellings). */
function findNode(graph: YuGraph, name: string): string | null {
  if (graph.hasNode(name)) return name;
  const [best] = resolve(graph, name, 1);
  return best && isConfident(best) ? best.id : null;
}

/** The node a `shortName` stands for, or null. */
function findShort(graph: YuGraph, short: string): string | null {
  return graph.findNode((key) => key.length > LONG_NAME && shortName(key) === short) ?? null;
}

/** A name from `full` (any alias) or, for a long one, its shortName in `short`. */
function readName(params: URLSearchParams, full: string, short: string, graph: YuGraph): { name: string; node: string | null } | null {
  const name = params.get(full);
  if (name !== null && name !== '') return { name, node: findNode(graph, name) };
  const hash = params.get(short);
  return hash !== null && hash !== '' ? { name: hash, node: findShort(graph, hash) } : null;
}

/** Writes a node key as `full`, or as its shortName in `short` when it is too long for a link. */
function writeName(params: URLSearchParams, full: string, short: string, key: string): void {
  if (key.length > LONG_NAME) params.set(short, shortName(key));
  else params.set(full, key);
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

export function readUrl(search: string, graph: YuGraph): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...DEFAULT_STATE };
  const named = readName(params, 'node', 'n', graph);
  if (named !== null) {
    state.node = named.node;
    if (state.node === null) state.missing = named.name;
    if (state.node !== null) state.other = readName(params, 'with', 'w', graph)?.node ?? null;
    if (state.node !== null) state.path = readPathParams(params, (to) => findNode(graph, to));
  }
  state.types = pick<EntityType>(ENTITY_TYPES, params.get('types')) ?? state.types;
  state.relations = pick<RelationKind>(RELATION_KINDS, params.get('rel')) ?? state.relations;
  const minWeight = Number.parseInt(params.get('minw') ?? '', 10);
  if (Number.isFinite(minWeight) && minWeight > 1) state.minWeight = minWeight;
  const docIds = graph.getAttribute('documents').map((doc) => doc.id);
  state.docs = pick(docIds, params.get('docs'));
  const ego = params.get('ego');
  if (ego === '1' || ego === '2') state.ego = Number(ego) as 1 | 2;
  state.hideIsolated = params.get('isolated') === 'hide';
  if (params.get('color') === 'community') state.colorBy = 'community';
  state.lang = readLang(params);
  // Compare mode: ?compare=A,B (document ids or years) and &status=new,dropped.
  state.compare = parseCompare(graph, params.get('compare'));
  state.statuses = pick<ChangeStatus>(CHANGE_STATUSES, params.get('status')) ?? state.statuses;
  return state;
}

/** The language alone, which the page needs before the graph (and its error messages) load. */
export function readLang(params: URLSearchParams): Lang {
  const lang = params.get('lang');
  return LANGS.find((known) => known === lang) ?? DEFAULT_STATE.lang;
}

export function toSearch(state: ViewState, graph: YuGraph): string {
  const params = new URLSearchParams();
  if (state.node !== null) writeName(params, 'node', 'n', state.node);
  else if (state.missing !== null) params.set('node', state.missing);
  if (state.node !== null && state.other !== null) writeName(params, 'with', 'w', state.other);
  if (state.node !== null) writePathParams(params, state.path);
  if (!sameSet(state.types, DEFAULT_STATE.types)) params.set('types', [...state.types].join(','));
  if (!sameSet(state.relations, DEFAULT_STATE.relations)) params.set('rel', [...state.relations].join(','));
  if (state.minWeight > 1) params.set('minw', String(state.minWeight));
  if (state.docs !== null && state.docs.size < graph.getAttribute('documents').length) params.set('docs', encodeList(state.docs));
  if (state.ego > 0) params.set('ego', String(state.ego));
  if (state.hideIsolated) params.set('isolated', 'hide');
  if (state.colorBy !== DEFAULT_STATE.colorBy) params.set('color', state.colorBy);
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  if (state.compare !== null) params.set('compare', encodeList([state.compare.a, state.compare.b]));
  if (state.compare !== null && !sameSet(state.statuses, DEFAULT_STATE.statuses)) params.set('status', [...state.statuses].join(','));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The query core shared by the CLI and the explorer. */
export { resolve, isConfident, type Suggestion } from './resolve.js';
export { search, suggest, type SearchOptions } from './search.js';
export { neighbors, type NeighborOptions, type NeighborResult } from './neighbors.js';
export { path, paths, type PathNode, type PathOptions, type PathResult, type PathStep } from './path.js';
export { top, stats, type GraphStats, type TopEntry } from './stats.js';
export { UnknownEntityError, type Evidence, type LinkEdge } from './links.js';
export { compareDocuments, CHANGE_STATUSES, type ChangeStatus, type Comparison, type EntityChange, type LinkChange } from './compare.js';
export { timeline, type TimelinePoint } from './timeline.js';
export { documentsByDate, findDocument, documentsBefore, documentsFrom, UnknownDocumentError } from './documents.js';
export { logLikelihood } from './keyness.js';

/**
 * The build, run in a child process by `yugraph build`. The pipeline is synchronous: in the CLI's
 * own process a SIGINT or SIGTERM would only be acted on once the new graph had been written. The
 * parent stays free to stop the child at once (SIGKILL: a worker thread stopped inside nodejieba's
 * native code aborts the whole process), remove its temporary files and say so.
 *
 * When the parent dies without stopping it (kill -9), the IPC channel closes: the child then exits
 * at its next turn of the event loop, and at the latest just before writing, so an orphan never
 * replaces the graph the user meant to keep, nor fails on a closed channel (EPIPE).
 */
import { buildGraph } from '../pipeline/build.js';
import { InputError, type SkippedFile } from '../pipeline/ingest.js';

export interface BuildRequest {
  inputs: string[];
  out: string;
  /** Extraction threads; absent: the pipeline decides from the corpus size. */
  workers?: number;
}

export type BuildMessage =
  | { kind: 'stage'; stage: string; seconds: number }
  | { kind: 'done'; entities: number; links: number; sentences: number; skipped: SkippedFile[] }
  /** A problem with the input or the output folder, told to the user as is (exit code 2). */
  | { kind: 'failed'; message: string }
  /** A bug: the parent reports it as an internal error with this stack. */
  | { kind: 'crashed'; stack: string };

/** Errors from the file system (disk full, permissions) are the user's to fix, not bugs. */
const isSystemError = (error: unknown) => error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';

const send = process.send?.bind(process);
if (!send) throw new Error('build-child.js runs as a child process of `yugraph build`');
/** Exit status of a build whose parent is gone: nobody reads it, but it is not a success. */
const ORPHANED = 1;
const post = (message: BuildMessage) => {
  if (process.connected) send(message);
};
process.on('disconnect', () => process.exit(ORPHANED));
// Listening for 'disconnect' holds the channel open; the child still ends when its work is done.
process.channel?.unref();
// The pipeline is synchronous, so the disconnect event may not be seen before the write: a parent
// that is gone has also handed this process to another (init or a subreaper).
const parent = process.ppid;
const beforeWrite = () => {
  if (process.ppid !== parent || !process.connected) process.exit(ORPHANED);
};
const { inputs, out, workers } = JSON.parse(process.argv[2] ?? '{}') as BuildRequest;
try {
  const onStage = (stage: string, seconds: number) => { post({ kind: 'stage', stage, seconds }); };
  const result = await buildGraph(inputs, out, workers === undefined ? { onStage, beforeWrite } : { onStage, beforeWrite, workers });
  post({ kind: 'done', entities: result.graph.order, links: result.graph.size, sentences: result.sentences.length, skipped: result.skipped });
} catch (error) {
  if (error instanceof InputError || isSystemError(error)) post({ kind: 'failed', message: (error as Error).message });
  else post({ kind: 'crashed', stack: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Temporary files carry the id of the writing process: two processes writing the same file never share one. */
const temporarySuffix = (pid: number) => `.${pid}.tmp`;

/**
 * Writes next to the target and renames into place, so readers (and a build killed half-way)
 * see either the old file or the new one, never a truncated one.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFilesAtomic([[path, data]]);
}

/**
 * Several files that belong together (graph.json and graph.gexf; nodes.csv and edges.csv): every
 * temporary file is written before the first rename, and the targets are kept aside (hard links)
 * until every rename has succeeded, so when one rename fails (the target is a folder, the disk
 * was removed) the files already replaced are put back: all the new files, or all the old ones.
 */
export function writeFilesAtomic(files: [path: string, data: string | Uint8Array][]): void {
  const temps: [temp: string, path: string][] = [];
  const kept: [backup: string, path: string][] = [];
  const replaced: string[] = [];
  const aside = (path: string, kind: string) => join(dirname(path), `.${basename(path)}.${kind}${temporarySuffix(process.pid)}`);
  try {
    for (const [path, data] of files) {
      const dir = dirname(path);
      mkdirSync(dir, { recursive: true });
      const temp = join(dir, `.${basename(path)}${temporarySuffix(process.pid)}`);
      temps.push([temp, path]);
      writeFileSync(temp, data);
    }
    for (const [, path] of temps) {
      if (!existsSync(path)) continue;
      const backup = aside(path, 'old');
      try {
        linkSync(path, backup);
      } catch {
        copyFileSync(path, backup);
      }
      kept.push([backup, path]);
    }
    for (const [temp, path] of temps) {
      renameSync(temp, path);
      replaced.push(path);
    }
  } catch (error) {
    for (const path of replaced) {
      const backup = kept.find(([, target]) => target === path)?.[0];
      if (backup === undefined) rmSync(path, { force: true });
      else renameSync(backup, path);
    }
    for (const [temp] of temps) rmSync(temp, { force: true });
    throw error;
  } finally {
    for (const [backup] of kept) rmSync(backup, { force: true });
  }
}

/**
 * Removes the temporary files that process `pid` left in `dir`: a build killed between writing a
 * file and renaming it cannot clean up after itself. Returns the names removed.
 */
export function removeTemporaryFiles(dir: string, pid: number): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const theirs = names.filter((name) => name.startsWith('.') && name.endsWith(temporarySuffix(pid)));
  for (const name of theirs) rmSync(join(dir, name), { force: true });
  return theirs;
}

/** Whether a process with this id exists (EPERM: it does, under another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files in `dir` whose writing process no longer exists: what a build killed
 * with its parent (kill -9, power loss) left behind. Files of live processes are theirs to finish.
 * Returns the names removed.
 */
export function removeStaleTemporaryFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = /^\..+\.(\d+)\.tmp$/.exec(name)?.[1];
    return pid !== undefined && !isAlive(Number(pid));
  });
  for (const name of stale) rmSync(join(dir, name), { force: true });
  return stale;
}

/**
 * Third-party checks for the export tests: the shared validators (xmllint, XSD, RELAX NG,
 * NetworkX, igraph) and Python's own readers, so the tests do not judge files with our own parser.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VALIDATORS = fileURLToPath(new URL('../../../../shared/validators/', import.meta.url));

export function tempFile(name: string, data: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'yugraph-export-')), name);
  writeFileSync(file, data);
  return file;
}

export interface Run {
  status: number | null;
  output: string;
}

export function run(command: string, args: readonly string[], input?: string): Run {
  const result = spawnSync(command, args, { encoding: 'utf8', input, timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function checkGexf(file: string, nodes: number, edges: number): Run {
  return run('bash', [join(VALIDATORS, 'check-gexf.sh'), file, '--nodes', String(nodes), '--edges', String(edges)]);
}

export function checkGraphml(file: string, nodes: number, edges: number): Run {
  return run('bash', [join(VALIDATORS, 'check-graphml.sh'), file, '--nodes', String(nodes), '--edges', String(edges)]);
}

/** xmllint's verdict on well-formedness, reading the document from stdin. */
export function wellFormed(xml: string): Run {
  return run('xmllint', ['--noout', '--nonet', '-'], xml);
}

/** Runs a Python snippet that prints JSON; sys.argv[1] is `file`. */
export function python(code: string, file: string): unknown {
  const result = run('python3', ['-c', code, file]);
  if (result.status !== 0) throw new Error(`python failed: ${result.output}`);
  return JSON.parse(result.output);
}

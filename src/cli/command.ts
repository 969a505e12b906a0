import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Exit codes shared by every command (documented in README). */
export const EXIT = { ok: 0, notFound: 1, usage: 1, inputError: 2 } as const;

export interface Command {
  name: string;
  /** One line for `yugraph --help`. */
  summary: string;
  /** Full text for `yugraph <name> --help`. */
  help: string;
  run(argv: string[]): number | Promise<number>;
}

/** An error whose message is meant for the user as is; `code` becomes the exit code. */
export class UserError extends Error {
  constructor(message: string, readonly code: number = EXIT.usage) {
    super(message);
    this.name = 'UserError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with strict checking, turning its errors into usage errors. */
export function parseCommandArgs<T extends Options>(argv: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UserError((error as Error).message, EXIT.usage);
  }
}

/** C0 controls but tab, DEL and C1 controls: a terminal acts on them (ESC[2J clears the screen, a line break fakes a status line). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\x00-\x08\x0a-\x1f\x7f-\x9f]/g;

/**
 * Text from a document, a graph file or a file name, made safe to print on a terminal: every
 * control character becomes a visible escape (ESC → \x1b, a line break in a file name → \n).
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (char) => (char === '\n' ? '\\n' : `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** Writes report lines to a terminal or pipe, each line's control characters escaped (see escapeControls). */
export function writeLines(stream: NodeJS.WritableStream, lines: readonly string[]): void {
  stream.write(`${lines.map(escapeControls).join('\n')}\n`);
}

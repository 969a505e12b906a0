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

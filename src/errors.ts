/**
 * The one error type the action throws on purpose. `main` turns it into a clear
 * message (no stack trace unless step debugging is on) and exit code 1.
 */
export interface SourcePosition {
  file: string;
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
}

/** One problem found in a file; reported as an `::error file=…,line=…,col=…::` annotation. */
export interface Problem extends SourcePosition {
  message: string;
  /** Rule id (e.g. `unknown-key`), shown in the readable list. */
  rule?: string;
}

export interface ActionErrorOptions {
  /** What to do about it. Printed after the message. */
  hint?: string;
  /** Where it happened, when it is a position in a file. */
  position?: SourcePosition;
  /** Several problems at once (config validation); each becomes an annotation. */
  problems?: Problem[];
  /** True when retrying the same call could succeed (throttling, 5xx, network). */
  retryable?: boolean;
  /** Short title for the annotation (defaults to "aphex-pipeline"). */
  title?: string;
  cause?: unknown;
}

export class ActionError extends Error {
  readonly hint?: string;
  readonly position?: SourcePosition;
  readonly problems: Problem[];
  readonly retryable: boolean;
  readonly title?: string;

  constructor(message: string, options: ActionErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ActionError';
    this.hint = options.hint;
    this.position = options.position;
    this.problems = options.problems ?? [];
    this.retryable = options.retryable ?? false;
    this.title = options.title;
  }
}

/** A bad action input: names the input, says what was expected, shows an example. */
export class InputError extends ActionError {
  readonly input: string;
  constructor(input: string, problem: string, expected: string, example?: string) {
    const hint = example === undefined ? `Expected ${expected}.` : `Expected ${expected}, for example: ${example}`;
    super(`Input '${input}' ${problem}.`, { hint, title: `input ${input}` });
    this.name = 'InputError';
    this.input = input;
  }
}

export function isActionError(e: unknown): e is ActionError {
  return e instanceof ActionError;
}

/** Best-effort message of anything thrown. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === 'string') return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

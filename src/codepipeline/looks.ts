/**
 * Failed looks of a CodePipeline wait loop (one call a look, never a retry inside it), on top of
 * the shared FailureStreak (../retry): the first failure is logged at once, then a count now and
 * then; the next look backs off with the shared back-off; a failure that persists past its budget
 * (persistBudgetMs of the command's timeout) ends the wait with that failure, and a deadline that
 * comes while looks are failing is reported as that failure, never as a guess at another cause.
 */
import { ActionError } from '../errors.js';
import type { Clock } from '../clock.js';
import type { PipelineApi } from './api.js';
import { classifyError, factsOf, FailureStreak, isRetryable, persistBudgetMs } from '../retry/index.js';

/** The failure going on when a wait ended. */
export interface OngoingFailure {
  /** The CodePipeline error of the last look (message and hint say what failed and what to do). */
  error: ActionError;
  /** Its message with the AWS error code and HTTP status: what the log and the final message show. */
  text: string;
  /** "5 failed attempts over 32 s". */
  summary: string;
}

/** An ActionError's own message, plus the AWS error code and HTTP status under it when the message does not show them. */
export function failureText(e: unknown): string {
  const message = e instanceof Error ? e.message.replace(/\.$/, '') : String(e);
  const f = factsOf(e instanceof ActionError && e.cause !== undefined ? e.cause : e);
  const parts: string[] = [];
  const code = f.name && f.name !== 'Error' ? f.name : f.code;
  if (code && !message.includes(code)) parts.push(code);
  if (f.status !== undefined && !message.includes(`HTTP ${f.status}`)) parts.push(`HTTP ${f.status}`);
  return parts.length > 0 ? `${message} (${parts.join(', ')}).` : `${message}.`;
}

/**
 * What the shared classifier and back-off need to see of a failed call: the words of the
 * ActionError (api.ts turns every SDK error into one) with the facts of the AWS error under it
 * (its code, HTTP status and Retry-After), so that throttling is told from a 5xx.
 */
export function factsView(e: unknown): unknown {
  if (!(e instanceof ActionError) || e.cause === null || typeof e.cause !== 'object') return e;
  const raw = e.cause as { name?: unknown; code?: unknown; $metadata?: unknown; $response?: unknown; retryAfterMs?: unknown };
  return Object.assign(new Error(failureText(e)), { name: raw.name, code: raw.code, $metadata: raw.$metadata, $response: raw.$response, retryAfterMs: raw.retryAfterMs });
}

/** Whether another try may see a different answer: the ActionError says so, else the shared classifier. */
export function mayRetry(e: unknown, signal?: AbortSignal): boolean {
  if (signal?.aborted) return false;
  return e instanceof ActionError ? e.retryable : isRetryable(classifyError(e, signal));
}

/** What a wait loop over one pipeline needs: the API, the command's one deadline, the job's cancellation, a clock and where to log. */
export interface PipelineLoop {
  api: PipelineApi;
  /** The command's deadline (clock ms). */
  deadline: number;
  timeoutMinutes: number;
  signal: AbortSignal;
  clock: Clock;
  info(message: string): void;
  warn(message: string): void;
}

export interface LoopFailureOptions {
  /** What the loop waits for, in log lines and messages: "the execution of commit 0123456789ab in pipeline shop". */
  what: string;
  /** The command's timeout: a failure may persist for persistBudgetMs of it. */
  timeoutMs: number;
  clock: Clock;
  /** The first failure of a streak (worth a warning). */
  warn(line: string): void;
  /** Counts and recovery. */
  note(line: string): void;
}

export class LoopFailures {
  private readonly o: LoopFailureOptions;
  private streak: FailureStreak;
  private last: ActionError | undefined;
  readonly budgetMs: number;

  constructor(o: LoopFailureOptions) {
    this.o = o;
    this.budgetMs = persistBudgetMs(o.timeoutMs);
    this.streak = new FailureStreak({ budgetMs: this.budgetMs, what: o.what });
  }

  /**
   * A failed look. Rethrows what retrying cannot fix; throws the failure itself once it has
   * persisted past the budget; otherwise returns how long to wait before the next look (never
   * past the moment the budget runs out, so the wait ends within it).
   */
  failed(e: unknown, signal?: AbortSignal): number {
    if (!mayRetry(e, signal)) throw e;
    const now = this.o.clock.now();
    const verdict = this.streak.fail(factsView(e), now, this.o.clock.random());
    this.last = e instanceof ActionError ? e : new ActionError(failureText(e), { cause: e, retryable: true });
    if (verdict.exhausted) throw this.gaveUp(now);
    if (verdict.log) (verdict.failures === 1 ? this.o.warn : this.o.note)(verdict.log);
    const untilBudget = this.budgetMs - verdict.sinceMs;
    return untilBudget > 0 ? Math.max(250, Math.min(verdict.delayMs, untilBudget)) : verdict.delayMs;
  }

  /** A good look: ends a streak (and says so after several failures). */
  succeeded(): void {
    const line = this.streak.succeed();
    this.last = undefined;
    if (line) this.o.note(line);
  }

  /** The failure going on now, if the last look failed. */
  ongoing(): OngoingFailure | undefined {
    if (!this.last || this.streak.count === 0) return undefined;
    return { error: this.last, text: failureText(this.last), summary: this.streak.summary(this.o.clock.now()) };
  }

  private gaveUp(now: number): ActionError {
    const last = this.last as ActionError;
    const budget = Math.round(this.budgetMs / 1000);
    return new ActionError(`Gave up waiting for ${this.o.what} after ${this.streak.summary(now)}: ${failureText(last)}`, {
      cause: last,
      title: last.title,
      hint: `${last.hint ? `${last.hint} ` : ''}A failure may last ${budget} s (a quarter of timeout-minutes, from 30 s to 5 min) before the wait gives up.`,
    });
  }
}

/**
 * Awaits one execution: looks at GetPipelineState (one call a look, one attempt), reports
 * transitions, confirms the end with GetPipelineExecution, follows superseding executions. A
 * failed look is logged and backed off by LoopFailures, which ends the wait with the real cause
 * when the failure persists; the deadline ends it with the last status (and the failure going on,
 * if any); cancellation ends it at once.
 */
import type { GetPipelineStateOutput, PipelineApi, PipelineExecution } from './api.js';
import { estimateRemaining, withOwnProgress, type Estimate, type Expectation } from './estimate.js';
import { LoopFailures, type OngoingFailure } from './looks.js';
import { layoutOf } from './model.js';
import { nextDelay } from './policy.js';
import { lookAt, observe, type Seen, type Transition } from './progress.js';
import { verdictOf } from './status.js';
import { findReplacement } from './supersede.js';
import { realClock, type Clock } from '../clock.js';

export interface WaitHooks {
  transition(t: Transition, executionId: string): void;
  note(message: string): void;
  warn(message: string): void;
}

export interface WaitParams {
  api: PipelineApi;
  executionId: string;
  /** What GetPipelineExecution said of it just before the wait, when it was asked. */
  known?: PipelineExecution;
  /** Start of the execution (AWS clock), when known. */
  execStartMs: number | undefined;
  /** The command's deadline (clock ms): then the wait gives up (the execution keeps running). */
  deadline: number;
  /** The command's timeout: how long a failure may persist is a share of it (persistBudgetMs). */
  timeoutMs: number;
  signal: AbortSignal;
  followSuperseded: boolean;
  /** What to expect, learned once the first state shows the pipeline's stages. */
  learn: (state: GetPipelineStateOutput) => Expectation;
  hooks: WaitHooks;
  clock?: Clock;
}

export interface WaitOutcome {
  executionId: string;
  status: string;
  execution: PipelineExecution | undefined;
  end: 'finished' | 'timeout' | 'cancelled';
  followed: { from: string; to: string }[];
  looks: number;
  /** The last GetPipelineState seen (its stage and action order lays out the report). */
  state: GetPipelineStateOutput | undefined;
  /** On timeout: the failure going on when the deadline came, if the last looks failed. */
  failing?: OngoingFailure;
}

/** Hard bound on looks, whatever the clock says. */
const MAX_LOOKS = 200_000;
/** Confirm with GetPipelineExecution at least this often (ms)... */
const CONFIRM_EVERY_MS = 300_000;
/** ...and this often while the state cannot tell (not visible, or no stage of it running). */
const CONFIRM_SOON_MS = 20_000;

interface Track {
  id: string;
  execStart: number | undefined;
  seen: Seen;
  seenBefore: boolean;
  stageSeen: Record<string, number>;
  /** How long stages of this execution took, for those the wait saw start and end. */
  stageTook: Record<string, number>;
  lastConfirm: number;
  failures: LoopFailures;
}

/** What one look decided: the wait ends, goes on (with an estimate for the cadence), or follows another execution. */
type Step = { end: 'finished' } | { estimate: Estimate } | { follow: true };

class Waiter {
  private readonly p: WaitParams;
  private readonly clock: Clock;
  private readonly began: number;
  private t: Track;
  private last: PipelineExecution | undefined;
  private state: GetPipelineStateOutput | undefined;
  private expectation: Expectation | undefined;
  private waitingForReplacement = false;
  private readonly followed: WaitOutcome['followed'] = [];

  constructor(p: WaitParams) {
    this.p = p;
    this.clock = p.clock ?? realClock;
    this.began = this.clock.now();
    this.t = this.track(p.executionId, p.execStartMs);
    // A known Superseded execution is confirmed (and followed) on the first look.
    if (p.known?.status === 'Superseded') this.t.lastConfirm = -Infinity;
  }

  async run(): Promise<WaitOutcome> {
    const { p, clock } = this;
    for (let looks = 0; looks < MAX_LOOKS; looks++) {
      if (p.signal.aborted) return this.outcome('cancelled', looks);
      if (clock.now() >= p.deadline) return this.outcome('timeout', looks);
      let delay: number;
      try {
        const step = await this.look(looks);
        this.t.failures.succeeded();
        if ('end' in step) return this.outcome('finished', looks + 1);
        if ('follow' in step) continue;
        delay = nextDelay({ elapsedMs: clock.now() - this.began, ...step.estimate });
      } catch (e) {
        if (p.signal.aborted) return this.outcome('cancelled', looks);
        delay = this.t.failures.failed(e, p.signal);
      }
      await clock.sleep(Math.max(0, Math.min(delay, p.deadline - clock.now())), p.signal);
    }
    return this.outcome('timeout', MAX_LOOKS);
  }

  private async look(n: number): Promise<Step> {
    const { p, t, clock } = this;
    const state = await p.api.getState(p.signal);
    this.state = state;
    this.expectation ??= p.learn(state);
    this.noteProgress(state);
    if (n === 0 && p.known && t.id === p.executionId && this.endsWait(p.known.status)) {
      this.last = p.known;
      return { end: 'finished' };
    }
    const look = lookAt(state, t.id, t.seenBefore);
    t.seenBefore ||= look !== 'unseen';
    if (look === 'succeeded') {
      // The last stage of this execution succeeded: so did the execution. No need to ask.
      this.last = { pipelineExecutionId: t.id, status: 'Succeeded' };
      return { end: 'finished' };
    }
    const sinceConfirm = clock.now() - t.lastConfirm;
    if (look === 'confirm' || sinceConfirm >= (look === 'unseen' || look === 'between' ? CONFIRM_SOON_MS : CONFIRM_EVERY_MS)) {
      const step = await this.confirm(state);
      if (step) return step;
    }
    const expectation = withOwnProgress(this.expectation, layoutOf(state), t.stageTook);
    return { estimate: estimateRemaining(expectation, state, t.id, { now: clock.now(), execStartMs: t.execStart, stageSeenMs: t.stageSeen }) };
  }

  /** GetPipelineExecution: the end, a replacement to follow, or undefined to go on. */
  private async confirm(state: GetPipelineStateOutput): Promise<Step | undefined> {
    const { p, t } = this;
    this.last = await p.api.getExecution(t.id, p.signal);
    t.lastConfirm = this.clock.now();
    if (this.endsWait(this.last.status)) return { end: 'finished' };
    if (verdictOf(this.last.status) !== 'superseded') return undefined;
    const next = await findReplacement(p.api, t.id, state, t.seen, p.signal);
    if (next) {
      this.followed.push({ from: t.id, to: next.id });
      p.hooks.note(`Execution ${t.id} was superseded by execution ${next.id}; awaiting that one instead (follow-superseded: true).`);
      this.t = this.track(next.id, next.startMs);
      this.last = undefined;
      this.waitingForReplacement = false;
      return { follow: true };
    }
    if (!this.waitingForReplacement) p.hooks.note(`Execution ${t.id} was superseded; waiting for the execution that replaced it to show up.`);
    this.waitingForReplacement = true;
    return undefined;
  }

  private endsWait(status: string | undefined): boolean {
    const verdict = verdictOf(status);
    return verdict === 'success' || verdict === 'failure' || (verdict === 'superseded' && !this.p.followSuperseded);
  }

  private track(id: string, execStart: number | undefined): Track {
    const failures = new LoopFailures({ what: `execution ${id}`, timeoutMs: this.p.timeoutMs, clock: this.clock, warn: this.p.hooks.warn, note: this.p.hooks.note });
    return { id, execStart, seen: {}, seenBefore: false, stageSeen: {}, stageTook: {}, lastConfirm: this.clock.now(), failures };
  }

  private outcome(end: WaitOutcome['end'], looks: number): WaitOutcome {
    const failing = end === 'timeout' ? this.t.failures.ongoing() : undefined;
    const status = this.last?.status ?? 'InProgress';
    return { executionId: this.t.id, status, execution: this.last, end, followed: this.followed, looks, state: this.state, ...(failing ? { failing } : {}) };
  }

  private noteProgress(state: GetPipelineStateOutput): void {
    const t = this.t;
    const now = this.clock.now();
    const o = observe(state, t.id, t.execStart, t.seen);
    for (const [name, status] of Object.entries(o.seen)) {
      const start = t.stageSeen[name];
      if (!name.includes('/') && status === 'Succeeded' && t.seen[name] === 'InProgress' && start !== undefined) t.stageTook[name] = now - start;
    }
    t.seen = o.seen;
    for (const s of state.stageStates ?? []) {
      const name = s.stageName ?? '';
      if (s.latestExecution?.pipelineExecutionId === t.id && t.stageSeen[name] === undefined) t.stageSeen[name] = now;
    }
    for (const tr of o.transitions) this.p.hooks.transition(tr, t.id);
  }
}

export async function waitForExecution(p: WaitParams): Promise<WaitOutcome> {
  return new Waiter(p).run();
}

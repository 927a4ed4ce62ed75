/**
 * Awaits one execution: looks at GetPipelineState (one call a look), reports transitions,
 * confirms the end with GetPipelineExecution, follows superseding executions, survives
 * throttling / 5xx / dropped connections until the deadline, and returns on cancellation.
 */
import type { GetPipelineStateOutput, PipelineApi, PipelineExecution } from './api.js';
import { ActionError } from '../errors.js';
import { isThrottling } from './aws-errors.js';
import { estimateRemaining, withOwnProgress, type Expectation } from './estimate.js';
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
  /** Start of the execution (AWS clock), when known. */
  execStartMs: number | undefined;
  /** Epoch ms after which the wait gives up (the execution keeps running). */
  deadline: number;
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
}

const track = (id: string, execStart: number | undefined, now: number): Track => ({ id, execStart, seen: {}, seenBefore: false, stageSeen: {}, stageTook: {}, lastConfirm: now });

export async function waitForExecution(p: WaitParams): Promise<WaitOutcome> {
  const clock = p.clock ?? realClock;
  const began = clock.now();
  let t = track(p.executionId, p.execStartMs, began);
  let failures = 0;
  let throttled = false;
  let last: PipelineExecution | undefined;
  let waitingForReplacement = false;
  let state: GetPipelineStateOutput | undefined;
  let expectation: Expectation | undefined;
  const followed: WaitOutcome['followed'] = [];
  const outcome = (end: WaitOutcome['end'], looks: number): WaitOutcome => ({ executionId: t.id, status: last?.status ?? 'InProgress', execution: last, end, followed, looks, state });
  for (let looks = 0; looks < MAX_LOOKS; looks++) {
    if (p.signal.aborted) return outcome('cancelled', looks);
    if (clock.now() >= p.deadline) return outcome('timeout', looks);
    let estimate: { remainingMs: number | undefined; waitingForHuman: boolean } = { remainingMs: undefined, waitingForHuman: false };
    try {
      state = await p.api.getState(p.signal);
      expectation ??= p.learn(state);
      noteProgress(t, state, clock.now(), p.hooks);
      const look = lookAt(state, t.id, t.seenBefore);
      t.seenBefore ||= look !== 'unseen';
      if (look === 'succeeded') {
        // The last stage of this execution succeeded: so did the execution. No need to ask.
        last = { pipelineExecutionId: t.id, status: 'Succeeded' };
        return outcome('finished', looks + 1);
      }
      const sinceConfirm = clock.now() - t.lastConfirm;
      if (look === 'confirm' || sinceConfirm >= (look === 'unseen' || look === 'between' ? CONFIRM_SOON_MS : CONFIRM_EVERY_MS)) {
        last = await p.api.getExecution(t.id, p.signal);
        t.lastConfirm = clock.now();
        const verdict = verdictOf(last.status);
        if (verdict === 'success' || verdict === 'failure' || (verdict === 'superseded' && !p.followSuperseded)) return outcome('finished', looks + 1);
        if (verdict === 'superseded') {
          const next = await findReplacement(p.api, t.id, state, t.seen, p.signal);
          if (next) {
            followed.push({ from: t.id, to: next.id });
            p.hooks.note(`Execution ${t.id} was superseded by execution ${next.id}; awaiting that one instead (follow-superseded: true).`);
            t = track(next.id, next.startMs, clock.now());
            last = undefined;
            waitingForReplacement = false;
            continue;
          }
          if (!waitingForReplacement) p.hooks.note(`Execution ${t.id} was superseded; waiting for the execution that replaced it to show up.`);
          waitingForReplacement = true;
        }
      }
      estimate = estimateRemaining(withOwnProgress(expectation, layoutOf(state), t.stageTook), state, t.id, { now: clock.now(), execStartMs: t.execStart, stageSeenMs: t.stageSeen });
      failures = 0;
    } catch (e) {
      if (p.signal.aborted) return outcome('cancelled', looks);
      if (!(e instanceof ActionError) || !e.retryable) throw e;
      failures++;
      throttled = isThrottling(e);
      if (failures === 1 || failures % 5 === 0) p.hooks.warn(`${e.message} Still waiting for execution ${t.id} (failed look ${failures}; the next one backs off).`);
    }
    const delay = nextDelay({ elapsedMs: clock.now() - began, ...estimate, failures, throttled, random: clock.random() });
    await clock.sleep(Math.max(0, Math.min(delay, p.deadline - clock.now())), p.signal);
  }
  return outcome('timeout', MAX_LOOKS);
}

function noteProgress(t: Track, state: GetPipelineStateOutput, now: number, hooks: WaitHooks): void {
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
  for (const tr of o.transitions) hooks.transition(tr, t.id);
}

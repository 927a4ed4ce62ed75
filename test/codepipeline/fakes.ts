/** Fakes for the fake-clock tests of the CodePipeline loops: a clock that sleeps instantly, and AWS failures as api.ts throws them. */
import type { Clock } from '../../src/clock.js';
import { toActionError } from '../../src/codepipeline/aws-errors.js';
import type { ActionError } from '../../src/errors.js';

export interface FakeClock extends Clock {
  t: number;
  /** Every sleep asked for, in ms. */
  sleeps: number[];
}

export function fakeClock(): FakeClock {
  const c: FakeClock = {
    t: 0,
    sleeps: [],
    now: () => c.t,
    random: () => 0.5,
    sleep: async (ms: number) => {
      c.sleeps.push(ms);
      c.t += ms;
    },
  };
  return c;
}

export type FailureKind = '503' | 'throttle' | 'reset' | 'denied' | 'not-found' | 'completed';

/** An SDK error of this kind, as the SDK throws it (with its name, HTTP status and fault). */
export function sdkError(kind: FailureKind): Error {
  switch (kind) {
    case '503':
      return Object.assign(new Error('Service unavailable'), { name: 'ServiceUnavailableException', $fault: 'server', $metadata: { httpStatusCode: 503 } });
    case 'throttle':
      return Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    case 'reset':
      return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    case 'denied':
      return Object.assign(new Error('not authorized to perform: codepipeline:GetPipelineState'), { name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    case 'completed':
      return Object.assign(new Error('The approval request already received a response or has expired.'), { name: 'ApprovalAlreadyCompletedException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    case 'not-found':
      return Object.assign(new Error("Pipeline execution ID x does not exist in the pipeline with name 'p'."), { name: 'PipelineExecutionNotFoundException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
  }
}

/** The ActionError api.ts throws for a failed `operation`. */
export function awsFailure(kind: FailureKind, operation = 'GetPipelineState'): ActionError {
  return toActionError(sdkError(kind), operation, { pipelineName: 'p', region: 'eu-west-1' });
}

/** Log lines by kind, for the loops' warn / note / info callbacks. */
export function logSink(): { lines: { level: 'warn' | 'info'; text: string }[]; warn(m: string): void; info(m: string): void; note(m: string): void } {
  const lines: { level: 'warn' | 'info'; text: string }[] = [];
  return {
    lines,
    warn: (m) => void lines.push({ level: 'warn', text: m }),
    info: (m) => void lines.push({ level: 'info', text: m }),
    note: (m) => void lines.push({ level: 'info', text: m }),
  };
}

/**
 * A CodePipeline EventBridge event delivered as a GitHub repository_dispatch: its client_payload
 * is the EventBridge event as AWS documents it (source "aws.codepipeline", detail-type one of the
 * three execution state changes, detail with pipeline, execution-id, state, and stage / action).
 * Pure: parses and checks the payload, and matches it against the step's filters.
 */
import { ActionError } from '../errors.js';

export const DETAIL_TYPES = {
  'CodePipeline Pipeline Execution State Change': 'pipeline',
  'CodePipeline Stage Execution State Change': 'stage',
  'CodePipeline Action Execution State Change': 'action',
} as const;

export type EventLevel = (typeof DETAIL_TYPES)[keyof typeof DETAIL_TYPES];

/** Every state CodePipeline puts in these events (pipeline, stage and action levels). */
export const EVENT_STATES = ['STARTED', 'SUCCEEDED', 'RESUMED', 'FAILED', 'CANCELED', 'SUPERSEDED', 'STOPPING', 'STOPPED', 'ABANDONED'] as const;

export interface PipelineEvent {
  type: EventLevel;
  pipeline: string;
  executionId: string;
  state: string;
  stage?: string;
  action?: string;
  region?: string;
  time?: string;
}

export interface EventFilter {
  pipelineName: string;
  stageName: string;
  actionName: string;
  /** Upper case; empty: every state. */
  states: string[];
}

const EXPECTED = 'a repository_dispatch whose client_payload is a CodePipeline EventBridge event ({"source": "aws.codepipeline", "detail-type": "CodePipeline … Execution State Change", "detail": {"pipeline", "execution-id", "state", …}}), as cloudformation/codepipeline-events-to-github.yaml sends it';

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function refuse(problem: string): ActionError {
  return new ActionError(`The triggering event is not a CodePipeline event: ${problem}.`, { hint: `command: event expects ${EXPECTED}.`, title: 'event' });
}

function text(detail: Record<string, unknown>, key: string, required: boolean): string | undefined {
  const v = detail[key];
  if (typeof v === 'string' && v !== '') return v;
  if (required) throw refuse(v === undefined ? `its detail has no '${key}'` : `its detail's '${key}' is ${JSON.stringify(v)?.slice(0, 60)}, not a non-empty string`);
  return undefined;
}

/** The CodePipeline event inside the dispatch payload (the webhook body GitHub writes to GITHUB_EVENT_PATH). */
export function parseDispatch(eventName: string, payload: unknown): PipelineEvent {
  if (eventName !== 'repository_dispatch') {
    throw new ActionError(`command: event reads a repository_dispatch event, but this job was triggered by '${eventName || 'nothing (GITHUB_EVENT_NAME is not set)'}'.`, {
      hint: 'Run it in a workflow that has on: repository_dispatch (types: [codepipeline], or the EventType of the CloudFormation template).',
      title: 'event',
    });
  }
  const body = isObject(payload) ? payload.client_payload : undefined;
  if (!isObject(body)) throw refuse(isObject(payload) && 'client_payload' in payload ? 'its client_payload is not a JSON object' : 'the dispatch has no client_payload');
  if (body.source !== 'aws.codepipeline') throw refuse(`its source is ${JSON.stringify(body.source ?? null)?.slice(0, 60)}, not "aws.codepipeline"`);
  const detailType = body['detail-type'];
  const type = typeof detailType === 'string' ? DETAIL_TYPES[detailType as keyof typeof DETAIL_TYPES] : undefined;
  if (!type) throw refuse(`its detail-type is ${JSON.stringify(detailType ?? null)?.slice(0, 80)}, not one of ${Object.keys(DETAIL_TYPES).map((t) => `"${t}"`).join(', ')}`);
  const detail = body.detail;
  if (!isObject(detail)) throw refuse('it has no detail object');
  const event: PipelineEvent = {
    type,
    pipeline: text(detail, 'pipeline', true) as string,
    executionId: text(detail, 'execution-id', true) as string,
    state: text(detail, 'state', true) as string,
  };
  if (type !== 'pipeline') event.stage = text(detail, 'stage', true);
  if (type === 'action') event.action = text(detail, 'action', true);
  const region = typeof body.region === 'string' ? body.region : text(detail, 'region', false);
  if (region) event.region = region;
  if (typeof body.time === 'string') event.time = body.time;
  return event;
}

/** Why the event does not match the filter, or undefined when it does. */
export function mismatch(e: PipelineEvent, f: EventFilter): string | undefined {
  if (f.pipelineName !== '' && e.pipeline !== f.pipelineName) return `it is about pipeline ${e.pipeline}, not ${f.pipelineName}`;
  if (f.stageName !== '' && e.stage !== f.stageName) return e.stage === undefined ? `it is a pipeline event and stage-name is ${f.stageName}` : `it is about stage ${e.stage}, not ${f.stageName}`;
  if (f.actionName !== '' && e.action !== f.actionName) return e.action === undefined ? `it is a ${e.type} event and action-name is ${f.actionName}` : `it is about action ${e.action}, not ${f.actionName}`;
  if (f.states.length > 0 && !f.states.includes(e.state.toUpperCase())) return `its state is ${e.state}, not ${f.states.join(' or ')}`;
  return undefined;
}

/** `pipeline shop execution 1234… SUCCEEDED`, `stage Deploy of pipeline shop …`. */
export function describeEvent(e: PipelineEvent): string {
  const where = e.type === 'pipeline' ? `pipeline ${e.pipeline}` : e.type === 'stage' ? `stage ${e.stage} of pipeline ${e.pipeline}` : `action ${e.stage}.${e.action} of pipeline ${e.pipeline}`;
  return `${where}, execution ${e.executionId}: ${e.state}${e.time ? ` at ${e.time}` : ''}`;
}

/**
 * event: reads the triggering repository_dispatch (GITHUB_EVENT_PATH) whose payload is a
 * CodePipeline EventBridge event, matches it against pipeline-name, stage-name, action-name and
 * states, and sets matched, event-type, execution-id, execution-status, stage-name, action-name.
 * No AWS call, no credentials.
 */
import type { CommandContext } from '../context.js';
import { ActionError } from '../errors.js';
import { describeEvent, mismatch, parseDispatch } from '../events/codepipeline-event.js';
import { info } from '../report/pipeline-log.js';
import { readRegularFileSync, UnreadableFile } from '../util/regular-file.js';

/** A dispatch payload is at most 64 KiB at GitHub; anything far larger is not one. */
const MAX_EVENT_BYTES = 1024 * 1024;

function readEvent(file: string): unknown {
  const fail = (why: string, cause: unknown): never => {
    throw new ActionError(`Could not read the triggering event from GITHUB_EVENT_PATH (${file}): ${why}.`, { hint: 'The runner writes the event there as JSON; check that no earlier step replaced the file.', title: 'event', cause });
  };
  if (file === '') throw new ActionError('GITHUB_EVENT_PATH is not set, so there is no triggering event to read.', { hint: 'command: event runs in a GitHub Actions job started by repository_dispatch.', title: 'event' });
  let text = '';
  try {
    text = readRegularFileSync(file, MAX_EVENT_BYTES).toString('utf8');
  } catch (e) {
    fail(e instanceof UnreadableFile ? e.message : String(e), e);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    return fail(`it is not JSON (it starts with '${text.trimStart().slice(0, 20).replace(/\s+/g, ' ')}')`, e);
  }
}

export default async function eventCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const event = parseDispatch(s.run.eventName, readEvent(ctx.env.GITHUB_EVENT_PATH ?? ''));
  const why = mismatch(event, { pipelineName: s.pipelineName, stageName: s.stageName, actionName: s.actionName, states: s.states });
  ctx.setOutput('matched', why === undefined ? 'true' : 'false');
  ctx.setOutput('event-type', event.type);
  ctx.setOutput('execution-id', event.executionId);
  ctx.setOutput('execution-status', event.state);
  ctx.setOutput('stage-name', event.stage ?? '');
  ctx.setOutput('action-name', event.action ?? '');
  info(`CodePipeline event: ${describeEvent(event)}.`);
  info(why === undefined ? 'It matches: matched=true.' : `It does not match (${why}): matched=false.`);
}

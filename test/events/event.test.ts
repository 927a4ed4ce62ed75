/**
 * command: event through the bundled action: a repository_dispatch whose client_payload is a
 * CodePipeline EventBridge event (shapes: ./samples.ts, as AWS documents them), filtered by
 * pipeline-name, stage-name, action-name and states; malformed and foreign payloads refused in
 * one message naming what was expected. No AWS call and no credentials.
 */
import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runAction, type RunResult } from '../harness/run-action.ts';
import { actionEvent, dispatch, EXECUTION_ID, pipelineEvent, stageEvent } from './samples.ts';

async function onEvent(payload: unknown, inputs: Record<string, string> = {}, eventName = 'repository_dispatch'): Promise<RunResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-event-'));
  const file = path.join(dir, 'event.json');
  writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload));
  // No AWS configuration at all: the command must not need any.
  return runAction({ inputs: { command: 'event', ...inputs }, env: { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: file, AWS_REGION: undefined, AWS_ACCESS_KEY_ID: undefined }, workspace: dir, timeoutMs: 20_000 });
}

describe('command: event', () => {
  test('a pipeline SUCCEEDED event matches pipeline-name and states; outputs say what it is', async () => {
    const r = await onEvent(dispatch(pipelineEvent('SUCCEEDED')), { 'pipeline-name': 'shop-pipeline', states: 'succeeded\nFAILED' });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({ matched: 'true', 'event-type': 'pipeline', 'execution-id': EXECUTION_ID, 'execution-status': 'SUCCEEDED', 'stage-name': '', 'action-name': '' });
    expect(r.lines).toContain(`CodePipeline event: pipeline shop-pipeline, execution ${EXECUTION_ID}: SUCCEEDED at 2026-03-02T10:15:30Z.`);
    expect(r.lines).toContain('It matches: matched=true.');
  });

  test('a stage event and an action event carry their stage and action', async () => {
    const stage = await onEvent(dispatch(stageEvent('Deploy', 'STARTED')), { 'stage-name': 'Deploy' });
    expect(stage.outputs).toMatchObject({ matched: 'true', 'event-type': 'stage', 'stage-name': 'Deploy', 'action-name': '', 'execution-status': 'STARTED' });
    const action = await onEvent(dispatch(actionEvent('Build', 'Compile', 'FAILED')), { 'stage-name': 'Build', 'action-name': 'Compile', states: 'FAILED' });
    expect(action.outputs).toMatchObject({ matched: 'true', 'event-type': 'action', 'stage-name': 'Build', 'action-name': 'Compile', 'execution-status': 'FAILED' });
  });

  test.each([
    [{ 'pipeline-name': 'other-pipeline' }, pipelineEvent(), 'it is about pipeline shop-pipeline, not other-pipeline'],
    [{ states: 'FAILED' }, pipelineEvent('SUCCEEDED'), 'its state is SUCCEEDED, not FAILED'],
    [{ 'stage-name': 'Deploy' }, pipelineEvent(), 'it is a pipeline event and stage-name is Deploy'],
    [{ 'stage-name': 'Deploy' }, stageEvent('Build'), 'it is about stage Build, not Deploy'],
    [{ 'action-name': 'DeployApi' }, actionEvent('Build', 'Compile'), 'it is about action Compile, not DeployApi'],
  ])('%j on a non-matching event: matched=false, the step succeeds and says why', async (inputs, event, why) => {
    const r = await onEvent(dispatch(event), inputs);
    expect(r.code).toBe(0);
    expect(r.outputs.matched).toBe('false');
    expect(r.outputs['execution-id']).toBe(EXECUTION_ID);
    expect(r.lines).toContain(`It does not match (${why}): matched=false.`);
  });

  test.each([
    ['another source', dispatch({ ...pipelineEvent(), source: 'aws.ec2' }), 'its source is "aws.ec2", not "aws.codepipeline"'],
    ['an unknown detail-type', dispatch({ ...pipelineEvent(), 'detail-type': 'CodeBuild Build State Change' }), 'its detail-type is "CodeBuild Build State Change", not one of "CodePipeline Pipeline Execution State Change", "CodePipeline Stage Execution State Change", "CodePipeline Action Execution State Change"'],
    ['no client_payload', { action: 'codepipeline' }, 'the dispatch has no client_payload'],
    ['a client_payload that is not an object', dispatch('SUCCEEDED'), 'its client_payload is not a JSON object'],
    ['no execution-id', dispatch({ ...pipelineEvent(), detail: { pipeline: 'shop-pipeline', state: 'SUCCEEDED' } }), "its detail has no 'execution-id'"],
    ['a stage event without its stage', dispatch({ ...stageEvent(), detail: { pipeline: 'shop-pipeline', 'execution-id': EXECUTION_ID, state: 'STARTED' } }), "its detail has no 'stage'"],
  ])('%s: one error naming what was expected', async (_name, payload, problem) => {
    const r = await onEvent(payload);
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain(`The triggering event is not a CodePipeline event: ${problem}.`);
    expect(r.errors[0]?.message).toContain('command: event expects a repository_dispatch whose client_payload is a CodePipeline EventBridge event');
    expect(r.outputs).toEqual({});
  });

  test('another trigger is refused, naming it', async () => {
    const r = await onEvent(dispatch(pipelineEvent()), {}, 'push');
    expect(r.errors[0]?.message).toContain("command: event reads a repository_dispatch event, but this job was triggered by 'push'.");
  });

  test('an event file that is not JSON says where it was read from', async () => {
    const r = await onEvent('{not json');
    expect(r.errors[0]?.message).toMatch(/^Could not read the triggering event from GITHUB_EVENT_PATH \(.*event\.json\): it is not JSON \(it starts with '\{not json'\)\.\n/);
  });

  test('an event path that is a named pipe is refused at once, not read', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-event-fifo-'));
    execFileSync('mkfifo', [path.join(dir, 'event.json')]);
    const r = await runAction({ inputs: { command: 'event', 'pipeline-name': 'shop' }, env: { GITHUB_EVENT_NAME: 'repository_dispatch', GITHUB_EVENT_PATH: path.join(dir, 'event.json') }, workspace: dir, timeoutMs: 20_000 });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toMatch(/: it is a named pipe \(FIFO\), not a regular file\.\n/);
  });

  test('an unknown state in states is an input error listing the states', async () => {
    const r = await onEvent(dispatch(pipelineEvent()), { states: 'SUCCEEDED\nDONE' });
    expect(r.errors[0]?.message).toContain("Input 'states' line 2 is 'DONE'.");
    expect(r.errors[0]?.message).toContain('one CodePipeline event state per line: STARTED, SUCCEEDED, RESUMED, FAILED, CANCELED, SUPERSEDED, STOPPING, STOPPED, ABANDONED');
  });

  test('AWS inputs have no effect and are only warned about', async () => {
    const r = await onEvent(dispatch(pipelineEvent()), { 'aws-region': 'eu-west-1', 'execution-id': EXECUTION_ID });
    expect(r.code).toBe(0);
    expect(r.warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/^Input 'aws-region' has no effect with command 'event': only commands credentials, start, await, approve, stop, retry, rollback, status(, [a-z-]+)* read it\.$/),
      "Input 'execution-id' has no effect with command 'event': only commands await, approve, stop, retry, status read it.",
    ]);
  });
});

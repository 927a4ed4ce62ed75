/**
 * Failure evidence through the bundled action: a failed CodeBuild action's log tail (CodeBuild
 * BatchGetBuilds: builds[].logs.groupName / streamName, the build id being the action's
 * externalExecutionId; CloudWatch Logs GetLogEvents with startFromHead false and limit 100, as
 * their API references document them), a failed CloudFormation action's failed stack events of
 * this deployment (DescribeStackEvents), one note per denied call naming the IAM action, the
 * outcome unchanged, nothing loaded or called when nothing failed.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { run } from './fixture.ts';
import { stageSandbox, type StageSandbox } from './stage-fixture.ts';
import { actionEntry, leaks, type RunResult } from '../harness/run-action.ts';
import { recordLoads } from '../harness/loaded-chunks.ts';
import { parseWorkflowCommand, type WorkflowCommand } from '../harness/workflow-commands.ts';
import type { ScriptStage } from '../sandbox/codepipeline.ts';

let sb: StageSandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

const TOKEN = 'ghs_evidenceSecret0123456789abcdef';
const HOSTILE = ['::error::pwned by the build log', '::add-mask::everything', '::set-output name=execution-status::Succeeded', `token=${TOKEN}`];

function stages(build: Partial<ScriptStage['actions'][number]> = {}, deploy: Partial<ScriptStage['actions'][number]> = {}): ScriptStage[] {
  return [
    { name: 'Source', actions: [{ name: 'Source', category: 'Source', durationMs: 50 }] },
    { name: 'Build', actions: [{ name: 'Compile', durationMs: 100, configuration: { ProjectName: 'shop-build' }, ...build }] },
    { name: 'Deploy', actions: [{ name: 'DeployApi', category: 'Deploy', provider: 'CloudFormation', durationMs: 100, configuration: { ActionMode: 'CREATE_UPDATE', StackName: 'shop-api' }, ...deploy }] },
  ];
}

const failing = { fail: { code: 'JobFailed', message: 'Build failed' } };

/** Workflow commands as the runner reads them: none between ::stop-commands::<token> and ::<token>::. */
function runnerCommands(stdout: string): WorkflowCommand[] {
  const out: WorkflowCommand[] = [];
  let resume: string | undefined;
  for (const line of stdout.split('\n')) {
    if (resume !== undefined) {
      if (line === resume) resume = undefined;
      continue;
    }
    const c = parseWorkflowCommand(line);
    if (c?.command === 'stop-commands') resume = `::${c.message}::`;
    else if (c) out.push(c);
  }
  return out;
}

/** The lines printed between the stop-commands markers. */
function verbatim(stdout: string): string[] {
  const m = /^::stop-commands::([0-9a-f]{32})$/m.exec(stdout);
  if (!m) return [];
  const start = stdout.indexOf(m[0]) + m[0].length + 1;
  return stdout.slice(start, stdout.indexOf(`::${m[1]}::`, start)).split('\n').filter((l) => l !== '');
}

async function awaitFailed(inputs: Record<string, string> = {}, env: Record<string, string> = {}): Promise<RunResult> {
  const exec = sb!.emulator.startExecution({ startTime: Date.now() - 5000 });
  return run(sb!, { command: 'await', 'execution-id': exec.id, ...inputs }, { env }).result;
}

describe('a failed CodeBuild action', () => {
  test('the last lines of its build log are in a log group, with workflow commands stopped, and in the summary; the outcome is unchanged', async () => {
    const log = [...Array.from({ length: 140 }, (_, i) => `step ${i + 1}`), ...HOSTILE];
    sb = await stageSandbox({ stages: stages({ ...failing, buildLog: log }) });
    const r = await awaitFailed({ 'github-token': TOKEN });
    expect(r.code).toBe(1);
    expect(r.outputs['execution-status']).toBe('Failed');
    // What the runner acts on: the one failure of the step, nothing the log lines say.
    const commands = runnerCommands(r.stdout);
    expect(commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([expect.stringContaining('stage Build, action Compile: JobFailed: Build failed')]);
    expect(commands.filter((c) => c.command === 'add-mask').map((c) => c.message)).toEqual([TOKEN]);
    expect(r.outputs['execution-status']).toBe('Failed');
    // BatchGetBuilds asked for the action's build; GetLogEvents read the newest 100 events.
    const build = JSON.parse(sb.ev.codebuild.server.callsOf('BatchGetBuilds')[0]?.body ?? '{}');
    expect(build.ids).toEqual([expect.stringMatching(/^shop-build:[0-9a-f-]{36}$/)]);
    const get = JSON.parse(sb.ev.logs.server.callsOf('GetLogEvents')[0]?.body ?? '{}');
    expect(get).toMatchObject({ logGroupName: '/aws/codebuild/shop-build', logStreamName: build.ids[0].split(':')[1], startFromHead: false, limit: 100 });
    const shown = verbatim(r.stdout);
    expect(shown).toHaveLength(100);
    expect(shown[0]).toBe('step 45');
    expect(shown.slice(-4)).toEqual([...HOSTILE.slice(0, 3), 'token=***']);
    expect(r.stdout).toMatch(/^::group::Build log of Build\.Compile: last 100 lines of build shop-build:/m);
    expect(r.summary).toContain('Why it failed');
    expect(r.summary).toContain('last 30 of the 100 lines in the job log');
    expect(r.summary).toContain('::error::pwned by the build log');
    expect(leaks(r, [TOKEN])).toEqual([]);
  });

  test.each([
    ['codebuild', 'BatchGetBuilds', 'codebuild:BatchGetBuilds', 'arn:aws:codebuild:eu-west-1:<account>:project/shop-build'],
    ['logs', 'GetLogEvents', 'logs:GetLogEvents', 'arn:aws:logs:eu-west-1:<account>:log-group:/aws/codebuild/shop-build:log-stream:'],
  ] as const)('%s %s denied: one note naming %s, the same failure', async (service, operation, iam, resource) => {
    sb = await stageSandbox({ stages: stages(failing) });
    (service === 'codebuild' ? sb.ev.codebuild.codebuild : sb.ev.logs.logs).deny.add(operation);
    const r = await awaitFailed();
    expect(r.code).toBe(1);
    const notes = r.warnings.filter((w) => w.properties.title === 'failure evidence').map((w) => w.message);
    expect(notes).toEqual([expect.stringContaining(`Build.Compile: AWS denied ${iam}, so`)]);
    expect(notes[0]).toContain(`Allow ${iam} on ${resource}`);
    expect(r.errors.at(-1)?.message).toContain('stage Build, action Compile: JobFailed: Build failed');
    expect(r.summary).toContain(`AWS denied ${iam}`);
  });

  test('a build that only logs to S3 is one note with the S3 link', async () => {
    sb = await stageSandbox({ stages: stages({ ...failing, configuration: { ProjectName: 'shop-build', LogsTo: 'S3' } }) });
    const r = await awaitFailed();
    expect(r.warnings.filter((w) => w.properties.title === 'failure evidence').map((w) => w.message)).toEqual([
      expect.stringMatching(/^Build\.Compile: Build shop-build:\S+ does not send its log to CloudWatch Logs \(the project's CloudWatch logs are disabled\); its log is in S3: https:\/\/console\.aws\.amazon\.com\/s3\/object\/build-logs\//),
    ]);
    expect(sb.ev.logs.server.calls).toHaveLength(0);
  });

  test('a CodeBuild endpoint that does not answer is cut short and noted; the step still fails for the pipeline', async () => {
    sb = await stageSandbox({ stages: stages(failing) });
    sb.ev.codebuild.server.fault({ kind: 'slow', operation: 'BatchGetBuilds', delayMs: 20_000, times: 2 });
    const began = Date.now();
    const r = await awaitFailed();
    expect(Date.now() - began).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.warnings.map((w) => w.message).join('\n')).toMatch(/Build\.Compile: The build log of shop-build:\S+ could not be located: CodeBuild BatchGetBuilds failed: no HTTP answer/);
  }, 45_000);
});

describe('a failed CloudFormation action', () => {
  const resources = [
    { resource: 'ApiFunction', type: 'AWS::Lambda::Function', reason: 'Resource handler returned message: "Runtime nodejs8.10 is not supported"' },
    { resource: 'ApiRoute', type: 'AWS::ApiGatewayV2::Route', reason: 'Resource creation cancelled' },
  ];

  test("the stack's failed events of this deployment, first failure first, in the log and the summary", async () => {
    sb = await stageSandbox({ stages: stages({}, { fail: { code: 'JobFailed', message: 'Stack shop-api failed' }, stackFailures: resources }) });
    const r = await awaitFailed();
    expect(r.code).toBe(1);
    expect(sb.ev.cloudformation.server.callsOf('DescribeStackEvents')).toHaveLength(1);
    expect(verbatim(r.stdout)).toEqual([
      expect.stringMatching(/^First failure: ApiFunction \(AWS::Lambda::Function\) CREATE_FAILED at \S+Z: Resource handler returned message: "Runtime nodejs8.10 is not supported"$/),
      expect.stringMatching(/^Then: ApiRoute \(AWS::ApiGatewayV2::Route\) CREATE_FAILED at \S+Z: Resource creation cancelled$/),
    ]);
    expect(r.stdout).not.toContain('OldQueue');
    expect(r.stdout).toContain('Deploy.DeployApi: stack shop-api first failed at ApiFunction: CREATE_FAILED');
    expect(r.summary).toMatch(/<tr><td>ApiFunction<\/td><td>AWS::Lambda::Function<\/td><td>CREATE&#95;FAILED<\/td>/);
    expect(r.summary.indexOf('ApiFunction')).toBeLessThan(r.summary.indexOf('ApiRoute'));
    expect(sb.ev.codebuild.server.calls).toHaveLength(0);
  });

  test('DescribeStackEvents denied: one note naming cloudformation:DescribeStackEvents', async () => {
    sb = await stageSandbox({ stages: stages({}, { fail: { code: 'JobFailed', message: 'Stack shop-api failed' }, stackFailures: resources }) });
    sb.ev.cloudformation.cloudformation.deny.add('DescribeStackEvents');
    const r = await awaitFailed();
    expect(r.code).toBe(1);
    const note = r.warnings.find((w) => w.properties.title === 'failure evidence')?.message ?? '';
    expect(note).toContain('Deploy.DeployApi: AWS denied cloudformation:DescribeStackEvents, so the failed events of stack shop-api is not shown here.');
    expect(note).toContain('arn:aws:cloudformation:eu-west-1:<account>:stack/shop-api/*');
  });
});

describe('nothing failed', () => {
  test('no evidence call, and no CodeBuild, CloudWatch Logs or CloudFormation client code is loaded', async () => {
    sb = await stageSandbox({ stages: stages() });
    const rec = recordLoads(path.dirname(actionEntry()));
    const exec = sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    const r = await run(sb, { command: 'await', 'execution-id': exec.id }, { env: rec.env }).result;
    expect(r.code).toBe(0);
    expect([...sb.ev.codebuild.server.calls, ...sb.ev.logs.server.calls, ...sb.ev.cloudformation.server.calls]).toEqual([]);
    const { readFileSync } = await import('node:fs');
    const clients = rec.loaded().filter((f) => /CodeBuild_20161006|Logs_20140328|DescribeStackEvents/.test(readFileSync(f, 'utf8')));
    expect(clients.map((f) => path.basename(f))).toEqual([]);
  });
});

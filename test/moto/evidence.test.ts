/**
 * The build log tail of a failed CodeBuild action, read from moto's CloudWatch Logs: moto (an
 * independent implementation) judges the GetLogEvents request (the newest events, startFromHead
 * false, at most 100) and how the action pages and orders the answer. CodePipeline executions and
 * CodeBuild's BatchGetBuilds come from the project's sandbox (moto has no CodePipeline executions).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { CloudWatchLogsClient, CreateLogGroupCommand, CreateLogStreamCommand, PutLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { run } from '../codepipeline/fixture.ts';
import { stageSandbox, type StageSandbox } from '../codepipeline/stage-fixture.ts';
import { snapshot } from '../sandbox/codepipeline-sim.ts';
import { MOTO_KEYS, startMoto, type Moto } from './moto.ts';

let moto: Moto;
let sb: StageSandbox | undefined;
beforeAll(async () => {
  moto = await startMoto();
});
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});
afterAll(async () => moto?.close());

const STAGES = [
  { name: 'Source', actions: [{ name: 'Source', category: 'Source' as const, durationMs: 50 }] },
  { name: 'Build', actions: [{ name: 'Compile', durationMs: 100, configuration: { ProjectName: 'shop-build' }, fail: { code: 'JobFailed', message: 'Build failed' } }] },
];

/** Writes `lines` as the build's log stream in moto, one event a millisecond apart. */
async function logInMoto(group: string, stream: string, lines: string[]): Promise<void> {
  const logs = new CloudWatchLogsClient({ region: 'eu-west-1', endpoint: moto.url, credentials: { accessKeyId: MOTO_KEYS.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_KEYS.AWS_SECRET_ACCESS_KEY } });
  await logs.send(new CreateLogGroupCommand({ logGroupName: group })).catch((e: { name?: string }) => {
    if (e.name !== 'ResourceAlreadyExistsException') throw e;
  });
  await logs.send(new CreateLogStreamCommand({ logGroupName: group, logStreamName: stream }));
  const t0 = Date.now() - 60_000;
  await logs.send(new PutLogEventsCommand({ logGroupName: group, logStreamName: stream, logEvents: lines.map((message, i) => ({ timestamp: t0 + i, message })) }));
  logs.destroy();
}

describe('build log tail from moto CloudWatch Logs', () => {
  test('the newest 100 of 140 lines, oldest first, between stop-commands markers', async () => {
    sb = await stageSandbox({ stages: STAGES });
    const exec = sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    const build = snapshot(exec, Date.now()).runs.find((r) => r.action.name === 'Compile')?.externalId ?? '';
    const [project, stream] = build.split(':') as [string, string];
    await logInMoto(`/aws/codebuild/${project}`, stream, Array.from({ length: 140 }, (_, i) => `line ${i + 1}`));
    const r = await run(sb, { command: 'await', 'execution-id': exec.id }, { env: { AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: moto.url } }).result;
    expect(r.code).toBe(1);
    expect(r.outputs['execution-status']).toBe('Failed');
    const marker = /^::stop-commands::([0-9a-f]{32})$/m.exec(r.stdout);
    expect(marker).not.toBeNull();
    const start = r.stdout.indexOf(marker![0]) + marker![0].length + 1;
    const shown = r.stdout.slice(start, r.stdout.indexOf(`::${marker![1]}::`, start)).split('\n').filter((l) => l !== '');
    expect(shown).toEqual(Array.from({ length: 100 }, (_, i) => `line ${i + 41}`));
    expect(r.stdout).toMatch(/^::group::Build log of Build\.Compile: last 100 lines of build shop-build:/m);
    expect(sb.ev.logs.server.calls).toEqual([]);
  });
});

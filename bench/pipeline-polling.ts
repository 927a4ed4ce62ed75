/**
 * Measures the CodePipeline wait against the sandbox: completion-to-exit latency and
 * CodePipeline calls per minute for a pipeline of about a minute, with and without history
 * of earlier successful executions to learn durations from.
 *
 *   npm run build && node --experimental-strip-types bench/pipeline-polling.ts [runs]
 *   (APHEX_DIST=.dist-x to measure a private build)
 */
import { startCodePipeline } from '../test/sandbox/codepipeline.ts';
import { snapshot, type ScriptStage } from '../test/sandbox/codepipeline-sim.ts';
import { startAction } from '../test/harness/run-action.ts';

const RUNS = Number(process.argv[2] ?? 5);
const POLL_OPS = new Set(['GetPipelineState', 'GetPipelineExecution']);

function stages(jitter: () => number): ScriptStage[] {
  const d = (ms: number): number => Math.round(ms * jitter());
  return [
    { name: 'Source', actions: [{ name: 'Source', category: 'Source', durationMs: d(3000) }] },
    { name: 'Build', actions: [{ name: 'Compile', category: 'Build', durationMs: d(25_000) }] },
    {
      name: 'Deploy',
      actions: [
        { name: 'Web', category: 'Deploy', provider: 'CloudFormation', runOrder: 1, durationMs: d(20_000), namespace: 'Web', configuration: { StackName: 'web' }, outputVariables: { Url: 'u' } },
        { name: 'Db', category: 'Deploy', provider: 'CloudFormation', runOrder: 1, durationMs: d(18_000), namespace: 'Db', configuration: { StackName: 'db' }, outputVariables: { Port: '5432' } },
      ],
    },
    { name: 'Test', actions: [{ name: 'Smoke', category: 'Test', durationMs: d(12_000) }] },
  ];
}

interface Sample {
  latencyMs: number;
  pollCallsPerMin: number;
  callsPerMin: number;
  waitMs: number;
}

async function once(history: number, seed: number): Promise<Sample> {
  let x = seed;
  const rnd = (): number => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const { server, emulator } = await startCodePipeline({ name: 'bench', stages: stages(() => 1) });
  try {
    for (let i = 0; i < history; i++) emulator.startExecution({ startTime: Date.now() - 3_600_000 + i * 120_000, stages: stages(() => 0.9 + 0.2 * rnd()) });
    const exec = emulator.startExecution({ stages: stages(() => 0.85 + 0.3 * rnd()) });
    const began = Date.now();
    const p = startAction({
      timeoutMs: 300_000,
      inputs: { command: 'await', 'pipeline-name': 'bench', 'execution-id': exec.id },
      env: { AWS_REGION: 'eu-west-1', AWS_ACCESS_KEY_ID: 'AKIAFAKE', AWS_SECRET_ACCESS_KEY: 'fake', AWS_ENDPOINT_URL_CODEPIPELINE: server.url },
    });
    const r = await p.result;
    const exited = Date.now();
    if (r.code !== 0) throw new Error(`run failed: ${r.stdout}\n${r.stderr}`);
    const done = snapshot(exec, exited).updated;
    const minutes = (exited - began) / 60_000;
    const calls = server.calls.filter((c) => c.at >= began && c.at <= exited);
    return { latencyMs: exited - done, waitMs: exited - began, callsPerMin: calls.length / minutes, pollCallsPerMin: calls.filter((c) => POLL_OPS.has(c.operation)).length / minutes };
  } finally {
    await server.close();
  }
}

const med = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] as number;

async function scenario(label: string, history: number): Promise<void> {
  const samples = await Promise.all(Array.from({ length: RUNS }, (_, i) => once(history, 7 + i * 31)));
  const f = (n: number): string => n.toFixed(1);
  console.log(`${label} (${RUNS} runs, ~${f(med(samples.map((s) => s.waitMs)) / 1000)} s each)`);
  console.log(`  completion-to-exit latency: median ${f(med(samples.map((s) => s.latencyMs)) / 1000)} s, max ${f(Math.max(...samples.map((s) => s.latencyMs)) / 1000)} s`);
  console.log(`  CodePipeline calls/min: polling median ${f(med(samples.map((s) => s.pollCallsPerMin)))}, all calls median ${f(med(samples.map((s) => s.callsPerMin)))}, max ${f(Math.max(...samples.map((s) => s.callsPerMin)))}`);
}

await scenario('With 5 earlier successful executions', 5);
await scenario('Without history (first execution)', 0);

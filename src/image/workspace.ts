/**
 * The start of every step: the checkout at the revision, and for the environment steps the
 * build's artifacts restored into it (when the pipeline has an artifact bucket).
 */
import type { CommonArgs } from './args.js';
import { restoreBuildArtifacts } from './artifacts.js';
import type { ScriptContext } from './cli.js';
import { checkout, type Checkout } from './git.js';

export interface Workspace extends Checkout {
  /** s3://… of the restored artifacts, when restored. */
  artifacts?: string;
}

export async function prepareWorkspace(ctx: ScriptContext, c: CommonArgs, o: { restore: boolean }): Promise<Workspace> {
  const co = await checkout({ repository: c.repository, revision: c.revision, env: ctx.env, out: ctx.out, secrets: ctx.secrets });
  if (!o.restore || c.artifactBucket === undefined) return co;
  const restored = await restoreBuildArtifacts({ bucket: c.artifactBucket, pipeline: c.pipeline, runId: c.runId, dir: co.dir, env: ctx.env, out: ctx.out, signal: ctx.signal });
  return { ...co, artifacts: restored.uri };
}

/** What the user's commands get besides the pod's environment. */
export function runVariables(c: CommonArgs, commit: string): Record<string, string> {
  return { CI: 'true', APHEX_PIPELINE: c.pipeline, APHEX_RUN_ID: c.runId, APHEX_REVISION: commit };
}

/** `1m 05s`, `12.3 s`. */
export function elapsed(sinceMs: number): string {
  const s = (Date.now() - sinceMs) / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)}m ${String(Math.round(s % 60)).padStart(2, '0')}s`;
}

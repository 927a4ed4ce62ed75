/**
 * Rules of the pipeline as a whole: where artifacts are stored (one artifactStore, or an
 * artifactStores entry per region of a cross-region action), and the features only V2 pipelines
 * have (execution modes other than SUPERSEDED, stage conditions). Pure.
 */
import { error, pathLabel, type DeclPath, type Issue } from './model.js';
import type { DeclarationView } from './view.js';
import { isObj } from '../util/guards.js';

/** `region`: the pipeline's region when known (update-pipeline), else inferred from the actions. */
export function pipelineIssues(v: DeclarationView, region?: string): Issue[] {
  return [...stores(v, region), ...v2Features(v), ...rollbacks(v)];
}

function stores(v: DeclarationView, region: string | undefined): Issue[] {
  const one = v.raw.artifactStore;
  const many = v.raw.artifactStores;
  const issues: Issue[] = [];
  if (one !== undefined && many !== undefined) {
    issues.push(error(['artifactStores'], 'artifact-store', 'The pipeline has both artifactStore and artifactStores: CodePipeline takes one of them. Keep artifactStore for a single-region pipeline, artifactStores for one with cross-region actions.', { atKey: true }));
  }
  if (one === undefined && many === undefined) {
    return [error([], 'artifact-store', 'The pipeline has no artifactStore: CodePipeline keeps artifacts in an S3 bucket of the pipeline\'s region. Add artifactStore: {type: S3, location: <bucket>}.')];
  }
  // get-pipeline names the region of every action, the pipeline's own included.
  const located = v.actions.filter((a) => a.region !== undefined);
  if (many === undefined) {
    const home = region ?? located[0]?.region;
    const away = located.find((a) => a.region !== home);
    if (away === undefined) return [];
    const where = region === undefined ? `while other actions run in ${home}` : `and the pipeline is in ${region}`;
    return [error([...away.path, 'region'], 'artifact-store', `${pathLabel(v.raw, away.path)} runs in region ${away.region} ${where}: a pipeline with cross-region actions keeps its artifacts in artifactStores, one bucket per region. Replace artifactStore with artifactStores.`)];
  }
  const regions = isObj(many) ? Object.keys(many) : [];
  const missing = located.filter((a) => !regions.includes(a.region as string));
  if (region !== undefined && isObj(many) && !regions.includes(region)) {
    issues.push(error(['artifactStores'], 'artifact-store', `artifactStores has no bucket for ${region}, the pipeline's own region (it has ${regions.join(', ') || 'none'}). Add artifactStores.${region}.`, { atKey: true }));
  }
  return [
    ...issues,
    ...missing.map((a) =>
      error([...a.path, 'region'], 'artifact-store', `${pathLabel(v.raw, a.path)} runs in region ${a.region}, which has no entry in artifactStores (${regions.join(', ') || 'none'}). Add an S3 bucket of ${a.region} under artifactStores.${a.region}.`),
    ),
  ];
}

function v2Features(v: DeclarationView): Issue[] {
  if (v.pipelineType === 'V2') return [];
  const type = v.pipelineType ?? 'not declared V2';
  const issues: Issue[] = [];
  const mode = v.raw.executionMode;
  if (mode === 'QUEUED' || mode === 'PARALLEL') {
    issues.push(error(['executionMode'], 'pipeline-type', `executionMode ${mode} exists in V2 pipelines only, and this pipeline is ${type}. Set pipelineType: V2, or use SUPERSEDED.`));
  }
  for (const s of v.stages) {
    for (const when of ['beforeEntry', 'onSuccess'] as const) {
      if (s.raw[when] !== undefined) issues.push(error([...s.path, when], 'pipeline-type', `Stage '${s.name ?? s.index + 1}' has ${when} conditions, which exist in V2 pipelines only, and this pipeline is ${type}. Set pipelineType: V2.`, { atKey: true }));
    }
    const onFailure = s.raw.onFailure;
    if (isObj(onFailure) && (onFailure.conditions !== undefined || onFailure.result !== undefined || onFailure.retryConfiguration !== undefined)) {
      issues.push(error([...s.path, 'onFailure'], 'pipeline-type', `Stage '${s.name ?? s.index + 1}' has onFailure settings, which exist in V2 pipelines only, and this pipeline is ${type}. Set pipelineType: V2.`, { atKey: true }));
    }
  }
  return issues;
}

/** The first stage fetches sources: there is nothing to roll it back to. */
function rollbacks(v: DeclarationView): Issue[] {
  const first = v.stages[0];
  if (first === undefined || first.index !== 0) return [];
  const results: DeclPath[] = [];
  for (const when of ['onFailure', 'onSuccess', 'beforeEntry'] as const) {
    const block = first.raw[when];
    if (!isObj(block)) continue;
    if (block.result === 'ROLLBACK') results.push([...first.path, when, 'result']);
    const conditions = Array.isArray(block.conditions) ? block.conditions : [];
    conditions.forEach((c, i) => {
      if (isObj(c) && c.result === 'ROLLBACK') results.push([...first.path, when, 'conditions', i, 'result']);
    });
  }
  return results.map((path) => error(path, 'rollback', `Stage '${first.name ?? 1}' is the source stage: it cannot be rolled back (there is no earlier execution of it to return to). Use FAIL here, and ROLLBACK on the stages that deploy.`));
}

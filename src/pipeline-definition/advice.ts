/**
 * The design's anti-patterns, as warnings: a production stage that no manual approval guards,
 * artifacts stored without a KMS key, source actions that poll for changes; and a declaration
 * that leaves the pipeline type to the service. Pure.
 */
import { pathLabel, warning, type Issue } from './model.js';
import type { DeclarationView, StageView } from './view.js';
import { isObj } from '../util/guards.js';

/** Words of a stage name that say it deploys to production. */
const PRODUCTION = new Set(['prod', 'production', 'prd', 'live']);

export function adviceIssues(v: DeclarationView): Issue[] {
  return [...approvals(v), ...encryption(v), ...polling(v), ...pipelineType(v)];
}

/** `DeployToProd`, `prod-eu`, `Production_US` → their words, lower-case. */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function soundsLikeProduction(name: string): boolean {
  return wordsOf(name).some((w) => PRODUCTION.has(w));
}

const isManual = (category: string | undefined): boolean => category === 'Approval';

/** A manual approval runs before the stage's other actions, or in the stage just before it. */
function guarded(stage: StageView, previous: StageView | undefined): boolean {
  const work = stage.actions.filter((a) => !isManual(a.category));
  const first = Math.min(...work.map((a) => a.runOrder));
  if (stage.actions.some((a) => isManual(a.category) && a.runOrder < first)) return true;
  return previous !== undefined && previous.index === stage.index - 1 && previous.actions.some((a) => isManual(a.category));
}

function approvals(v: DeclarationView): Issue[] {
  return v.stages.flatMap((stage, i) => {
    if (stage.index === 0 || stage.name === undefined || !soundsLikeProduction(stage.name)) return [];
    if (stage.actions.every((a) => isManual(a.category)) || guarded(stage, v.stages[i - 1])) return [];
    return [
      warning([...stage.path, 'name'], 'no-approval', `Stage '${stage.name}' looks like production, and no manual approval runs before it: a change would go live without anyone deciding. Add an Approval action (provider Manual) to the stage before it, or to this stage with a lower runOrder than its other actions.`),
    ];
  });
}

function encryption(v: DeclarationView): Issue[] {
  const issues: Issue[] = [];
  const hint = "Set encryptionKey: {id: <KMS key ARN>, type: KMS}, so the artifacts (sources, builds, templates) are encrypted with a key whose policy you control rather than S3's default key.";
  if (isObj(v.raw.artifactStore) && v.raw.artifactStore.encryptionKey === undefined) {
    issues.push(warning(['artifactStore'], 'artifact-encryption', `The artifact store has no encryptionKey. ${hint}`, { atKey: true }));
  }
  if (isObj(v.raw.artifactStores)) {
    for (const [region, store] of Object.entries(v.raw.artifactStores)) {
      if (isObj(store) && store.encryptionKey === undefined) issues.push(warning(['artifactStores', region], 'artifact-encryption', `The artifact store of ${region} has no encryptionKey. ${hint}`, { atKey: true }));
    }
  }
  return issues;
}

function polling(v: DeclarationView): Issue[] {
  return v.actions.flatMap((a) => {
    const config = isObj(a.raw.configuration) ? a.raw.configuration : {};
    if (a.category !== 'Source' || String(config.PollForSourceChanges).toLowerCase() !== 'true') return [];
    return [
      warning([...a.path, 'configuration', 'PollForSourceChanges'], 'polling', `${pathLabel(v.raw, a.path)} polls for source changes: executions start late, and polling pipelines count against a fixed per-region quota. Set PollForSourceChanges: 'false' and let an event rule (or a trigger) start the pipeline.`),
    ];
  });
}

function pipelineType(v: DeclarationView): Issue[] {
  if (v.raw.pipelineType !== undefined) return [];
  return [warning([], 'pipeline-type', 'pipelineType is not set: CodePipeline then applies its default type, which may not be the type the pipeline has now (V1 and V2 differ in features and price). State it: pipelineType: V2 (or V1).')];
}

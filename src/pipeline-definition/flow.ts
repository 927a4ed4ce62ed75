/**
 * The rules of the pipeline's shape (the CodePipeline design's validation strategy): at least two
 * stages, source actions first and only there, unique names, and artifacts that flow forward
 * only. Pure.
 */
import { closest, error, pathLabel, warning, type Issue } from './model.js';
import { actionText, notYet, type ActionView, type DeclarationView } from './view.js';

export function flowIssues(v: DeclarationView): Issue[] {
  return [...stageCount(v), ...sources(v), ...stageNames(v), ...actionNames(v), ...actionNamesAcross(v), ...outputNames(v), ...inputFlow(v)];
}

function stageCount(v: DeclarationView): Issue[] {
  if (!Array.isArray(v.raw.stages) || v.raw.stages.length >= 2) return [];
  const n = v.raw.stages.length;
  return [
    error(['stages'], 'min-stages', `The pipeline has ${n === 0 ? 'no stages' : 'only one stage'}: a pipeline needs at least two, a source stage and at least one stage that builds, tests or deploys what it fetched. Add a stage after '${v.stages[0]?.name ?? 'Source'}'.`),
  ];
}

function sources(v: DeclarationView): Issue[] {
  const issues: Issue[] = [];
  const first = v.stages[0];
  if (first && first.index === 0) {
    for (const a of first.actions) {
      if (a.category !== undefined && a.category !== 'Source') {
        issues.push(error([...a.path, 'actionTypeId', 'category'], 'source-first', `${pathLabel(v.raw, a.path)} is a ${a.category} action in the first stage: the first stage holds only Source actions (it fetches what the pipeline works on). Move it to a later stage.`));
      }
    }
  }
  for (const a of v.actions) {
    if (a.stage > 0 && a.category === 'Source') {
      issues.push(error([...a.path, 'actionTypeId', 'category'], 'source-first', `${pathLabel(v.raw, a.path)} is a Source action outside the first stage: source actions belong in the first stage only. Move it to stage '${first?.name ?? 'Source'}'.`));
    }
  }
  return issues;
}

/** The first index of each name; an issue for each repeat. */
function unique<T>(items: T[], nameOf: (t: T) => string | undefined, report: (t: T, name: string, first: T) => Issue): Issue[] {
  const seen = new Map<string, T>();
  const issues: Issue[] = [];
  for (const item of items) {
    const name = nameOf(item);
    if (name === undefined) continue;
    const first = seen.get(name);
    if (first === undefined) seen.set(name, item);
    else issues.push(report(item, name, first));
  }
  return issues;
}

function stageNames(v: DeclarationView): Issue[] {
  return unique(
    v.stages,
    (s) => s.name,
    (s, name, first) => error([...s.path, 'name'], 'duplicate-stage', `Stage name '${name}' is already used by stage ${first.index + 1}: stage names must be unique in a pipeline. Rename one of them.`),
  );
}

function actionNames(v: DeclarationView): Issue[] {
  return v.stages.flatMap((s) =>
    unique(
      s.actions,
      (a) => a.name,
      (a, name) => error([...a.path, 'name'], 'duplicate-action', `Action name '${name}' is used twice in stage '${s.name ?? s.index + 1}': action names must be unique within a stage. Rename one of them.`),
    ),
  );
}

/**
 * The design asks for action names unique across the pipeline; CodePipeline itself only requires
 * them unique within a stage, so a repeat in another stage is a warning, not an error.
 */
function actionNamesAcross(v: DeclarationView): Issue[] {
  const firstStage = new Map<string, number>();
  const issues: Issue[] = [];
  for (const s of v.stages) {
    const here = new Set<string>();
    for (const a of s.actions) {
      if (a.name === undefined || here.has(a.name)) continue;
      here.add(a.name);
      const earlier = firstStage.get(a.name);
      if (earlier === undefined) firstStage.set(a.name, s.index);
      else {
        const where = v.stages.find((x) => x.index === earlier)?.name ?? String(earlier + 1);
        issues.push(warning([...a.path, 'name'], 'action-name-reuse', `Action name '${a.name}' is also used in stage '${where}': the pipeline design asks for action names unique across the pipeline (CodePipeline itself requires them unique only within a stage), so that approvals (approval-action), events and status outputs name one action. Rename it, e.g. '${a.name}${(s.name ?? '').replace(/[^A-Za-z0-9]/g, '')}'.`));
      }
    }
  }
  return issues;
}

function outputNames(v: DeclarationView): Issue[] {
  const outputs = v.actions.flatMap((a) => a.outputs.map((o) => ({ o, a })));
  return unique(
    outputs,
    (x) => x.o.name,
    (x, name, first) => error(x.o.path, 'duplicate-artifact', `Output artifact '${name}' is already produced by ${actionText(first.a, v.stages)}: output artifact names must be unique in a pipeline. Give this one another name, and update the actions that read it.`),
  );
}

/** Every input artifact is produced by an action that runs earlier. */
function inputFlow(v: DeclarationView): Issue[] {
  const producers = new Map<string, ActionView>();
  for (const a of v.actions) for (const o of a.outputs) if (!producers.has(o.name)) producers.set(o.name, a);
  const issues: Issue[] = [];
  for (const a of v.actions) {
    const seen = new Set<string>();
    for (const input of a.inputs) {
      if (seen.has(input.name)) {
        issues.push(error(input.path, 'duplicate-artifact', `${pathLabel(v.raw, a.path)} lists input artifact '${input.name}' twice. Remove the repeat.`));
        continue;
      }
      seen.add(input.name);
      const producer = producers.get(input.name);
      if (producer === undefined) {
        const hint = closest(input.name, [...producers.keys()]) || (producers.size > 0 ? ` Artifacts produced in this pipeline: ${[...producers.keys()].join(', ')}.` : '');
        issues.push(error(input.path, 'artifact-flow', `Input artifact '${input.name}' of ${actionText(a, v.stages)} is produced by no action: an input must be the output artifact of an action that runs earlier.${hint}`));
        continue;
      }
      const why = notYet(producer, a, v.stages);
      if (why !== undefined) {
        const fix = producer === a ? 'An action cannot read its own output.' : 'Move the producing action to an earlier stage, or give it a lower runOrder than this action in the same stage.';
        issues.push(error(input.path, 'artifact-flow', `Input artifact '${input.name}' of ${actionText(a, v.stages)} is produced by ${why}: an input must come from an action that finishes before this one starts. ${fix}`));
      }
    }
  }
  return issues;
}

/**
 * A tolerant view of a declaration for the rules: stages and actions with their paths, whatever
 * the structural check thought of them (a missing or mistyped field is simply absent here, and
 * reported by structure.ts). Pure.
 */
import type { DeclPath } from './model.js';
import { isObj, type Obj } from '../util/guards.js';

export interface ArtifactRef {
  name: string;
  path: DeclPath;
}

export interface ActionView {
  stage: number;
  path: DeclPath;
  name: string | undefined;
  /** runOrder as declared, 1 when absent (CodePipeline's default) or not a number. */
  runOrder: number;
  category: string | undefined;
  owner: string | undefined;
  provider: string | undefined;
  version: string | undefined;
  inputs: ArtifactRef[];
  outputs: ArtifactRef[];
  namespace: string | undefined;
  region: string | undefined;
  raw: Obj;
}

export interface StageView {
  index: number;
  path: DeclPath;
  name: string | undefined;
  actions: ActionView[];
  raw: Obj;
}

export interface DeclarationView {
  raw: Obj;
  stages: StageView[];
  /** Every action of every stage, in order. */
  actions: ActionView[];
  pipelineType: string | undefined;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function artifacts(list: unknown, path: DeclPath): ArtifactRef[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((a, i) => (isObj(a) && typeof a.name === 'string' ? [{ name: a.name, path: [...path, i, 'name'] }] : []));
}

function actionView(raw: Obj, stage: number, path: DeclPath): ActionView {
  const type = isObj(raw.actionTypeId) ? raw.actionTypeId : {};
  return {
    stage,
    path,
    name: str(raw.name),
    runOrder: typeof raw.runOrder === 'number' ? raw.runOrder : 1,
    category: str(type.category),
    owner: str(type.owner),
    provider: str(type.provider),
    version: str(type.version),
    inputs: artifacts(raw.inputArtifacts, [...path, 'inputArtifacts']),
    outputs: artifacts(raw.outputArtifacts, [...path, 'outputArtifacts']),
    namespace: str(raw.namespace),
    region: str(raw.region),
    raw,
  };
}

export function viewOf(decl: unknown): DeclarationView {
  const raw = isObj(decl) ? decl : {};
  const list = Array.isArray(raw.stages) ? raw.stages : [];
  const stages: StageView[] = [];
  list.forEach((s, index) => {
    if (!isObj(s)) return;
    const path: DeclPath = ['stages', index];
    const actions = Array.isArray(s.actions) ? s.actions : [];
    stages.push({
      index,
      path,
      name: str(s.name),
      raw: s,
      actions: actions.flatMap((a, j) => (isObj(a) ? [actionView(a, index, [...path, 'actions', j])] : [])),
    });
  });
  return { raw, stages, actions: stages.flatMap((s) => s.actions), pipelineType: str(raw.pipelineType) };
}

/** Whether `a` finishes before `b` starts: an earlier stage, or a lower runOrder in the same stage. */
export function runsBefore(a: ActionView, b: ActionView): boolean {
  return a.stage < b.stage || (a.stage === b.stage && a.runOrder < b.runOrder);
}

/** `action 'Deploy' of stage 'Prod'` (or by position when unnamed). */
export function actionText(a: ActionView, stages: StageView[]): string {
  const stage = stages.find((s) => s.index === a.stage);
  return `action '${a.name ?? '?'}' of stage '${stage?.name ?? a.stage + 1}'`;
}

/** Why `producer` is not available to `consumer` yet, or undefined when it is. */
export function notYet(producer: ActionView, consumer: ActionView, stages: StageView[]): string | undefined {
  if (runsBefore(producer, consumer)) return undefined;
  const who = actionText(producer, stages);
  if (producer === consumer) return 'the action itself';
  if (producer.stage > consumer.stage) return `${who}, in a later stage`;
  if (producer.runOrder === consumer.runOrder) return `${who}, which runs at the same time (same runOrder ${producer.runOrder})`;
  return `${who}, which runs later in the stage (runOrder ${producer.runOrder} > ${consumer.runOrder})`;
}

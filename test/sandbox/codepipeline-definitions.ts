/**
 * The CodePipeline emulator's pipeline declaration: GetPipeline answers it with its version,
 * UpdatePipeline replaces it (version + 1) after checking it the way the service does, answering
 * what the service would refuse with its own error types (InvalidStructureException,
 * InvalidStageDeclarationException, InvalidActionDeclarationException, ValidationException) and a
 * stale version with ConflictException. Deliberately independent of src/pipeline-definition: the
 * emulator stands for the service, not for the action's own checks.
 */

/** An error answer of the emulator: `type` becomes `__type` and x-amzn-errortype. */
export class DefinitionError extends Error {
  readonly type: string;
  constructor(type: string, message: string) {
    super(message);
    this.type = type;
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** Action types the emulated account has (category/owner/provider). */
const ACTION_TYPES = new Set([
  'Source/AWS/S3', 'Source/AWS/CodeCommit', 'Source/AWS/ECR', 'Source/AWS/CodeStarSourceConnection', 'Source/ThirdParty/GitHub',
  'Build/AWS/CodeBuild', 'Test/AWS/CodeBuild', 'Deploy/AWS/CloudFormation', 'Deploy/AWS/CodeDeploy', 'Deploy/AWS/ECS', 'Deploy/AWS/S3',
  'Approval/AWS/Manual', 'Invoke/AWS/Lambda', 'Invoke/AWS/StepFunctions', 'Compute/AWS/Commands',
]);
const NAME = /^[A-Za-z0-9.@\-_]+$/;

export class PipelineDefinitions {
  private declaration: Obj | undefined;
  private readonly initial: () => Obj;
  version = 1;
  /** Calls of GetPipeline and UpdatePipeline answered so far. */
  gets = 0;
  updates = 0;
  /** Runs before GetPipeline answers (its number, from 1): lets a test update the pipeline "elsewhere". */
  beforeGet?: (n: number) => void;
  /** Runs before UpdatePipeline is checked. */
  beforeUpdate?: (n: number) => void;
  /** The next UpdatePipeline is refused with this error, as the service would for what only it knows. */
  refuseNext?: { type: string; message: string };

  constructor(initial: () => Obj) {
    this.initial = initial;
  }

  current(): Obj {
    this.declaration ??= structuredClone(this.initial());
    return this.declaration;
  }

  /** The pipeline as it stands (a test's starting point): this declaration, at this version. */
  set(declaration: Obj, version = 1): void {
    const { version: ignored, ...rest } = structuredClone(declaration);
    void ignored;
    this.declaration = rest;
    this.version = version;
  }

  /** Another client updates the pipeline: the declaration changes as `edit` says, the version moves on. */
  updateElsewhere(edit: (decl: Obj) => void = () => undefined): void {
    edit(this.current());
    this.version++;
  }

  get(): unknown {
    this.beforeGet?.(++this.gets);
    return { pipeline: { ...structuredClone(this.current()), version: this.version }, metadata: { pipelineArn: `arn:aws:codepipeline:eu-west-1:123456789012:${String(this.current().name)}`, updated: Date.now() / 1000 } };
  }

  update(body: Obj): unknown {
    this.beforeUpdate?.(++this.updates);
    const pipeline = isObj(body.pipeline) ? body.pipeline : {};
    if (typeof pipeline.version === 'number' && pipeline.version !== this.version) {
      throw new DefinitionError('ConflictException', `Pipeline version ${pipeline.version} is not the latest version (${this.version}) of pipeline ${String(pipeline.name)}.`);
    }
    const refusal = this.refuseNext;
    this.refuseNext = undefined;
    if (refusal) throw new DefinitionError(refusal.type, refusal.message);
    checkLikeTheService(pipeline);
    const { version: ignored, ...rest } = pipeline;
    void ignored;
    this.declaration = structuredClone(rest);
    this.version++;
    return { pipeline: { ...structuredClone(rest), version: this.version } };
  }
}

/** What the service refuses, in its own words and error types (first problem only, as the service answers). */
export function checkLikeTheService(p: Obj): void {
  const stages = list(p.stages);
  stages.forEach((s, i) => {
    if (typeof s.name === 'string' && !NAME.test(s.name)) {
      throw new DefinitionError('ValidationException', `1 validation error detected: Value '${s.name}' at 'pipeline.stages.${i + 1}.member.name' failed to satisfy constraint: Member must satisfy regular expression pattern: [A-Za-z0-9.@\\-_]+`);
    }
  });
  if (stages.length < 2) throw new DefinitionError('InvalidStructureException', 'Pipeline must contain at least two stages.');
  if (new Set(stages.map((s) => s.name)).size !== stages.length) throw new DefinitionError('InvalidStructureException', 'Stage names must be unique in a pipeline.');
  const produced = new Set<string>();
  stages.forEach((stage, i) => {
    const actions = list(stage.actions);
    if (actions.length === 0) throw new DefinitionError('InvalidStageDeclarationException', `Stage ${String(stage.name)} must contain at least one action.`);
    if (new Set(actions.map((a) => a.name)).size !== actions.length) throw new DefinitionError('InvalidStageDeclarationException', `Action names must be unique within stage ${String(stage.name)}.`);
    for (const a of actions) {
      const t = isObj(a.actionTypeId) ? a.actionTypeId : {};
      const key = `${String(t.category)}/${String(t.owner)}/${String(t.provider)}`;
      if (!ACTION_TYPES.has(key) && t.owner !== 'Custom') {
        throw new DefinitionError('InvalidActionDeclarationException', `ActionType (Category: '${String(t.category)}', Provider: '${String(t.provider)}', Owner: '${String(t.owner)}', Version: '${String(t.version)}') in action '${String(a.name)}' is not available in region 'EU_WEST_1'`);
      }
      if ((i === 0) !== (t.category === 'Source')) throw new DefinitionError('InvalidStageDeclarationException', `Stage ${String(stage.name)}: source actions must be in the first stage, and only there.`);
    }
    const orders = [...new Set(actions.map((a) => (typeof a.runOrder === 'number' ? a.runOrder : 1)))].sort((x, y) => x - y);
    for (const order of orders) {
      const group = actions.filter((a) => (typeof a.runOrder === 'number' ? a.runOrder : 1) === order);
      for (const a of group) {
        for (const input of list(a.inputArtifacts)) {
          if (!produced.has(String(input.name))) throw new DefinitionError('InvalidStructureException', `Input Artifact ${String(input.name)} of action ${String(a.name)} is not declared as an output of any preceding action.`);
        }
      }
      for (const a of group) for (const output of list(a.outputArtifacts)) produced.add(String(output.name));
    }
  });
}

/**
 * The fields of a pipeline declaration and CodePipeline's constraints on each (lengths, characters,
 * allowed values, list sizes), as its API model states them. Every shape is typed against the SDK's
 * own declaration type: a field the SDK adds or drops fails to compile here until it is described.
 * The structural check (structure.ts) and the JSON Schema for editors are both made from this table.
 */
import type {
  ActionDeclaration,
  ActionTypeId,
  ArtifactStore,
  BeforeEntryConditions,
  BlockerDeclaration,
  Condition,
  EncryptionKey,
  EnvironmentVariable,
  FailureConditions,
  GitBranchFilterCriteria,
  GitConfiguration,
  GitPullRequestFilter,
  GitPushFilter,
  InputArtifact,
  OutputArtifact,
  PipelineDeclaration,
  PipelineMetadata,
  PipelineTriggerDeclaration,
  PipelineVariableDeclaration,
  RetryConfiguration,
  RuleDeclaration,
  RuleTypeId,
  StageDeclaration,
  SuccessConditions,
} from '@aws-sdk/client-codepipeline';

export interface StringField {
  kind: 'string';
  /** What the value is, for messages: `stage name`. */
  what: string;
  min?: number;
  max?: number;
  pattern?: RegExp;
  /** The characters `pattern` allows, in words. */
  chars?: string;
  values?: readonly string[];
  /** Rule id of a violation of `pattern` (default `format`). */
  rule?: string;
}
export interface IntegerField {
  kind: 'integer';
  what: string;
  min: number;
  max?: number;
  /** Rule id of a value out of range (default `range`). */
  rule?: string;
}
export interface ObjectField {
  kind: 'object';
  shape: ShapeName;
}
export interface ListField {
  kind: 'list';
  /** The items, for messages: `actions`. */
  what: string;
  item: Field;
  min?: number;
  max?: number;
}
export interface MapField {
  kind: 'map';
  what: string;
  key: StringField;
  value: Field;
  max?: number;
}
export type Field = StringField | IntegerField | ObjectField | ListField | MapField;

export type ShapeName =
  | 'pipeline'
  | 'metadata'
  | 'artifactStore'
  | 'encryptionKey'
  | 'stage'
  | 'blocker'
  | 'action'
  | 'actionTypeId'
  | 'outputArtifact'
  | 'inputArtifact'
  | 'environmentVariable'
  | 'onFailure'
  | 'retryConfiguration'
  | 'onSuccess'
  | 'beforeEntry'
  | 'condition'
  | 'rule'
  | 'ruleTypeId'
  | 'variable'
  | 'trigger'
  | 'gitConfiguration'
  | 'gitPush'
  | 'gitPullRequest'
  | 'gitFilter';

/** Every field of T, each described; T's required fields named. */
export interface Shape<T> {
  fields: { [K in keyof T]-?: Field };
  required: readonly (keyof T & string)[];
}

const NAME_CHARS = "letters, digits and the characters . @ - _";
const name = (what: string): StringField => ({ kind: 'string', what, min: 1, max: 100, pattern: /^[A-Za-z0-9.@\-_]+$/, chars: NAME_CHARS, rule: 'invalid-name' });
const text = (what: string, min: number, max: number): StringField => ({ kind: 'string', what, min, max });
const oneOf = (what: string, values: readonly string[]): StringField => ({ kind: 'string', what, values, rule: 'enum' });
const list = (what: string, item: Field, min?: number, max?: number): ListField => ({ kind: 'list', what, item, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
const obj = (shape: ShapeName): ObjectField => ({ kind: 'object', shape });

const ROLE_ARN: StringField = { kind: 'string', what: 'role ARN', max: 1024, pattern: /^arn:aws(-[\w]+)*:iam::[0-9]{12}:role\/.*$/, chars: 'an IAM role ARN: arn:aws:iam::<12-digit account>:role/<name>' };
const REGION = text('region', 4, 30);
const ARTIFACT: StringField = { kind: 'string', what: 'artifact name', min: 1, max: 100, pattern: /^[a-zA-Z0-9_-]+$/, chars: 'letters, digits, _ and -', rule: 'invalid-name' };
const COMMANDS = list('commands', text('command', 1, 1000), 1, 50);
const TYPE_PART = (what: string, max: number): StringField => ({ kind: 'string', what, min: 1, max, pattern: /^[0-9A-Za-z_-]+$/, chars: 'letters, digits, _ and -' });
const GIT_PATTERNS = (what: string) => list(what, text('pattern', 1, 255), 1, 8);
const CONDITIONS = list('conditions', obj('condition'), 1, 1);

export const SHAPES = {
  pipeline: {
    fields: {
      name: name('pipeline name'),
      roleArn: ROLE_ARN,
      artifactStore: obj('artifactStore'),
      artifactStores: { kind: 'map', what: 'artifact stores', key: REGION, value: obj('artifactStore') },
      stages: list('stages', obj('stage'), undefined, 50),
      version: { kind: 'integer', what: 'pipeline version', min: 1 },
      executionMode: oneOf('execution mode', ['QUEUED', 'SUPERSEDED', 'PARALLEL']),
      pipelineType: oneOf('pipeline type', ['V1', 'V2']),
      variables: list('variables', obj('variable'), undefined, 50),
      triggers: list('triggers', obj('trigger'), undefined, 50),
    },
    // CodePipeline requires name too; a file may leave it out (update-pipeline fills in pipeline-name).
    required: ['roleArn', 'stages'],
  } satisfies Shape<PipelineDeclaration>,
  metadata: {
    fields: { pipelineArn: text('pipeline ARN', 1, 2048), created: text('time', 1, 64), updated: text('time', 1, 64), pollingDisabledAt: text('time', 1, 64) },
    required: [],
  } satisfies Shape<PipelineMetadata>,
  artifactStore: {
    fields: {
      type: oneOf('artifact store type', ['S3']),
      location: { kind: 'string', what: 'S3 bucket name', min: 3, max: 63, pattern: /^[a-zA-Z0-9.-]+$/, chars: 'letters, digits, . and -' },
      encryptionKey: obj('encryptionKey'),
    },
    required: ['type', 'location'],
  } satisfies Shape<ArtifactStore>,
  encryptionKey: { fields: { id: text('KMS key id', 1, 400), type: oneOf('encryption key type', ['KMS']) }, required: ['id', 'type'] } satisfies Shape<EncryptionKey>,
  stage: {
    fields: {
      name: name('stage name'),
      blockers: list('blockers', obj('blocker')),
      actions: list('actions', obj('action'), 1, 50),
      onFailure: obj('onFailure'),
      onSuccess: obj('onSuccess'),
      beforeEntry: obj('beforeEntry'),
    },
    required: ['name', 'actions'],
  } satisfies Shape<StageDeclaration>,
  blocker: { fields: { name: text('blocker name', 1, 100), type: oneOf('blocker type', ['Schedule']) }, required: ['name', 'type'] } satisfies Shape<BlockerDeclaration>,
  action: {
    fields: {
      name: name('action name'),
      actionTypeId: obj('actionTypeId'),
      runOrder: { kind: 'integer', what: 'runOrder', min: 1, max: 999, rule: 'run-order' },
      configuration: { kind: 'map', what: 'configuration', key: text('configuration key', 1, 50), value: text('configuration value', 1, 1000) },
      commands: COMMANDS,
      outputArtifacts: list('output artifacts', obj('outputArtifact')),
      inputArtifacts: list('input artifacts', obj('inputArtifact')),
      outputVariables: list('output variables', text('output variable', 1, 128), 1, 15),
      roleArn: ROLE_ARN,
      region: REGION,
      namespace: { kind: 'string', what: 'namespace', min: 1, max: 100, pattern: /^[A-Za-z0-9@\-_]+$/, chars: 'letters, digits and the characters @ - _', rule: 'invalid-name' },
      timeoutInMinutes: { kind: 'integer', what: 'timeoutInMinutes', min: 5, max: 86400 },
      environmentVariables: list('environment variables', obj('environmentVariable'), 1, 10),
    },
    required: ['name', 'actionTypeId'],
  } satisfies Shape<ActionDeclaration>,
  actionTypeId: {
    fields: {
      category: oneOf('action category', ['Source', 'Build', 'Test', 'Deploy', 'Approval', 'Invoke', 'Compute']),
      owner: oneOf('action owner', ['AWS', 'ThirdParty', 'Custom']),
      provider: TYPE_PART('action provider', 35),
      version: TYPE_PART('action version', 9),
    },
    required: ['category', 'owner', 'provider', 'version'],
  } satisfies Shape<ActionTypeId>,
  outputArtifact: { fields: { name: ARTIFACT, files: list('files', text('file path', 1, 128), 1, 10) }, required: ['name'] } satisfies Shape<OutputArtifact>,
  inputArtifact: { fields: { name: ARTIFACT }, required: ['name'] } satisfies Shape<InputArtifact>,
  environmentVariable: {
    fields: {
      name: { kind: 'string', what: 'environment variable name', min: 1, max: 128, pattern: /^[A-Za-z0-9_]+$/, chars: 'letters, digits and _', rule: 'invalid-name' },
      value: text('environment variable value', 1, 2000),
      type: oneOf('environment variable type', ['PLAINTEXT', 'SECRETS_MANAGER']),
    },
    required: ['name', 'value'],
  } satisfies Shape<EnvironmentVariable>,
  onFailure: {
    fields: { result: oneOf('result', ['ROLLBACK', 'FAIL', 'RETRY', 'SKIP']), retryConfiguration: obj('retryConfiguration'), conditions: CONDITIONS },
    required: [],
  } satisfies Shape<FailureConditions>,
  retryConfiguration: { fields: { retryMode: oneOf('retry mode', ['FAILED_ACTIONS', 'ALL_ACTIONS']) }, required: [] } satisfies Shape<RetryConfiguration>,
  onSuccess: { fields: { conditions: CONDITIONS }, required: ['conditions'] } satisfies Shape<SuccessConditions>,
  beforeEntry: { fields: { conditions: CONDITIONS }, required: ['conditions'] } satisfies Shape<BeforeEntryConditions>,
  condition: { fields: { result: oneOf('result', ['ROLLBACK', 'FAIL', 'RETRY', 'SKIP']), rules: list('rules', obj('rule'), 1, 5) }, required: [] } satisfies Shape<Condition>,
  rule: {
    fields: {
      name: name('rule name'),
      ruleTypeId: obj('ruleTypeId'),
      configuration: { kind: 'map', what: 'configuration', key: text('configuration key', 1, 50), value: text('configuration value', 1, 10000), max: 200 },
      commands: COMMANDS,
      inputArtifacts: list('input artifacts', obj('inputArtifact')),
      roleArn: ROLE_ARN,
      region: REGION,
      timeoutInMinutes: { kind: 'integer', what: 'timeoutInMinutes', min: 5, max: 86400 },
    },
    required: ['name', 'ruleTypeId'],
  } satisfies Shape<RuleDeclaration>,
  ruleTypeId: {
    fields: { category: oneOf('rule category', ['Rule']), owner: oneOf('rule owner', ['AWS']), provider: TYPE_PART('rule provider', 35), version: TYPE_PART('rule version', 9) },
    required: ['category', 'provider'],
  } satisfies Shape<RuleTypeId>,
  variable: {
    fields: {
      name: { kind: 'string', what: 'variable name', min: 1, max: 128, pattern: /^[A-Za-z0-9@\-_]+$/, chars: 'letters, digits and the characters @ - _', rule: 'invalid-name' },
      defaultValue: text('default value', 1, 1000),
      description: text('description', 0, 200),
    },
    required: ['name'],
  } satisfies Shape<PipelineVariableDeclaration>,
  trigger: { fields: { providerType: oneOf('trigger provider type', ['CodeStarSourceConnection']), gitConfiguration: obj('gitConfiguration') }, required: ['providerType', 'gitConfiguration'] } satisfies Shape<PipelineTriggerDeclaration>,
  gitConfiguration: {
    fields: { sourceActionName: name('source action name'), push: list('push filters', obj('gitPush'), 1, 3), pullRequest: list('pull request filters', obj('gitPullRequest'), 1, 3) },
    required: ['sourceActionName'],
  } satisfies Shape<GitConfiguration>,
  gitPush: { fields: { tags: obj('gitFilter'), branches: obj('gitFilter'), filePaths: obj('gitFilter') }, required: [] } satisfies Shape<GitPushFilter>,
  gitPullRequest: {
    fields: { events: list('events', oneOf('pull request event', ['OPEN', 'UPDATED', 'CLOSED']), 1, 3), branches: obj('gitFilter'), filePaths: obj('gitFilter') },
    required: [],
  } satisfies Shape<GitPullRequestFilter>,
  /** Branch, tag and file path filters share one shape: includes and excludes. */
  gitFilter: { fields: { includes: GIT_PATTERNS('includes'), excludes: GIT_PATTERNS('excludes') }, required: [] } satisfies Shape<GitBranchFilterCriteria>,
} satisfies Record<ShapeName, unknown>;

/** The shape of `name`, with its fields as a plain record. */
export function shapeOf(shape: ShapeName): { fields: Record<string, Field>; required: readonly string[] } {
  return SHAPES[shape] as { fields: Record<string, Field>; required: readonly string[] };
}

/**
 * Every action input a command reads, parsed and checked once into a typed Settings object.
 * Which command reads which input is in table.ts; an input the command does not read is not
 * checked, and is reported as a warning when set. Pure: takes a reader (name -> raw string, as
 * the runner passes it, trimmed) and the environment; throws InputError.
 */
import { InputError } from '../errors.js';
import { FIELDS } from './fields.js';
import type { Pair } from './pairs.js';
import { checkHidden, oneOf } from './parse.js';
import { runContext, type RunContext } from './run-context.js';
import { COMMANDS, INPUTS, differsFromDefault, noEffect, type Command, type InputSpec } from './table.js';

export { COMMANDS, NETWORK_COMMANDS, type Command } from './table.js';
export type { Pair } from './pairs.js';

export type Reader = (name: string) => string;

export interface Settings {
  command: Command;
  /** Empty when neither the input nor AWS_REGION / AWS_DEFAULT_REGION is set. */
  awsRegion: string;
  roleToAssume: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  audience: string;
  chainRoleToAssume: string;
  chainRoleExternalId: string;
  /** Inline session policy, compact JSON, or ''. */
  sessionPolicy: string;
  exportCredentials: boolean;
  pipelineName: string;
  /** Path of a pipeline declaration file (validate, update-pipeline), or ''. */
  pipelineDefinition: string;
  executionId: string;
  commitSha: string;
  variables: Pair[];
  sourceRevisions: SourceRevision[];
  clientRequestToken: string;
  wait: boolean;
  timeoutMinutes: number;
  followSuperseded: boolean;
  stopOnCancel: boolean;
  abandon: boolean;
  retryMode: 'FAILED_ACTIONS' | 'ALL_ACTIONS';
  /** rollback: the stage to roll back; event: the stage an event must be about ('' for any). */
  stageName: string;
  targetExecutionId: string;
  /** event: the action an event must be about ('' for any). */
  actionName: string;
  /** event: the states an event must have, upper case ([] for any). */
  states: string[];
  approvalStage: string;
  approvalAction: string;
  approvalResult: 'Approved' | 'Rejected';
  approvalSummary: string;
  config: string;
  pipeline: string;
  namespace: string;
  templatePath: string;
  serviceAccount: string;
  artifactBucket: string;
  images: Pair[];
  /** await / approve: the Argo Workflow to follow ('' for CodePipeline). */
  workflowName: string;
  clusterName: string;
  kubeconfig: string;
  /** kubeconfig context (like kubectl --context); '' for current-context. */
  kubeContext: string;
  dryRun: boolean;
  submit: boolean;
  workflowParameters: Pair[];
  githubToken: string;
  environment: string;
  run: RunContext;
}

export interface SourceRevision {
  actionName: string;
  revisionType: 'COMMIT_ID' | 'IMAGE_DIGEST' | 'S3_OBJECT_VERSION_ID' | 'S3_OBJECT_KEY';
  revisionValue: string;
  line: number;
}

export interface InputWarning {
  input: string;
  message: string;
}

export interface Inputs {
  settings: Settings;
  /** Inputs that are set but have no effect with this command and these inputs. */
  warnings: InputWarning[];
}

/** The settings of a step with no inputs: every field at its default. */
function defaults(command: Command, run: RunContext): Settings {
  const base = { command, run } as Settings;
  for (const parse of Object.values(FIELDS)) Object.assign(base, parse('', { env: {}, run }));
  return base;
}

/** Reads the inputs `command` reads, in table order; warns about the others that are set. */
export function readInputs(read: Reader, env: NodeJS.ProcessEnv): Inputs {
  const rawCommand = read('command');
  checkHidden('command', rawCommand, 'none', 'command: start');
  const command = oneOf('command', rawCommand, COMMANDS, '');
  if (command === '') throw new InputError('command', 'is missing', `one of ${COMMANDS.join(', ')}`, 'command: start');
  const run = runContext(env);
  const settings = defaults(command, run);
  const warnings: InputWarning[] = [];
  for (const spec of INPUTS) {
    if (spec.name === 'command') continue;
    const raw = read(spec.name);
    const idle = spec.commands.includes(command) ? spec.idle?.(settings) : noEffect(spec, command);
    if (idle !== undefined) {
      if (differsFromDefault(spec, raw)) warnings.push({ input: spec.name, message: spec.commands.includes(command) ? noEffect(spec, command, idle) : idle });
      continue;
    }
    checkHidden(spec.name, raw, spec.hidden ?? 'none', spec.example, spec.secret);
    Object.assign(settings, (FIELDS[spec.name] as (typeof FIELDS)[string])(raw, { env, run }));
    if (raw === '' && spec.required?.includes(command)) missing(spec, command);
  }
  return { settings, warnings };
}

function missing(spec: InputSpec, command: Command): never {
  throw new InputError(spec.name, `is required by command '${command}' but is empty`, `a value for '${spec.name}'`, spec.example);
}

/** The raw values of secret inputs (github-token), to mask before anything else happens. */
export function secretInputs(read: Reader): string[] {
  return INPUTS.filter((spec) => spec.secret).map((spec) => read(spec.name)).filter((v) => v !== '');
}

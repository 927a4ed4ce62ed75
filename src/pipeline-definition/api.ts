/**
 * The two CodePipeline calls that read and replace a pipeline's declaration, over one SDK client
 * imported lazily (only update-pipeline loads it). GetPipeline and UpdatePipeline errors become
 * ActionErrors that say what to do; other errors are described as for every CodePipeline call.
 */
import type { PipelineDeclaration } from '@aws-sdk/client-codepipeline';
import type { AwsSession } from '../aws/session.js';
import { awsClientConfig } from '../aws/clients.js';
import { answerText, awsCause, describeAwsError } from '../aws/describe-error.js';
import { ActionError } from '../errors.js';
import { toActionError } from '../codepipeline/aws-errors.js';

export interface CurrentPipeline {
  declaration: PipelineDeclaration;
  /** The version CodePipeline reports (every update adds one). */
  version: number;
}

export interface DefinitionApi {
  readonly pipelineName: string;
  readonly region: string;
  get(signal?: AbortSignal): Promise<CurrentPipeline>;
  /** Replaces the declaration; returns the one CodePipeline stored (with its new version). */
  update(declaration: PipelineDeclaration, signal?: AbortSignal): Promise<CurrentPipeline>;
}

export async function openDefinitionApi(session: AwsSession, pipelineName: string): Promise<DefinitionApi> {
  const sdk = await import('@aws-sdk/client-codepipeline');
  const client = new sdk.CodePipelineClient(awsClientConfig(session));
  const where = { pipelineName, region: session.region };
  const opts = (signal?: AbortSignal) => (signal ? { abortSignal: signal } : {});
  const current = (declaration: PipelineDeclaration | undefined, operation: string): CurrentPipeline => {
    if (declaration === undefined) throw new ActionError(`CodePipeline ${operation} of pipeline '${pipelineName}' answered without a pipeline declaration.`, { hint: 'Re-run the step; if it persists, check AWS_ENDPOINT_URL_CODEPIPELINE and the proxy settings.' });
    return { declaration, version: declaration.version ?? 0 };
  };
  return {
    pipelineName,
    region: session.region,
    get: async (signal) => {
      try {
        return current((await client.send(new sdk.GetPipelineCommand({ name: pipelineName }), opts(signal))).pipeline, 'GetPipeline');
      } catch (e) {
        throw definitionError(e, 'GetPipeline', where);
      }
    },
    update: async (declaration, signal) => {
      try {
        return current((await client.send(new sdk.UpdatePipelineCommand({ pipeline: declaration }), opts(signal))).pipeline, 'UpdatePipeline');
      } catch (e) {
        throw definitionError(e, 'UpdatePipeline', where);
      }
    },
  };
}

/** CodePipeline's own refusals of a declaration: what it checks that a file check cannot (or missed). */
const REFUSALS: Record<string, string> = {
  InvalidStructureException: 'the structure of the pipeline',
  InvalidStageDeclarationException: 'a stage declaration',
  InvalidActionDeclarationException: 'an action declaration',
  InvalidBlockerDeclarationException: 'a blocker declaration',
  ValidationException: 'a value of the declaration',
};

/** The AWS error code of an error thrown by definitionError (or of an SDK error). */
export function codeOf(e: unknown): string {
  const cause = e instanceof ActionError ? e.cause : e;
  return ((cause ?? {}) as { name?: string }).name ?? '';
}

export function definitionError(e: unknown, operation: string, where: { pipelineName: string; region: string }): ActionError {
  if (e instanceof ActionError) return e;
  const f = describeAwsError(e, 'CodePipeline', operation);
  const make = (message: string, hint: string, extra: { title?: string; retryable?: boolean } = {}): ActionError => new ActionError(message, { cause: awsCause(e, f), hint, ...extra });
  const p = `'${where.pipelineName}' in ${where.region}`;
  const code = f.code ?? '';
  if (code === 'PipelineNotFoundException') {
    return make(`There is no pipeline ${p} for these credentials (${answerText(f)}): update-pipeline changes an existing pipeline, it never creates one.`, 'Check pipeline-name and aws-region, and that the credentials belong to the pipeline\'s account. To create the pipeline, use CloudFormation, the CDK or `aws codepipeline create-pipeline` once; update-pipeline keeps it in step afterwards.', { title: 'pipeline not found' });
  }
  if (operation === 'UpdatePipeline' && REFUSALS[code] !== undefined) {
    return make(`CodePipeline refused ${REFUSALS[code]} of pipeline ${p} (${answerText(f)}).`, 'The file passed this action\'s checks, so this is a rule only the service knows (an action configuration it does not accept, a resource that does not exist, a quota of your account). Fix the declaration where the message points, then run validate and update-pipeline again. Nothing was changed.', { title: 'declaration refused' });
  }
  if (code === 'LimitExceededException') {
    return make(`CodePipeline ${operation} of pipeline ${p} hit a limit of the account (${answerText(f)}).`, 'See Service Quotas for CodePipeline in this region: raise the quota, or remove stages or actions.', { title: 'limit' });
  }
  if (operation === 'UpdatePipeline' && /AccessDenied|UnauthorizedOperation/.test(code)) {
    return make(`CodePipeline UpdatePipeline on pipeline ${p} was denied (${answerText(f)}).`, `The role needs codepipeline:UpdatePipeline on arn:aws:codepipeline:${where.region}:<account>:${where.pipelineName}, and iam:PassRole on the pipeline's roleArn (and on every action roleArn in the declaration). docs/codepipeline.md has the policy.`, { title: 'access denied' });
  }
  return toActionError(e, operation, where);
}

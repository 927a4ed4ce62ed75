/**
 * The CodePipeline calls the commands make, as plain async functions over one SDK client.
 * The SDK is imported lazily; every SDK error becomes an ActionError saying what to do.
 */
import type {
  ActionExecutionDetail,
  GetPipelineStateOutput,
  PipelineExecution,
  PipelineExecutionSummary,
  StageRetryMode,
  StartPipelineExecutionInput,
} from '@aws-sdk/client-codepipeline';
import type { AwsSession } from '../aws/session.js';
import { awsClientConfig } from '../aws/clients.js';
import { toActionError } from './aws-errors.js';

export type { ActionExecutionDetail, GetPipelineStateOutput, PipelineExecution, PipelineExecutionSummary };

/** Upper bound on pages read by one listing (100 items a page). */
export const MAX_PAGES = 20;

export interface PipelineApi {
  readonly pipelineName: string;
  readonly region: string;
  /** The session the client was opened with: failure evidence opens its own clients from it. */
  readonly session?: AwsSession;
  start(input: Omit<StartPipelineExecutionInput, 'name'>): Promise<string>;
  getExecution(id: string, signal?: AbortSignal): Promise<PipelineExecution>;
  getState(signal?: AbortSignal): Promise<GetPipelineStateOutput>;
  /** Newest first; at most `limit` summaries. */
  listExecutions(limit: number, signal?: AbortSignal): Promise<PipelineExecutionSummary[]>;
  /** All action executions of one execution (every page), or the most recent ones of the pipeline. */
  listActionExecutions(executionId: string | undefined, signal?: AbortSignal, maxPages?: number): Promise<ActionExecutionDetail[]>;
  stop(id: string, abandon: boolean, reason: string): Promise<void>;
  putApproval(stage: string, action: string, token: string, status: 'Approved' | 'Rejected', summary: string): Promise<void>;
  /** RetryStageExecution; returns the execution id (the same execution, resumed). */
  retryStage(stage: string, executionId: string, mode: StageRetryMode): Promise<string>;
  /** RollbackStage to the target execution; returns the id of the rollback execution. */
  rollbackStage(stage: string, targetExecutionId: string): Promise<string>;
}

export async function openPipelineApi(session: AwsSession, pipelineName: string): Promise<PipelineApi> {
  const sdk = await import('@aws-sdk/client-codepipeline');
  const client = new sdk.CodePipelineClient(awsClientConfig(session));
  const ctx = { pipelineName, region: session.region };
  const call = async <T>(operation: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      throw toActionError(e, operation, ctx);
    }
  };
  const opts = (signal?: AbortSignal) => (signal ? { abortSignal: signal } : {});
  return {
    pipelineName,
    region: session.region,
    session,
    start: (input) =>
      call('StartPipelineExecution', async () => {
        const out = await client.send(new sdk.StartPipelineExecutionCommand({ name: pipelineName, ...input }));
        return out.pipelineExecutionId ?? '';
      }),
    getExecution: (id, signal) =>
      call('GetPipelineExecution', async () => {
        const out = await client.send(new sdk.GetPipelineExecutionCommand({ pipelineName, pipelineExecutionId: id }), opts(signal));
        return out.pipelineExecution ?? {};
      }),
    getState: (signal) => call('GetPipelineState', () => client.send(new sdk.GetPipelineStateCommand({ name: pipelineName }), opts(signal))),
    listExecutions: (limit, signal) =>
      call('ListPipelineExecutions', async () => {
        const out: PipelineExecutionSummary[] = [];
        let nextToken: string | undefined;
        for (let page = 0; page < MAX_PAGES && out.length < limit; page++) {
          const r = await client.send(new sdk.ListPipelineExecutionsCommand({ pipelineName, maxResults: Math.min(100, limit - out.length), nextToken }), opts(signal));
          out.push(...(r.pipelineExecutionSummaries ?? []));
          nextToken = r.nextToken;
          if (!nextToken) break;
        }
        return out.slice(0, limit);
      }),
    listActionExecutions: (executionId, signal, maxPages = MAX_PAGES) =>
      call('ListActionExecutions', async () => {
        const out: ActionExecutionDetail[] = [];
        let nextToken: string | undefined;
        for (let page = 0; page < maxPages; page++) {
          const filter = executionId ? { pipelineExecutionId: executionId } : undefined;
          const r = await client.send(new sdk.ListActionExecutionsCommand({ pipelineName, filter, maxResults: 100, nextToken }), opts(signal));
          out.push(...(r.actionExecutionDetails ?? []));
          nextToken = r.nextToken;
          if (!nextToken) break;
        }
        return out;
      }),
    stop: (id, abandon, reason) =>
      call('StopPipelineExecution', async () => {
        await client.send(new sdk.StopPipelineExecutionCommand({ pipelineName, pipelineExecutionId: id, abandon, reason }));
      }),
    putApproval: (stageName, actionName, token, status, summary) =>
      call('PutApprovalResult', async () => {
        await client.send(new sdk.PutApprovalResultCommand({ pipelineName, stageName, actionName, token, result: { status, summary } }));
      }),
    retryStage: (stageName, pipelineExecutionId, retryMode) =>
      call('RetryStageExecution', async () => (await client.send(new sdk.RetryStageExecutionCommand({ pipelineName, stageName, pipelineExecutionId, retryMode }))).pipelineExecutionId ?? pipelineExecutionId),
    rollbackStage: (stageName, targetPipelineExecutionId) =>
      call('RollbackStage', async () => (await client.send(new sdk.RollbackStageCommand({ pipelineName, stageName, targetPipelineExecutionId }))).pipelineExecutionId ?? ''),
  };
}

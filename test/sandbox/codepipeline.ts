/**
 * Loopback CodePipeline emulator (awsJson1_1, `X-Amz-Target: CodePipeline_20150709.<Op>`),
 * driven by a scripted pipeline (see codepipeline-sim.ts). Reach it with
 * AWS_ENDPOINT_URL_CODEPIPELINE=<server.url>.
 */
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from './server.ts';
import { latestRuns, snapshot, uuidFrom, type Execution, type ScriptStage } from './codepipeline-sim.ts';
import { retryStageExecution, rollbackStage } from './codepipeline-stage-ops.ts';
import { actionDetail, actionExecution, secs, stageStatus, typeId } from './codepipeline-shapes.ts';
import { DefinitionError, PipelineDefinitions } from './codepipeline-definitions.ts';

export type { ScriptAction, ScriptStage, Execution } from './codepipeline-sim.ts';

export interface PipelineScript {
  name: string;
  stages: ScriptStage[];
  /** Revision id a source action reports when not overridden. */
  defaultRevision?: string;
  /** Page size of ListActionExecutions / ListPipelineExecutions (to exercise paging). */
  pageSize?: number;
  /** V1 pipelines refuse RollbackStage. Default V2. */
  pipelineType?: 'V1' | 'V2';
}

export class AwsError extends Error {
  readonly type: string;
  constructor(type: string, message: string) {
    super(message);
    this.type = type;
  }
}

export class CodePipelineEmulator implements Emulator {
  readonly script: PipelineScript;
  readonly executions: Execution[] = [];
  /** Operations answered with AccessDeniedException. */
  readonly deny = new Set<string>();
  /** Operations answered with this AWS error instead (refusals a test cannot stage otherwise). */
  readonly refuse = new Map<string, { type: string; message: string }>();
  /** The pipeline's declaration (GetPipeline, UpdatePipeline), at first the script's stages. */
  readonly definitions = new PipelineDefinitions(() => (this.pipeline() as { pipeline: Record<string, unknown> }).pipeline);
  private seq = 0;

  constructor(script: PipelineScript) {
    this.script = script;
  }

  /** Starts an execution as a source change would (or as StartPipelineExecution does). */
  startExecution(opts: { revision?: string; startTime?: number; token?: string; trigger?: string; stages?: ScriptStage[]; variables?: { name: string; value: string }[]; revisions?: Record<string, string> } = {}): Execution {
    const id = uuidFrom(`${this.script.name}#${++this.seq}#${opts.token ?? ''}`);
    const revisions: Record<string, string> = {};
    for (const s of this.script.stages) for (const a of s.actions) if (a.category === 'Source') revisions[a.name] = opts.revision ?? this.script.defaultRevision ?? 'rev-0';
    const exec: Execution = {
      id,
      startTime: opts.startTime ?? Date.now(),
      stages: structuredClone(opts.stages ?? this.script.stages),
      token: opts.token,
      variables: opts.variables ?? [],
      revisions: { ...revisions, ...(opts.revisions ?? {}) },
      trigger: opts.trigger ?? 'CloudWatchEvent',
      approvals: new Map(),
    };
    this.executions.push(exec);
    return exec;
  }

  /** Adds past successful executions of about `durationMs` (to learn durations from). */
  seedHistory(count: number, ago = 3600_000): void {
    for (let i = 0; i < count; i++) this.startExecution({ startTime: Date.now() - ago + i * 1000, trigger: 'CloudWatchEvent' });
  }

  /** Supersedes `id` at its next stage boundary and starts the execution that replaces it. */
  supersede(id: string, revision?: string): Execution {
    const old = this.find(id);
    old.supersedeAt = Date.now();
    return this.startExecution({ revision: revision ?? Object.values(old.revisions)[0] });
  }

  find(id: string): Execution {
    const e = this.executions.find((x) => x.id === id);
    if (!e) throw new AwsError('PipelineExecutionNotFoundException', `Pipeline execution ID ${id} does not exist in the pipeline with name '${this.script.name}'.`);
    return e;
  }

  operationOf(req: SandboxRequest): string {
    const target = String(req.headers['x-amz-target'] ?? '');
    return target.startsWith('CodePipeline_20150709.') ? target.slice('CodePipeline_20150709.'.length) : `unknown:${target}`;
  }

  faultResponse(kind: 'throttle' | '5xx'): SandboxResponse {
    return kind === 'throttle'
      ? { status: 400, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify({ __type: 'ThrottlingException', message: 'Rate exceeded' }) }
      : { status: 503, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify({ __type: 'ServiceUnavailableException', message: 'Service unavailable' }) };
  }

  handle(req: SandboxRequest, operation: string): SandboxResponse {
    const body = (req.body === '' ? {} : JSON.parse(req.body)) as Record<string, unknown>;
    try {
      const pipelineName = (body.pipelineName ?? body.name ?? (body.pipeline as { name?: unknown } | undefined)?.name) as string | undefined;
      if (pipelineName !== this.script.name) {
        throw new AwsError('PipelineNotFoundException', `Account '123456789012' does not have a pipeline with name '${String(pipelineName)}'`);
      }
      if (this.deny.has(operation)) {
        throw new AwsError('AccessDeniedException', `User: arn:aws:sts::123456789012:assumed-role/deployer/gh is not authorized to perform: codepipeline:${operation} on resource: arn:aws:codepipeline:eu-west-1:123456789012:${this.script.name}`);
      }
      const refusal = this.refuse.get(operation);
      if (refusal) throw new AwsError(refusal.type, refusal.message);
      const handler = this.ops[operation];
      if (!handler) throw new AwsError('UnknownOperationException', `Unknown operation ${operation}`);
      return { status: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: JSON.stringify(handler(body)) };
    } catch (e) {
      if (!(e instanceof AwsError) && !(e instanceof DefinitionError)) throw e;
      return { status: 400, headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': e.type }, body: JSON.stringify({ __type: e.type, message: e.message }) };
    }
  }

  private readonly ops: Record<string, (b: Record<string, unknown>) => unknown> = {
    StartPipelineExecution: (b) => this.start(b),
    GetPipelineExecution: (b) => ({ pipelineExecution: this.execution(this.find(String(b.pipelineExecutionId))) }),
    GetPipelineState: () => this.state(),
    GetPipeline: () => this.definitions.get(),
    UpdatePipeline: (b) => this.definitions.update(b),
    ListPipelineExecutions: (b) => this.page(this.newestFirst().map((e) => this.summary(e)), b, 'pipelineExecutionSummaries'),
    ListActionExecutions: (b) => this.listActions(b),
    StopPipelineExecution: (b) => this.stopExecution(b),
    PutApprovalResult: (b) => this.approve(b),
    RetryStageExecution: (b) => retryStageExecution(this, b),
    RollbackStage: (b) => rollbackStage(this, b),
  };

  private start(b: Record<string, unknown>): unknown {
    const token = b.clientRequestToken as string | undefined;
    const existing = token ? this.executions.find((e) => e.token === token) : undefined;
    if (existing) return { pipelineExecutionId: existing.id };
    const variables = (b.variables ?? []) as { name: string; value: string }[];
    for (const v of variables) if (!/^[A-Za-z0-9@\-_]+$/.test(v.name)) throw new AwsError('ValidationException', `Invalid variable name ${v.name}`);
    const revisions: Record<string, string> = {};
    for (const r of (b.sourceRevisions ?? []) as { actionName: string; revisionType: string; revisionValue: string }[]) {
      const source = this.script.stages.flatMap((s) => s.actions).find((a) => a.name === r.actionName && a.category === 'Source');
      if (!source) throw new AwsError('InvalidArgumentException', `Source action ${r.actionName} not found in pipeline ${this.script.name}`);
      revisions[r.actionName] = r.revisionValue;
    }
    const exec = this.startExecution({ token, trigger: 'StartPipelineExecution', variables, revisions });
    return { pipelineExecutionId: exec.id };
  }

  private newestFirst(): Execution[] {
    return [...this.executions].sort((a, b) => b.startTime - a.startTime);
  }

  private execution(e: Execution): unknown {
    const s = snapshot(e, Date.now());
    return {
      pipelineName: this.script.name,
      pipelineVersion: 1,
      pipelineExecutionId: e.id,
      status: s.status,
      ...(s.summary ? { statusSummary: s.summary } : {}),
      artifactRevisions: Object.entries(e.revisions).map(([name, revisionId]) => ({ name, revisionId })),
      variables: e.variables.map((v) => ({ name: v.name, resolvedValue: v.value })),
      trigger: { triggerType: e.trigger, triggerDetail: 'arn:aws:sts::123456789012:assumed-role/deployer/x' },
      executionMode: 'SUPERSEDED',
      executionType: e.type ?? 'STANDARD',
      ...(e.rollbackTarget ? { rollbackMetadata: { rollbackTargetPipelineExecution: e.rollbackTarget } } : {}),
    };
  }

  private summary(e: Execution): unknown {
    const s = snapshot(e, Date.now());
    return {
      pipelineExecutionId: e.id,
      status: s.status,
      startTime: secs(e.startTime),
      lastUpdateTime: secs(s.updated),
      sourceRevisions: Object.entries(e.revisions).map(([actionName, revisionId]) => ({ actionName, revisionId, revisionSummary: `commit ${revisionId.slice(0, 7)}` })),
      trigger: { triggerType: e.trigger },
      ...(e.stop ? { stopTrigger: { reason: e.stop.reason } } : {}),
      executionMode: 'SUPERSEDED',
      executionType: e.type ?? 'STANDARD',
      ...(e.rollbackTarget ? { rollbackMetadata: { rollbackTargetPipelineExecution: e.rollbackTarget } } : {}),
    };
  }

  private page(items: unknown[], b: Record<string, unknown>, key: string): unknown {
    const size = Math.min(Number(b.maxResults ?? 100), this.script.pageSize ?? 100);
    const from = b.nextToken === undefined ? 0 : Number(String(b.nextToken).replace('page-', ''));
    if (!Number.isInteger(from) || from < 0) throw new AwsError('InvalidNextTokenException', 'The next token is not valid.');
    const next = from + size < items.length ? { nextToken: `page-${from + size}` } : {};
    return { [key]: items.slice(from, from + size), ...next };
  }

  private state(): unknown {
    const now = Date.now();
    const snaps = this.newestFirst().map((e) => ({ e, s: snapshot(e, now) }));
    return {
      pipelineName: this.script.name,
      pipelineVersion: 1,
      stageStates: this.script.stages.map((stage) => {
        const latest = snaps.find(({ s }) => s.runs.some((r) => r.stage === stage.name));
        if (!latest) return { stageName: stage.name, actionStates: stage.actions.map((a) => ({ actionName: a.name })) };
        const runs = latestRuns(latest.s.runs.filter((r) => r.stage === stage.name));
        const status = stageStatus(runs, latest.s.status);
        return {
          stageName: stage.name,
          latestExecution: { pipelineExecutionId: latest.e.id, status },
          actionStates: stage.actions.map((a) => {
            const r = runs.find((x) => x.action.name === a.name);
            return { actionName: a.name, ...(r ? { latestExecution: actionExecution(r) } : {}) };
          }),
        };
      }),
      created: secs(now - 86400_000),
      updated: secs(now - 3600_000),
    };
  }

  private pipeline(): unknown {
    return {
      pipeline: {
        name: this.script.name,
        roleArn: 'arn:aws:iam::123456789012:role/pipeline',
        version: 1,
        pipelineType: 'V2',
        executionMode: 'SUPERSEDED',
        stages: this.script.stages.map((s) => ({
          name: s.name,
          actions: s.actions.map((a, i) => ({ name: a.name, actionTypeId: typeId(a), runOrder: a.runOrder ?? i + 1, configuration: a.configuration ?? {}, ...(a.namespace ? { namespace: a.namespace } : {}) })),
        })),
      },
      metadata: { pipelineArn: `arn:aws:codepipeline:eu-west-1:123456789012:${this.script.name}` },
    };
  }

  private listActions(b: Record<string, unknown>): unknown {
    const filterId = (b.filter as { pipelineExecutionId?: string } | undefined)?.pipelineExecutionId;
    const now = Date.now();
    const execs = filterId ? [this.find(filterId)] : this.newestFirst();
    const details = execs.flatMap((e) => snapshot(e, now).runs.map((r) => actionDetail(e, r, now))).sort((x, y) => y.startTime - x.startTime);
    return this.page(details, b, 'actionExecutionDetails');
  }

  private stopExecution(b: Record<string, unknown>): unknown {
    const e = this.find(String(b.pipelineExecutionId));
    const s = snapshot(e, Date.now());
    if (s.status === 'Stopping' && !b.abandon) throw new AwsError('DuplicatedStopRequestException', 'Execution is already being stopped.');
    if (s.status !== 'InProgress' && s.status !== 'Stopping') {
      throw new AwsError('PipelineExecutionNotStoppableException', `Unable to stop pipeline execution ${e.id}: it is ${s.status}.`);
    }
    e.stop = { at: Date.now(), abandon: Boolean(b.abandon), reason: String(b.reason ?? '') };
    return { pipelineExecutionId: e.id };
  }

  private approve(b: Record<string, unknown>): unknown {
    const now = Date.now();
    for (const e of this.newestFirst()) {
      const run = snapshot(e, now).runs.find((r) => r.stage === b.stageName && r.action.name === b.actionName);
      if (!run) continue;
      if (run.status !== 'InProgress') throw new AwsError('ApprovalAlreadyCompletedException', 'The approval request already received a response or has expired.');
      if (run.token !== b.token) throw new AwsError('InvalidApprovalTokenException', `The token ${String(b.token)} is not valid.`);
      const result = b.result as { status: 'Approved' | 'Rejected'; summary: string };
      e.approvals.set(`${run.stage}/${run.action.name}`, { result: result.status, summary: result.summary, at: now });
      return { approvedAt: secs(now) };
    }
    throw new AwsError('ActionNotFoundException', `Action ${String(b.stageName)}.${String(b.actionName)} has not run.`);
  }
}

export async function startCodePipeline(script: PipelineScript): Promise<{ server: LoopbackServer; emulator: CodePipelineEmulator }> {
  const emulator = new CodePipelineEmulator(script);
  return { server: await startEmulator(emulator), emulator };
}

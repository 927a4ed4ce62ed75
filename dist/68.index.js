export const id = 68;
export const ids = [68];
export const modules = {

/***/ 3359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ openPipelineApi)
/* harmony export */ });
/* unused harmony export MAX_PAGES */
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3644);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9820);


/** Upper bound on pages read by one listing (100 items a page). */
const MAX_PAGES = 20;
async function openPipelineApi(session, pipelineName) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(118), __webpack_require__.e(232)]).then(__webpack_require__.t.bind(__webpack_require__, 8232, 19));
    const client = new sdk.CodePipelineClient((0,_aws_clients_js__WEBPACK_IMPORTED_MODULE_0__/* .awsClientConfig */ .r)(session));
    const ctx = { pipelineName, region: session.region };
    const call = async (operation, run) => {
        try {
            return await run();
        }
        catch (e) {
            throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toActionError */ .ie)(e, operation, ctx);
        }
    };
    const opts = (signal) => (signal ? { abortSignal: signal } : {});
    return {
        pipelineName,
        region: session.region,
        session,
        start: (input) => call('StartPipelineExecution', async () => {
            const out = await client.send(new sdk.StartPipelineExecutionCommand({ name: pipelineName, ...input }));
            return out.pipelineExecutionId ?? '';
        }),
        getExecution: (id, signal) => call('GetPipelineExecution', async () => {
            const out = await client.send(new sdk.GetPipelineExecutionCommand({ pipelineName, pipelineExecutionId: id }), opts(signal));
            return out.pipelineExecution ?? {};
        }),
        getState: (signal) => call('GetPipelineState', () => client.send(new sdk.GetPipelineStateCommand({ name: pipelineName }), opts(signal))),
        listExecutions: (limit, signal) => call('ListPipelineExecutions', async () => {
            const out = [];
            let nextToken;
            for (let page = 0; page < MAX_PAGES && out.length < limit; page++) {
                const r = await client.send(new sdk.ListPipelineExecutionsCommand({ pipelineName, maxResults: Math.min(100, limit - out.length), nextToken }), opts(signal));
                out.push(...(r.pipelineExecutionSummaries ?? []));
                nextToken = r.nextToken;
                if (!nextToken)
                    break;
            }
            return out.slice(0, limit);
        }),
        listActionExecutions: (executionId, signal, maxPages = MAX_PAGES) => call('ListActionExecutions', async () => {
            const out = [];
            let nextToken;
            for (let page = 0; page < maxPages; page++) {
                const filter = executionId ? { pipelineExecutionId: executionId } : undefined;
                const r = await client.send(new sdk.ListActionExecutionsCommand({ pipelineName, filter, maxResults: 100, nextToken }), opts(signal));
                out.push(...(r.actionExecutionDetails ?? []));
                nextToken = r.nextToken;
                if (!nextToken)
                    break;
            }
            return out;
        }),
        stop: (id, abandon, reason) => call('StopPipelineExecution', async () => {
            await client.send(new sdk.StopPipelineExecutionCommand({ pipelineName, pipelineExecutionId: id, abandon, reason }));
        }),
        putApproval: (stageName, actionName, token, status, summary) => call('PutApprovalResult', async () => {
            await client.send(new sdk.PutApprovalResultCommand({ pipelineName, stageName, actionName, token, result: { status, summary } }));
        }),
        retryStage: (stageName, pipelineExecutionId, retryMode) => call('RetryStageExecution', async () => (await client.send(new sdk.RetryStageExecutionCommand({ pipelineName, stageName, pipelineExecutionId, retryMode }))).pipelineExecutionId ?? pipelineExecutionId),
        rollbackStage: (stageName, targetPipelineExecutionId) => call('RollbackStage', async () => (await client.send(new sdk.RollbackStageCommand({ pipelineName, stageName, targetPipelineExecutionId }))).pipelineExecutionId ?? ''),
    };
}


/***/ }),

/***/ 7628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ executionOfCommit),
/* harmony export */   kp: () => (/* binding */ latestExecution),
/* harmony export */   ll: () => (/* binding */ newestFirst),
/* harmony export */   ml: () => (/* binding */ replacementOf)
/* harmony export */ });
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);

const start = (s) => (((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(s.startTime) ?? 0));
function newestFirst(list) {
    return [...list].sort((a, b) => start(b) - start(a));
}
/** The newest execution whose source revision is `sha` (a 7+ digit prefix matches too). */
function executionOfCommit(list, sha) {
    const want = sha.toLowerCase();
    return newestFirst(list).find((s) => (s.sourceRevisions ?? []).some((r) => {
        const id = (r.revisionId ?? '').toLowerCase();
        return id !== '' && (id === want || (want.length >= 7 && id.startsWith(want)) || (id.length >= 7 && want.startsWith(id)));
    }));
}
/** The newest running execution, else the newest one. */
function latestExecution(list) {
    const sorted = newestFirst(list);
    return sorted.find((s) => s.status === 'InProgress' || s.status === 'Stopping') ?? sorted[0];
}
/**
 * Which execution replaced a superseded one: the earliest later execution that is not itself
 * superseded and either is running / succeeded, or (failed or stopped) reached the stage the
 * superseded one was waiting to enter. `reached(id)` says which stages an execution ran, when known.
 */
function replacementOf(old, list, waitingStage, reached) {
    const later = list.filter((s) => start(s) > start(old) && s.pipelineExecutionId !== old.pipelineExecutionId).sort((a, b) => start(a) - start(b));
    for (const s of later) {
        if (s.status === 'Superseded')
            continue;
        if (s.status === 'InProgress' || s.status === 'Stopping' || s.status === 'Succeeded')
            return s;
        const stages = reached(s.pipelineExecutionId ?? '');
        if (waitingStage !== undefined && stages?.includes(waitingStage))
            return s;
    }
    return undefined;
}


/***/ }),

/***/ 3093:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ nextDelay)
/* harmony export */ });
/* unused harmony export POLICY */
const POLICY = {
    denseMs: 2000,
    farFraction: 0.6,
    maxMs: 30000,
    overdueMaxMs: 15000,
    unknownFirstMs: 6000,
    unknownMaxMs: 15000,
    humanMs: 10000,
};
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
function nextDelay(s) {
    if (s.waitingForHuman)
        return POLICY.humanMs;
    const r = s.remainingMs;
    if (r === undefined)
        return clamp(POLICY.unknownFirstMs + s.elapsedMs / 10, POLICY.unknownFirstMs, POLICY.unknownMaxMs);
    if (r > 2 * POLICY.denseMs)
        return Math.round(clamp(r * POLICY.farFraction, POLICY.denseMs, POLICY.maxMs));
    const overdue = Math.max(0, -r);
    return Math.round(clamp(POLICY.denseMs + overdue / 4, POLICY.denseMs, POLICY.overdueMaxMs));
}


/***/ }),

/***/ 8562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3093);

/** Hard bound on looks, whatever the clock says. */
const MAX_LOOKS = 100_000;
/** Looks until found, the deadline, or cancellation; rethrows a permanent error, throws a persisting one. */
async function pollUntil(look, o) {
    const { clock, signal, deadline } = o;
    const began = clock.now();
    for (let n = 0; n < MAX_LOOKS && clock.now() < deadline; n++) {
        if (signal.aborted)
            return { end: 'cancelled' };
        let delay;
        try {
            const found = await look(n);
            o.failures.succeeded();
            if (found !== undefined)
                return { found };
            delay = (0,_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .nextDelay */ .r)({ elapsedMs: clock.now() - began, remainingMs: undefined, waitingForHuman: false });
        }
        catch (e) {
            if (signal.aborted)
                return { end: 'cancelled' };
            delay = o.failures.failed(e, signal);
        }
        await clock.sleep(Math.max(0, Math.min(delay, deadline - clock.now())), signal);
    }
    return signal.aborted ? { end: 'cancelled' } : { end: 'timeout', failing: o.failures.ongoing() };
}


/***/ }),

/***/ 3613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isFinished),
/* harmony export */   V: () => (/* binding */ verdictOf)
/* harmony export */ });
function verdictOf(status) {
    switch (status) {
        case 'Succeeded':
            return 'success';
        case 'Failed':
        case 'Stopped':
        case 'Cancelled':
            return 'failure';
        case 'Superseded':
            return 'superseded';
        default:
            // InProgress, Stopping, and anything newer this version does not know: keep waiting.
            return 'waiting';
    }
}
function isFinished(status) {
    return verdictOf(status) !== 'waiting';
}


/***/ }),

/***/ 9842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ executionUrl)
/* harmony export */ });
/** AWS console links. */
function executionUrl(region, pipelineName, executionId) {
    const r = encodeURIComponent(region);
    return `https://${r}.console.aws.amazon.com/codesuite/codepipeline/pipelines/${encodeURIComponent(pipelineName)}/executions/${encodeURIComponent(executionId)}/timeline?region=${r}`;
}


/***/ }),

/***/ 68:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ approveCommand)
});

// EXTERNAL MODULE: ./src/aws/session.ts + 11 modules
var session = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/codepipeline/api.ts
var codepipeline_api = __webpack_require__(3359);
// EXTERNAL MODULE: ./src/codepipeline/aws-errors.ts
var aws_errors = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/codepipeline/looks.ts
var looks = __webpack_require__(7855);
// EXTERNAL MODULE: ./src/codepipeline/once.ts
var once = __webpack_require__(3294);
// EXTERNAL MODULE: ./src/codepipeline/poll.ts
var poll = __webpack_require__(8562);
// EXTERNAL MODULE: ./src/codepipeline/status.ts
var codepipeline_status = __webpack_require__(3613);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/codepipeline/approval.ts







/** What the state says about the approval action of the execution. Throws when it does not exist. Pure. */
function lookAtApproval(state, t) {
    const stages = state.stageStates ?? [];
    const stage = stages.find((s) => s.stageName === t.stage);
    if (!stage) {
        throw new errors/* ActionError */.lZ(`Pipeline ${state.pipelineName ?? ''} has no stage '${t.stage}'.`, { hint: `Set approval-stage to one of: ${stages.map((s) => s.stageName).join(', ')}.` });
    }
    const action = (stage.actionStates ?? []).find((a) => a.actionName === t.action);
    if (!action) {
        const names = (stage.actionStates ?? []).map((a) => a.actionName).join(', ');
        throw new errors/* ActionError */.lZ(`Stage '${t.stage}' of pipeline ${state.pipelineName ?? ''} has no action '${t.action}'.`, { hint: `Set approval-action to one of: ${names}.` });
    }
    if (stage.latestExecution?.pipelineExecutionId !== t.executionId)
        return { kind: 'waiting' };
    const ex = action.latestExecution;
    const changed = (0,time/* msOf */.Q)(ex?.lastStatusChange);
    const current = changed !== undefined && (t.execStartMs === undefined || changed >= t.execStartMs);
    if (ex?.status === 'InProgress' && ex.token)
        return { kind: 'pending', token: ex.token };
    if (current && ex?.status && ex.status !== 'InProgress')
        return { kind: 'answered', status: ex.status };
    return { kind: 'waiting' };
}
/** How often a wait for an approval checks that the execution still runs. */
const CHECK_RUNNING_MS = 30_000;
/** The token of the pending approval; throws, saying why, when it does not come. */
async function waitForPendingApproval(t, o) {
    const name = `${t.stage}.${t.action}`;
    let lastCheck = o.clock.now();
    const failures = new looks/* LoopFailures */.Q9({ what: `${name} of execution ${t.executionId} to ask for approval`, timeoutMs: o.timeoutMinutes * 60_000, clock: o.clock, warn: o.warn, note: o.info });
    const look = async (n) => {
        const found = lookAtApproval(await o.api.getState(o.signal), t);
        if (found.kind === 'pending')
            return found.token;
        if (found.kind === 'answered') {
            throw new errors/* ActionError */.lZ(`The approval ${name} of execution ${t.executionId} was already answered (${found.status}).`, { hint: 'Nothing to approve: an approval can be answered once per execution.' });
        }
        if (n === 0)
            o.info(`Waiting for ${name} of execution ${t.executionId} to ask for approval.`);
        if (o.clock.now() - lastCheck > CHECK_RUNNING_MS) {
            const exec = await o.api.getExecution(t.executionId, o.signal);
            lastCheck = o.clock.now();
            if ((0,codepipeline_status/* isFinished */.$)(exec.status)) {
                throw new errors/* ActionError */.lZ(`Execution ${t.executionId} ended (${exec.status}) before ${name} asked for approval.`, { hint: 'Approve a running execution: pass its execution-id, or leave it empty for the latest one.' });
            }
        }
        return undefined;
    };
    const result = await (0,poll/* pollUntil */.g)(look, { deadline: o.deadline, signal: o.signal, clock: o.clock, failures });
    if ('found' in result)
        return result.found;
    if (result.end === 'cancelled')
        throw new errors/* ActionError */.lZ(`The job was cancelled while waiting for ${name} of execution ${t.executionId}.`, { title: 'cancelled' });
    if (result.failing) {
        const f = result.failing;
        throw new errors/* ActionError */.lZ(`timeout-minutes (${o.timeoutMinutes}) ran out while waiting for ${name} of execution ${t.executionId}, and the looks were failing (${f.summary}): ${f.text}`, { cause: f.error, title: f.error.title, hint: f.error.hint });
    }
    throw new errors/* ActionError */.lZ(`${name} of execution ${t.executionId} did not ask for approval within timeout-minutes (${o.timeoutMinutes}).`, { hint: 'Raise timeout-minutes, or check the execution in the console.' });
}
/**
 * PutApprovalResult, retried under the one-off policy. When a retry finds the approval already
 * answered, the state tells whether it holds the answer asked for (the earlier attempt went
 * through and only its response was lost): then that is said and it counts as done.
 */
async function answerApproval(t, a, o) {
    let firstFailure;
    let attempts = 0;
    try {
        await (0,once/* once */.Oo)('PutApprovalResult', async (attempt) => {
            attempts = attempt;
            try {
                await o.api.putApproval(t.stage, t.action, a.token, a.status, a.summary);
            }
            catch (e) {
                if (attempt === 1)
                    firstFailure = e;
                throw e;
            }
        }, { clock: o.clock, signal: o.signal, log: o.info });
    }
    catch (e) {
        if (attempts < 2 || (0,aws_errors/* awsErrorName */.ZH)(e) !== 'ApprovalAlreadyCompletedException')
            throw e;
        const look = lookAtApproval(await o.api.getState(o.signal), t);
        const want = a.status === 'Approved' ? 'Succeeded' : 'Failed';
        if (look.kind !== 'answered' || look.status !== want)
            throw e;
        o.info(`The first PutApprovalResult failed (${(0,looks/* failureText */.kY)(firstFailure)}), and its retry found ${t.stage}.${t.action} already answered with the status asked for (${want}).`);
    }
}

// EXTERNAL MODULE: ./src/codepipeline/find.ts
var find = __webpack_require__(7628);
// EXTERNAL MODULE: ./src/codepipeline/url.ts
var codepipeline_url = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/report/pipeline-log.ts
var pipeline_log = __webpack_require__(705);
;// CONCATENATED MODULE: ./src/commands/approve.ts










async function approveCommand(ctx) {
    // With workflow-name: the Argo Workflow (src/workflow/steps.ts); without: CodePipeline, below.
    if (ctx.settings.workflowName !== '')
        return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(29), __webpack_require__.e(350), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 4537))).approveWorkflowStep(ctx);
    const s = ctx.settings;
    const clock = src_clock/* realClock */.d;
    const deadline = clock.now() + s.timeoutMinutes * 60_000;
    const api = await (0,codepipeline_api/* openPipelineApi */.V)(await (0,session.openAwsSession)(ctx), s.pipelineName);
    const io = { api, signal: ctx.signal, clock, info: pipeline_log/* info */.pq, warn: pipeline_log/* warn */.R8 };
    const recent = await (0,once/* once */.Oo)('ListPipelineExecutions', () => api.listExecutions(50, ctx.signal), { clock, signal: ctx.signal, log: pipeline_log/* info */.pq });
    const chosen = s.executionId === '' ? (0,find/* latestExecution */.kp)(recent) : recent.find((e) => e.pipelineExecutionId === s.executionId);
    const id = s.executionId || chosen?.pipelineExecutionId;
    if (!id)
        throw new errors/* ActionError */.lZ(`Pipeline ${s.pipelineName} has no executions to approve.`, { hint: 'Start one first (command: start), or check pipeline-name and aws-region.' });
    const url = (0,codepipeline_url/* executionUrl */.M)(api.region, s.pipelineName, id);
    ctx.setOutput('execution-id', id);
    ctx.setOutput('execution-url', url);
    const target = { executionId: id, execStartMs: (0,time/* msOf */.Q)(chosen?.startTime), stage: s.approvalStage, action: s.approvalAction };
    const token = await waitForPendingApproval(target, { ...io, deadline, timeoutMinutes: s.timeoutMinutes });
    ctx.setSecret(token);
    await answerApproval(target, { token, status: s.approvalResult, summary: s.approvalSummary }, io);
    (0,pipeline_log/* info */.pq)(`${s.approvalResult}: ${s.approvalStage}.${s.approvalAction} of execution ${id} of pipeline ${s.pipelineName} ("${s.approvalSummary}"). ${url}`);
}


/***/ })

};

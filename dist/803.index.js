export const id = 803;
export const ids = [803];
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

/***/ 4109:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ RECENT),
/* harmony export */   t3: () => (/* binding */ checkExecution),
/* harmony export */   vy: () => (/* binding */ locateByCommit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9820);
/* harmony import */ var _find_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7628);
/* harmony import */ var _looks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7855);
/* harmony import */ var _once_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3294);
/* harmony import */ var _poll_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8562);






/** How many recent executions each look searches. */
const RECENT = 50;
/** The execution given as execution-id, as GetPipelineExecution sees it now. */
async function checkExecution(id, o) {
    try {
        return await (0,_once_js__WEBPACK_IMPORTED_MODULE_3__/* .once */ .Oo)('GetPipelineExecution', () => o.api.getExecution(id, o.signal), { clock: o.clock, signal: o.signal, log: o.info });
    }
    catch (e) {
        if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsErrorName */ .ZH)(e) !== 'PipelineExecutionNotFoundException')
            throw e;
        const detail = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && e.cause !== undefined ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e.cause) : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Input execution-id '${id}' is not an execution of pipeline '${o.api.pipelineName}' in ${o.api.region}: ${detail}`, {
            cause: e,
            title: 'input execution-id',
            hint: 'Check execution-id (the execution-id output of the step that started it, or the ID in the console), pipeline-name and aws-region.',
        });
    }
}
/** The newest execution of `sha`, waiting for it to appear; throws, saying why, when none does. */
async function locateByCommit(sha, o) {
    const short = sha.slice(0, 12);
    const what = `the execution of commit ${short} in pipeline ${o.api.pipelineName}`;
    const failures = new _looks_js__WEBPACK_IMPORTED_MODULE_2__/* .LoopFailures */ .Q9({ what, timeoutMs: o.timeoutMinutes * 60_000, clock: o.clock, warn: o.warn, note: o.info });
    const result = await (0,_poll_js__WEBPACK_IMPORTED_MODULE_4__/* .pollUntil */ .g)(async (look) => {
        const found = (0,_find_js__WEBPACK_IMPORTED_MODULE_5__/* .executionOfCommit */ .JQ)(await o.api.listExecutions(RECENT, o.signal), sha);
        if (!found && look === 0)
            o.info(`No execution of commit ${short} in pipeline ${o.api.pipelineName} yet; waiting for it to appear.`);
        return found?.pipelineExecutionId ? found : undefined;
    }, { deadline: o.deadline, signal: o.signal, clock: o.clock, failures });
    if ('found' in result)
        return result.found;
    if (result.end === 'cancelled')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The job was cancelled while waiting for an execution of commit ${sha} to appear.`, { title: 'cancelled' });
    if (result.failing) {
        const f = result.failing;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`timeout-minutes (${o.timeoutMinutes}) ran out while looking for ${what}, and the looks were failing (${f.summary}): ${f.text}`, {
            cause: f.error,
            title: f.error.title,
            hint: f.error.hint,
        });
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`No execution of commit ${sha} appeared in pipeline ${o.api.pipelineName} within timeout-minutes (${o.timeoutMinutes}).`, {
        hint: "Check that the pipeline's source action watches this repository and branch and that its trigger ran; or pass execution-id.",
    });
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

/***/ 5803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ statusCommand)
});

// EXTERNAL MODULE: ./src/aws/session.ts + 11 modules
var session = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/codepipeline/api.ts
var codepipeline_api = __webpack_require__(3359);
// EXTERNAL MODULE: ./src/codepipeline/find.ts
var find = __webpack_require__(7628);
// EXTERNAL MODULE: ./src/codepipeline/locate.ts
var locate = __webpack_require__(4109);
// EXTERNAL MODULE: ./src/codepipeline/once.ts
var once = __webpack_require__(3294);
// EXTERNAL MODULE: ./src/codepipeline/outputs.ts
var outputs = __webpack_require__(7249);
// EXTERNAL MODULE: ./src/codepipeline/model.ts
var model = __webpack_require__(7574);
// EXTERNAL MODULE: ./src/codepipeline/status.ts
var codepipeline_status = __webpack_require__(3613);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/codepipeline/status-report.ts




const iso = (ms) => new Date(ms).toISOString();
const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== ''));
/** Revisions by source action (their execution result names the revision), else by artifact as GetPipelineExecution lists them. */
function revisionsOf(execution, details) {
    const out = {};
    for (const a of (0,outputs/* latestPerAction */.bc)(details)) {
        if (a.input?.actionTypeId?.category !== 'Source')
            continue;
        const r = a.output?.executionResult;
        out[a.actionName ?? ''] = clean({ revisionId: r?.externalExecutionId, summary: r?.externalExecutionSummary, url: r?.externalExecutionUrl });
    }
    if (Object.keys(out).length > 0)
        return out;
    for (const r of execution.artifactRevisions ?? [])
        out[r.name ?? ''] = clean({ revisionId: r.revisionId, summary: r.revisionSummary, url: r.revisionUrl });
    return out;
}
/** Start: the first action's start; end (once finished): the last action's last update. */
function timesOf(status, details) {
    const starts = details.map((a) => (((0,time/* msOf */.Q)(a.startTime) ?? NaN))).filter((n) => !Number.isNaN(n));
    const ends = details.map((a) => (((0,time/* msOf */.Q)(a.lastUpdateTime) ?? NaN))).filter((n) => !Number.isNaN(n));
    return {
        ...(starts.length > 0 ? { startedAt: iso(Math.min(...starts)) } : {}),
        ...((0,codepipeline_status/* isFinished */.$)(status) && ends.length > 0 ? { endedAt: iso(Math.max(...ends)) } : {}),
    };
}
/** Stages of this execution as GetPipelineState shows them, for when its action executions could not be read. */
function stateOnly(state, id) {
    return (state.stageStates ?? []).flatMap((s) => s.latestExecution?.pipelineExecutionId !== id
        ? []
        : (s.actionStates ?? []).flatMap((a) => {
            const e = a.latestExecution;
            if (!e)
                return [];
            const result = { externalExecutionSummary: e.summary, externalExecutionUrl: e.externalExecutionUrl, errorDetails: e.errorDetails };
            return [{ pipelineExecutionId: id, stageName: s.stageName, actionName: a.actionName, status: e.status, lastUpdateTime: e.lastStatusChange, output: { executionResult: result } }];
        }));
}
function statusSnapshot(head, execution, state, details) {
    const runs = details ?? stateOnly(state, head.executionId);
    const report = (0,model/* buildReport */.FK)({ ...head, status: execution.status ?? 'Unknown', ...(execution.statusSummary ? { statusSummary: execution.statusSummary } : {}) }, (0,model/* layoutOf */.aH)(state), runs);
    const stages = {};
    for (const s of report.stages) {
        const actions = {};
        for (const a of s.actions)
            actions[a.action] = clean({ status: a.status, summary: a.error ? `${a.error.code ?? 'Error'}: ${a.error.message ?? ''}` : a.summary, url: a.url });
        stages[s.name] = { status: s.status, actions };
    }
    return { report, ...timesOf(execution.status, details ?? []), artifactRevisions: revisionsOf(execution, details ?? []), stages };
}

// EXTERNAL MODULE: ./src/codepipeline/url.ts
var codepipeline_url = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/report/pipeline-log.ts
var pipeline_log = __webpack_require__(705);
// EXTERNAL MODULE: ./src/report/pipeline-summary.ts
var pipeline_summary = __webpack_require__(7647);
// EXTERNAL MODULE: ./src/stack-outputs.ts + 1 modules
var stack_outputs = __webpack_require__(4851);
;// CONCATENATED MODULE: ./src/commands/status.ts













async function statusCommand(ctx) {
    const s = ctx.settings;
    const clock = src_clock/* realClock */.d;
    const api = await (0,codepipeline_api/* openPipelineApi */.V)(await (0,session.openAwsSession)(ctx), s.pipelineName);
    const retry = { clock, signal: ctx.signal, log: pipeline_log/* info */.pq };
    let id = s.executionId;
    if (id === '') {
        id = (0,find/* newestFirst */.ll)(await (0,once/* once */.Oo)('ListPipelineExecutions', () => api.listExecutions(5, ctx.signal), retry))[0]?.pipelineExecutionId ?? '';
        if (id === '')
            throw new errors/* ActionError */.lZ(`Pipeline ${s.pipelineName} has no executions yet.`, { hint: 'Start one (command: start), or check pipeline-name and aws-region.' });
    }
    const execution = s.executionId !== '' ? await (0,locate/* checkExecution */.t3)(id, { api, deadline: Infinity, timeoutMinutes: 1, signal: ctx.signal, clock, info: pipeline_log/* info */.pq, warn: pipeline_log/* warn */.R8 }) : await (0,once/* once */.Oo)('GetPipelineExecution', () => api.getExecution(id, ctx.signal), retry);
    const state = await (0,once/* once */.Oo)('GetPipelineState', () => api.getState(ctx.signal), retry);
    let details;
    try {
        details = await (0,once/* once */.Oo)('ListActionExecutions', () => api.listActionExecutions(id, ctx.signal), retry);
    }
    catch (e) {
        (0,pipeline_log/* warn */.R8)(`Could not read the action executions of ${id}, so started-at, ended-at, output-variables and stack-outputs are not set and stages show only what GetPipelineState shows: ${(0,errors/* messageOf */.bD)(e)}`);
    }
    const url = (0,codepipeline_url/* executionUrl */.M)(api.region, s.pipelineName, id);
    const snap = statusSnapshot({ pipelineName: s.pipelineName, executionId: id, url }, execution, state, details);
    ctx.setOutput('execution-id', id);
    ctx.setOutput('execution-url', url);
    ctx.setOutput('execution-status', execution.status ?? 'Unknown');
    if (snap.startedAt)
        ctx.setOutput('started-at', snap.startedAt);
    if (snap.endedAt)
        ctx.setOutput('ended-at', snap.endedAt);
    ctx.setOutput('artifact-revisions', JSON.stringify(snap.artifactRevisions));
    ctx.setOutput('stages', JSON.stringify(snap.stages));
    const stacks = details ? (0,outputs/* stackOutputsOf */.WZ)(details) : {};
    if (details) {
        ctx.setOutput('output-variables', JSON.stringify((0,outputs/* outputVariables */.P1)(details)));
        (0,stack_outputs/* setStackOutputs */.rn)(ctx, stacks);
    }
    (0,pipeline_log/* logResult */.AX)(snap.report);
    const extra = [`Started ${snap.startedAt ?? 'at an unknown time'}${snap.endedAt ? `, ended ${snap.endedAt}` : ''}.`];
    for (const [source, r] of Object.entries(snap.artifactRevisions))
        extra.push(`${source}: ${[r.revisionId, r.summary].filter(Boolean).join(' — ') || 'no revision recorded'}`);
    for (const line of extra)
        (0,pipeline_log/* info */.pq)(line);
    await (0,pipeline_summary/* writePipelineSummary */.WB)(snap.report, extra, stacks, ctx.env);
}


/***/ }),

/***/ 7647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WB: () => (/* binding */ writePipelineSummary)
/* harmony export */ });
/* unused harmony exports summaryRows, stackOutputRows, pipelineSummary */
/* harmony import */ var _codepipeline_model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7574);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4285);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7994);
/** The job summary of a CodePipeline execution: result, links, a stage/action table and the stack outputs. */



const ICON = {
    Succeeded: '✅',
    Failed: '❌',
    InProgress: '⏳',
    Stopped: '⏹️',
    Stopping: '⏹️',
    Abandoned: '⏹️',
    Cancelled: '⏹️',
    Superseded: '⏭️',
    NotRun: '➖',
};
function statusText(status) {
    return `${ICON[status] ?? ''} ${status}`.trim();
}
/** Rows of the stage/action table: a bold row per stage, then one per action. */
function summaryRows(report) {
    const rows = [];
    for (const stage of report.stages) {
        rows.push([(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .strong */ .ko)(stage.name), '', statusText(stage.status), (0,_codepipeline_model_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(stage.durationMs), '']);
        for (const a of stage.actions) {
            const details = [];
            if (a.error)
                details.push(`${a.error.code ?? 'Error'}: ${a.error.message ?? ''}`);
            else if (a.summary)
                details.push(a.summary);
            if (a.url)
                details.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(a.url, 'details'));
            rows.push(['', a.action, statusText(a.status), (0,_codepipeline_model_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(a.durationMs), (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .join */ .fj)(details, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `<br>`)]);
        }
    }
    return rows;
}
/** Stack / key / value rows, stacks and keys sorted (as in the stack-outputs JSON). */
function stackOutputRows(outputs) {
    return Object.keys(outputs)
        .sort()
        .flatMap((stack) => {
        const keys = outputs[stack] ?? {};
        return Object.keys(keys)
            .sort()
            .map((key) => [stack, key, keys[key] ?? '']);
    });
}
function executionLine(report) {
    const id = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .link */ .nf)(report.url, (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(report.executionId));
    return report.statusSummary ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `Execution ${id} — ${report.statusSummary}` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy) `Execution ${id}`;
}
function pipelineSummary(report, extra = [], outputs = {}) {
    const doc = new _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .SummaryDoc */ .VH().heading(`CodePipeline ${report.pipelineName}: ${statusText(report.status)}`).paragraph(executionLine(report));
    for (const line of extra)
        doc.paragraph(line);
    doc.table(['Stage', 'Action', 'Status', 'Duration', 'Details'], summaryRows(report));
    const rows = stackOutputRows(outputs);
    if (rows.length > 0)
        doc.heading('Stack outputs', 4).table(['Stack', 'Key', 'Value'], rows);
    return doc;
}
/**
 * Appends the execution's summary. Values registered as secrets (setSecret) are shown as ***,
 * as in the log: a summary file is not masked by the runner.
 */
async function writePipelineSummary(report, extra, outputs, env) {
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSummary */ .S)(env, pipelineSummary(report, extra, outputs));
}


/***/ }),

/***/ 4851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Mw: () => (/* binding */ parseStackOutputs),
  rn: () => (/* binding */ setStackOutputs)
});

// UNUSED EXPORTS: isStackOutputs, planStackOutputs

;// CONCATENATED MODULE: ./src/context.ts
const OUTPUTS = [
    'aws-account-id',
    'assumed-role-arn',
    'credentials-expiration',
    'execution-id',
    'execution-status',
    'execution-url',
    'output-variables',
    'stack-outputs',
    'started-at',
    'ended-at',
    'artifact-revisions',
    'stages',
    'matched',
    'event-type',
    'stage-name',
    'action-name',
    'template-name',
    'template-path',
    'template-digest',
    'apply-result',
    'pipeline-version',
    'workflow-name',
    'workflow-status',
    'pending-approval',
    'delete-result',
];

// EXTERNAL MODULE: ./src/util/guards.ts
var guards = __webpack_require__(6936);
;// CONCATENATED MODULE: ./src/stack-outputs.ts


/** The JSON text of stack outputs, or undefined when it is not {"<stack>": {"<key>": "<string>"}}. */
function parseStackOutputs(text) {
    try {
        const value = JSON.parse(text);
        return isStackOutputs(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function isStackOutputs(v) {
    return (0,guards/* isObj */.s)(v) && Object.values(v).every((s) => (0,guards/* isObj */.s)(s) && Object.values(s).every((x) => typeof x === 'string'));
}
/** Output names the per-key outputs must not shadow. */
const RESERVED = new Set(OUTPUTS);
function planStackOutputs(outputs) {
    const sorted = {};
    const owners = new Map();
    for (const stack of Object.keys(outputs).sort()) {
        const keys = outputs[stack] ?? {};
        sorted[stack] = {};
        for (const key of Object.keys(keys).sort()) {
            sorted[stack][key] = keys[key];
            owners.set(key, [...(owners.get(key) ?? []), stack]);
        }
    }
    const perKey = [];
    const ambiguous = [];
    for (const [key, stacks] of [...owners.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        if (stacks.length === 1 && !RESERVED.has(key))
            perKey.push([key, sorted[stacks[0]][key]]);
        else
            ambiguous.push(key);
    }
    return { json: JSON.stringify(sorted), perKey, ambiguous };
}
/** Sets `stack-outputs` and the per-key outputs; returns the plan (for logging). */
function setStackOutputs(ctx, outputs) {
    const plan = planStackOutputs(outputs);
    ctx.setOutput('stack-outputs', plan.json);
    for (const [key, value] of plan.perKey)
        ctx.setDynamicOutput(key, value);
    return plan;
}


/***/ })

};

export const id = 172;
export const ids = [172];
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

/***/ 3172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ stopCommand)
/* harmony export */ });
/* harmony import */ var _aws_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7180);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9373);
/* harmony import */ var _codepipeline_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3359);
/* harmony import */ var _codepipeline_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9820);
/* harmony import */ var _codepipeline_find_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7628);
/* harmony import */ var _codepipeline_once_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3294);
/* harmony import */ var _codepipeline_url_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9842);
/* harmony import */ var _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(705);









async function stopCommand(ctx) {
    const s = ctx.settings;
    const retry = { clock: _clock_js__WEBPACK_IMPORTED_MODULE_2__/* .realClock */ .d, signal: ctx.signal, log: _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_6__/* .info */ .pq };
    const api = await (0,_codepipeline_api_js__WEBPACK_IMPORTED_MODULE_3__/* .openPipelineApi */ .V)(await (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_0__.openAwsSession)(ctx), s.pipelineName);
    let id = s.executionId;
    if (id === '') {
        const latest = (0,_codepipeline_find_js__WEBPACK_IMPORTED_MODULE_7__/* .latestExecution */ .kp)(await (0,_codepipeline_once_js__WEBPACK_IMPORTED_MODULE_5__/* .once */ .Oo)('ListPipelineExecutions', () => api.listExecutions(50, ctx.signal), retry));
        if (!latest?.pipelineExecutionId)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Pipeline ${s.pipelineName} has no executions to stop.`, { hint: 'Check pipeline-name and aws-region.' });
        id = latest.pipelineExecutionId;
    }
    const url = (0,_codepipeline_url_js__WEBPACK_IMPORTED_MODULE_8__/* .executionUrl */ .M)(api.region, s.pipelineName, id);
    ctx.setOutput('execution-id', id);
    ctx.setOutput('execution-url', url);
    const reason = `Stopped from GitHub run ${s.run.runUrl || s.run.runId || '(unknown)'}`.slice(0, 200);
    try {
        await (0,_codepipeline_once_js__WEBPACK_IMPORTED_MODULE_5__/* .once */ .Oo)('StopPipelineExecution', () => api.stop(id, s.abandon, reason), retry);
        (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_6__/* .info */ .pq)(`Stop${s.abandon ? ' (abandoning in-progress actions)' : ''} requested for execution ${id} of pipeline ${s.pipelineName}: ${url}`);
    }
    catch (e) {
        const name = (0,_codepipeline_aws_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .awsErrorName */ .ZH)(e);
        if (name === 'DuplicatedStopRequestException')
            (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_6__/* .notice */ .lm)(`Execution ${id} is already stopping.`);
        else if (name !== 'PipelineExecutionNotStoppableException')
            throw e;
    }
    const status = (await (0,_codepipeline_once_js__WEBPACK_IMPORTED_MODULE_5__/* .once */ .Oo)('GetPipelineExecution', () => api.getExecution(id, ctx.signal), retry)).status ?? 'Unknown';
    ctx.setOutput('execution-status', status);
    if (status !== 'Stopping' && status !== 'Stopped')
        (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_6__/* .notice */ .lm)(`Execution ${id} is ${status}: nothing to stop.`);
    else
        (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_6__/* .info */ .pq)(`Execution ${id} is ${status}.`);
}


/***/ })

};

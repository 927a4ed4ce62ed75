export const id = 4;
export const ids = [4];
export const modules = {

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

/***/ 5004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ awaitCommand)
/* harmony export */ });
/* harmony import */ var _aws_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7180);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9373);
/* harmony import */ var _codepipeline_api_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3359);
/* harmony import */ var _codepipeline_locate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4109);
/* harmony import */ var _codepipeline_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4855);
/* harmony import */ var _codepipeline_url_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(9842);
/* harmony import */ var _github_record_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5358);
/* harmony import */ var _report_evidence_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3877);
/* harmony import */ var _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(705);
/* harmony import */ var _report_pipeline_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7647);
/* harmony import */ var _stack_outputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(4851);












async function awaitCommand(ctx) {
    // With workflow-name: the Argo Workflow (src/workflow/steps.ts); without: CodePipeline, below.
    if (ctx.settings.workflowName !== '')
        return (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(29), __webpack_require__.e(350), __webpack_require__.e(806)]).then(__webpack_require__.bind(__webpack_require__, 4537))).awaitWorkflowStep(ctx);
    const s = ctx.settings;
    const clock = _clock_js__WEBPACK_IMPORTED_MODULE_2__/* .realClock */ .d;
    const deadline = clock.now() + s.timeoutMinutes * 60_000;
    if (s.executionId === '' && s.commitSha === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('commit-sha', 'is empty and GITHUB_SHA is not set', 'the commit whose execution to await, or set execution-id', 'commit-sha: ${{ github.sha }}');
    const api = await (0,_codepipeline_api_js__WEBPACK_IMPORTED_MODULE_3__/* .openPipelineApi */ .V)(await (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_0__.openAwsSession)(ctx), s.pipelineName);
    const find = { api, deadline, timeoutMinutes: s.timeoutMinutes, signal: ctx.signal, clock, info: _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__/* .info */ .pq, warn: _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__/* .warn */ .R8 };
    let executionId = s.executionId;
    let known;
    if (executionId !== '') {
        known = await (0,_codepipeline_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .checkExecution */ .t3)(executionId, find);
    }
    else {
        const found = await (0,_codepipeline_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .locateByCommit */ .vy)(s.commitSha, find);
        executionId = found.pipelineExecutionId ?? '';
        (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__/* .info */ .pq)(`Execution ${executionId} of pipeline ${s.pipelineName} runs commit ${s.commitSha} (started ${found.startTime ? new Date(found.startTime).toISOString() : 'at an unknown time'}).`);
    }
    const url = (0,_codepipeline_url_js__WEBPACK_IMPORTED_MODULE_11__/* .executionUrl */ .M)(api.region, s.pipelineName, executionId);
    ctx.setOutput('execution-id', executionId);
    ctx.setOutput('execution-url', url);
    (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__/* .info */ .pq)(`Awaiting execution ${executionId} of pipeline ${s.pipelineName}: ${url}`);
    const recent = await (0,_codepipeline_run_js__WEBPACK_IMPORTED_MODULE_5__/* .preparePipeline */ .Y)(api, { clock, signal: ctx.signal, info: _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__/* .info */ .pq, warn: _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__/* .warn */ .R8 });
    const ref = s.executionId === '' ? s.commitSha : s.run.sha;
    const deployment = await (0,_github_record_js__WEBPACK_IMPORTED_MODULE_6__/* .recordPipelineDeployment */ .d)({ token: s.githubToken, environment: s.environment, apiUrl: ctx.env.GITHUB_API_URL ?? '', repository: s.run.repository, ref, pipelineName: s.pipelineName, executionId, url });
    const outputs = { set: (name, value) => ctx.setOutput(name, value), stackOutputs: (o) => (0,_stack_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .setStackOutputs */ .rn)(ctx, o) };
    const report = {
        info: _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__/* .info */ .pq,
        warn: _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__/* .warn */ .R8,
        progress: (title) => new _report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__/* .ProgressLog */ .qw(title),
        result: async (r, extra, stacks) => {
            (0,_report_pipeline_log_js__WEBPACK_IMPORTED_MODULE_8__/* .logResult */ .AX)(r);
            await (0,_report_pipeline_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writePipelineSummary */ .WB)(r, extra, stacks, ctx.env);
        },
        evidence: (items) => (0,_report_evidence_js__WEBPACK_IMPORTED_MODULE_7__/* .reportEvidence */ .al)(items, ctx.env),
    };
    await (0,_codepipeline_run_js__WEBPACK_IMPORTED_MODULE_5__/* .awaitAndReport */ .w)({
        api,
        executionId,
        known,
        recent,
        deadline,
        timeoutMinutes: s.timeoutMinutes,
        followSuperseded: s.followSuperseded,
        stopReason: s.stopOnCancel ? `GitHub run ${s.run.runUrl || s.run.runId || '(unknown)'} was cancelled`.slice(0, 200) : undefined,
        signal: ctx.signal,
        clock,
        deployment,
        outputs,
        report,
    });
}


/***/ }),

/***/ 5358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ recordPipelineDeployment)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/**
 * The GitHub Deployment of a CodePipeline execution, when github-token and environment ask for
 * one. Light on purpose: the GitHub client (./deployments.ts) is loaded only when a Deployment
 * is recorded.
 */

/** Records the Deployment and sets it in_progress; undefined when none is asked for or it could not be recorded (warned). */
async function recordPipelineDeployment(d) {
    if (d.token === '')
        return undefined;
    if (d.environment === '') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('github-token is set but environment is empty: no GitHub Deployment recorded.');
        return undefined;
    }
    const { createDeployment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 6887));
    const record = await createDeployment({
        token: d.token,
        apiUrl: d.apiUrl || 'https://api.github.com',
        repository: d.repository,
        ref: d.ref,
        environment: d.environment,
        description: `CodePipeline ${d.pipelineName}`,
        payload: { pipeline: d.pipelineName, executionId: d.executionId },
    });
    await record?.status('in_progress', d.url, `CodePipeline ${d.pipelineName} execution in progress`);
    return record;
}


/***/ })

};

export const id = 311;
export const ids = [311];
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

/***/ 9311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ retryCommand)
});

// EXTERNAL MODULE: ./src/aws/session.ts + 11 modules
var session = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/codepipeline/api.ts
var codepipeline_api = __webpack_require__(3359);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/codepipeline/aws-errors.ts
var aws_errors = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/codepipeline/find.ts
var find = __webpack_require__(7628);
// EXTERNAL MODULE: ./src/codepipeline/locate.ts
var locate = __webpack_require__(4109);
// EXTERNAL MODULE: ./src/codepipeline/once.ts
var once = __webpack_require__(3294);
;// CONCATENATED MODULE: ./src/codepipeline/retry-stage.ts





/** AWS's answer under an ActionError made by api.ts, with the operation that got it. */
function awsWords(e) {
    return `CodePipeline RetryStageExecution answered ${e instanceof errors/* ActionError */.lZ && e.cause !== undefined ? (0,errors/* messageOf */.bD)(e.cause) : (0,errors/* messageOf */.bD)(e)}`;
}
/** The execution to retry: `executionId` (checked), else the newest Failed one among the recent executions. */
async function failedExecution(executionId, io) {
    const { api } = io;
    const retry = { clock: io.clock, signal: io.signal, log: io.info };
    if (executionId !== '') {
        const known = await (0,locate/* checkExecution */.t3)(executionId, { ...io, deadline: Infinity, timeoutMinutes: 1 });
        if (known.status !== 'Failed') {
            const why = known.status === 'InProgress' || known.status === 'Stopping' ? 'it is still running' : `it is ${known.status}`;
            throw new errors/* ActionError */.lZ(`Execution ${executionId} of pipeline ${api.pipelineName} did not fail (${why}): there is no failed stage to retry.`, {
                hint: 'retry resumes an execution that Failed. Leave execution-id empty to take the newest failed execution, or start a new one (command: start).',
                title: 'nothing to retry',
            });
        }
        return executionId;
    }
    const recent = await (0,once/* once */.Oo)('ListPipelineExecutions', () => api.listExecutions(locate/* RECENT */.Ot, io.signal), retry);
    const failed = (0,find/* newestFirst */.ll)(recent).find((s) => s.status === 'Failed');
    if (!failed?.pipelineExecutionId) {
        throw new errors/* ActionError */.lZ(`Pipeline ${api.pipelineName} has no failed execution among its ${recent.length} most recent: there is nothing to retry.`, {
            hint: 'Pass execution-id to retry an older execution, or check pipeline-name and aws-region.',
            title: 'nothing to retry',
        });
    }
    io.info(`Execution ${failed.pipelineExecutionId} is the newest failed execution of pipeline ${api.pipelineName}.`);
    return failed.pipelineExecutionId;
}
/** The failed execution and the stage it failed in, as GetPipelineState shows it. */
async function findRetryTarget(executionId, io) {
    const id = await failedExecution(executionId, io);
    const state = await (0,once/* once */.Oo)('GetPipelineState', () => io.api.getState(io.signal), { clock: io.clock, signal: io.signal, log: io.info });
    const stage = (state.stageStates ?? []).find((s) => s.latestExecution?.pipelineExecutionId === id && s.latestExecution.status === 'Failed');
    if (!stage?.stageName)
        throw notLatest(id, io.api.pipelineName, undefined, 'no stage of the pipeline shows it as failed any more');
    return { executionId: id, stage: stage.stageName };
}
function notLatest(id, pipeline, stage, why, cause) {
    return new errors/* ActionError */.lZ(`Execution ${id} of pipeline ${pipeline} cannot be retried${stage ? ` in stage ${stage}` : ''}: a newer execution superseded it (${why}).`, {
        cause,
        hint: 'Only the latest execution in a stage can be retried. Leave execution-id empty to retry the newest failed execution, or start a new one (command: start).',
        title: 'superseded',
    });
}
/** RetryStageExecution, once: a repeat could race the resumed stage. Refusals become messages that say why. */
async function retryStage(target, mode, io) {
    const { api } = io;
    try {
        return await (0,once/* once */.Oo)('RetryStageExecution', () => api.retryStage(target.stage, target.executionId, mode), { clock: io.clock, signal: io.signal, log: io.info, policy: once/* SINGLE_ATTEMPT */.t$ });
    }
    catch (e) {
        const name = (0,aws_errors/* awsErrorName */.ZH)(e);
        if (name === 'NotLatestPipelineExecutionException')
            throw notLatest(target.executionId, api.pipelineName, target.stage, awsWords(e), e);
        if (name === 'StageNotRetryableException') {
            throw new errors/* ActionError */.lZ(`Stage ${target.stage} of execution ${target.executionId} of pipeline ${api.pipelineName} cannot be retried: ${awsWords(e)}`, {
                cause: e,
                hint: `A stage can be retried once it failed (every action finished, at least one failed) and while the pipeline's structure is the one it failed under${mode === 'ALL_ACTIONS' ? '; with retry-mode ALL_ACTIONS no action of the stage may still run' : ''}.`,
                title: 'stage not retryable',
            });
        }
        throw e;
    }
}
/** After the retry, waits briefly until GetPipelineExecution no longer reports the old failure (at most ~10 s). */
async function settleRetried(executionId, io) {
    for (let look = 0; look < 5 && !io.signal.aborted; look++) {
        try {
            if ((await io.api.getExecution(executionId, io.signal)).status !== 'Failed')
                return;
        }
        catch {
            return;
        }
        await io.clock.sleep(2000, io.signal);
    }
}

// EXTERNAL MODULE: ./src/codepipeline/run.ts + 4 modules
var run = __webpack_require__(4855);
// EXTERNAL MODULE: ./src/codepipeline/url.ts
var codepipeline_url = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/report/pipeline-log.ts
var pipeline_log = __webpack_require__(705);
// EXTERNAL MODULE: ./src/report/pipeline-reporter.ts
var pipeline_reporter = __webpack_require__(9486);
// EXTERNAL MODULE: ./src/stack-outputs.ts + 1 modules
var stack_outputs = __webpack_require__(4851);
;// CONCATENATED MODULE: ./src/commands/retry.ts









async function retryCommand(ctx) {
    const s = ctx.settings;
    const clock = src_clock/* realClock */.d;
    const deadline = clock.now() + s.timeoutMinutes * 60_000;
    const api = await (0,codepipeline_api/* openPipelineApi */.V)(await (0,session.openAwsSession)(ctx), s.pipelineName);
    const io = { api, clock, signal: ctx.signal, info: pipeline_log/* info */.pq, warn: pipeline_log/* warn */.R8 };
    const target = await findRetryTarget(s.executionId, io);
    const url = (0,codepipeline_url/* executionUrl */.M)(api.region, s.pipelineName, target.executionId);
    ctx.setOutput('execution-id', target.executionId);
    ctx.setOutput('execution-url', url);
    const executionId = await retryStage(target, s.retryMode, io);
    (0,pipeline_log/* info */.pq)(`Retried stage ${target.stage} of execution ${executionId} of pipeline ${s.pipelineName} (retry-mode ${s.retryMode}): ${url}`);
    await settleRetried(executionId, io);
    const recent = await (0,run/* preparePipeline */.Y)(api, { clock, signal: ctx.signal, info: pipeline_log/* info */.pq, warn: pipeline_log/* warn */.R8 });
    const outputs = { set: (name, value) => ctx.setOutput(name, value), stackOutputs: (o) => (0,stack_outputs/* setStackOutputs */.rn)(ctx, o) };
    await (0,run/* awaitAndReport */.w)({
        api,
        executionId,
        recent,
        deadline,
        timeoutMinutes: s.timeoutMinutes,
        followSuperseded: s.followSuperseded,
        stopReason: s.stopOnCancel ? `GitHub run ${s.run.runUrl || s.run.runId || '(unknown)'} was cancelled`.slice(0, 200) : undefined,
        signal: ctx.signal,
        clock,
        deployment: undefined,
        outputs,
        report: (0,pipeline_reporter/* pipelineReporter */.U)(ctx.env),
    });
}


/***/ }),

/***/ 9486:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ pipelineReporter)
/* harmony export */ });
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3877);
/* harmony import */ var _pipeline_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(705);
/* harmony import */ var _pipeline_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7647);



function pipelineReporter(env) {
    return {
        info: _pipeline_log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq,
        warn: _pipeline_log_js__WEBPACK_IMPORTED_MODULE_1__/* .warn */ .R8,
        progress: (title) => new _pipeline_log_js__WEBPACK_IMPORTED_MODULE_1__/* .ProgressLog */ .qw(title),
        result: async (r, extra, stacks) => {
            (0,_pipeline_log_js__WEBPACK_IMPORTED_MODULE_1__/* .logResult */ .AX)(r);
            await (0,_pipeline_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writePipelineSummary */ .WB)(r, extra, stacks, env);
        },
        evidence: (items) => (0,_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .reportEvidence */ .al)(items, env),
    };
}


/***/ })

};

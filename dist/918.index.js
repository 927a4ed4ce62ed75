export const id = 918;
export const ids = [918];
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

/***/ 8918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ rollbackCommand)
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
// EXTERNAL MODULE: ./src/codepipeline/outputs.ts
var outputs = __webpack_require__(7249);
;// CONCATENATED MODULE: ./src/codepipeline/rollback.ts






/** Pages of the pipeline's action executions searched for a successful run of the stage. */
const ACTION_PAGES = 5;
function awsWords(e) {
    return `CodePipeline RollbackStage answered ${e instanceof errors/* ActionError */.lZ && e.cause !== undefined ? (0,errors/* messageOf */.bD)(e.cause) : (0,errors/* messageOf */.bD)(e)}`;
}
/** Checks the stage exists and is not running; returns the execution now in it, if any. */
async function checkStage(stage, io) {
    const { api } = io;
    const state = await (0,once/* once */.Oo)('GetPipelineState', () => api.getState(io.signal), { clock: io.clock, signal: io.signal, log: io.info });
    const stages = state.stageStates ?? [];
    const found = stages.find((s) => s.stageName === stage);
    if (!found) {
        throw new errors/* ActionError */.lZ(`Pipeline ${api.pipelineName} has no stage '${stage}'.`, { hint: `Set stage-name to one of: ${stages.map((s) => s.stageName).join(', ')}.`, title: 'input stage-name' });
    }
    const current = found.latestExecution;
    if (current?.status === 'InProgress' || current?.status === 'Stopping') {
        throw new errors/* ActionError */.lZ(`Stage ${stage} of pipeline ${api.pipelineName} is running (execution ${current.pipelineExecutionId} is ${current.status} in it): a stage can only be rolled back when nothing runs in it.`, {
            hint: 'Wait for it to finish (command: await), or stop it (command: stop), then roll back.',
            title: 'stage in progress',
        });
    }
    return current?.pipelineExecutionId;
}
/** Whether every action of `stage` in this execution succeeded (and it ran at least one). */
function succeededIn(stage, runs) {
    const own = (0,outputs/* latestPerAction */.bc)(runs.filter((a) => a.stageName === stage));
    return own.length > 0 && own.every((a) => a.status === 'Succeeded');
}
/** The newest execution before `current` that succeeded in `stage` and is not a rollback itself. */
async function lastSuccessOf(stage, current, io) {
    const { api } = io;
    const retry = { clock: io.clock, signal: io.signal, log: io.info };
    const executions = await (0,once/* once */.Oo)('ListPipelineExecutions', () => api.listExecutions(locate/* RECENT */.Ot, io.signal), retry);
    const actions = await (0,once/* once */.Oo)('ListActionExecutions', () => api.listActionExecutions(undefined, io.signal, ACTION_PAGES), retry);
    const byExecution = new Map();
    for (const a of actions)
        byExecution.set(a.pipelineExecutionId ?? '', [...(byExecution.get(a.pipelineExecutionId ?? '') ?? []), a]);
    const found = (0,find/* newestFirst */.ll)(executions).find((s) => {
        const id = s.pipelineExecutionId ?? '';
        return id !== current && s.executionType !== 'ROLLBACK' && succeededIn(stage, byExecution.get(id) ?? []);
    });
    if (!found?.pipelineExecutionId) {
        throw new errors/* ActionError */.lZ(`No earlier execution of pipeline ${api.pipelineName} succeeded in stage ${stage} (among the ${executions.length} most recent, rollback executions left aside): there is nothing to roll back to.`, {
            hint: 'Pass target-execution-id: an execution that succeeded in this stage under the current pipeline structure.',
            title: 'no rollback target',
        });
    }
    io.info(`Execution ${found.pipelineExecutionId} (started ${found.startTime ? new Date(found.startTime).toISOString() : 'at an unknown time'}) is the newest earlier execution that succeeded in stage ${stage}.`);
    return found.pipelineExecutionId;
}
/** RollbackStage, once (a repeat could start a second rollback); returns the rollback execution's id. */
async function rollbackStage(stage, target, io) {
    const { api } = io;
    try {
        return await (0,once/* once */.Oo)('RollbackStage', () => api.rollbackStage(stage, target), { clock: io.clock, signal: io.signal, log: io.info, policy: once/* SINGLE_ATTEMPT */.t$ });
    }
    catch (e) {
        throw refusal(e, stage, target, api.pipelineName) ?? e;
    }
}
function refusal(e, stage, target, pipeline) {
    const words = awsWords(e);
    const head = `CodePipeline refused to roll back stage ${stage} of pipeline ${pipeline} to execution ${target}`;
    switch ((0,aws_errors/* awsErrorName */.ZH)(e)) {
        case 'UnableToRollbackStageException':
        case 'ValidationException':
            if (/\bV[12]\b|pipeline type/i.test(words)) {
                return new errors/* ActionError */.lZ(`${head}: the pipeline is a V1 pipeline (${words})`, { cause: e, hint: 'Stage rollback needs a V2 pipeline: change the pipeline type to V2, or start the earlier revision again (command: start with source-revisions).', title: 'V1 pipeline' });
            }
            return new errors/* ActionError */.lZ(`${head}: ${words}`, {
                cause: e,
                hint: 'A stage can be rolled back on a V2 pipeline, when nothing runs in it, to an execution that succeeded in it under the current pipeline structure and is not itself a rollback. A source stage cannot be rolled back.',
                title: 'rollback refused',
            });
        case 'PipelineExecutionOutdatedException':
            return new errors/* ActionError */.lZ(`${head}: that execution ran under an earlier structure of the pipeline (${words})`, { cause: e, hint: 'Choose a target-execution-id that ran since the pipeline was last changed, or leave it empty to take the newest successful one.', title: 'rollback refused' });
        case 'PipelineExecutionNotFoundException':
            return new errors/* ActionError */.lZ(`Input target-execution-id '${target}' is not an execution of pipeline ${pipeline}: ${words}`, { cause: e, hint: 'Check target-execution-id, pipeline-name and aws-region.', title: 'input target-execution-id' });
        case 'StageNotFoundException':
            return new errors/* ActionError */.lZ(`Pipeline ${pipeline} has no stage '${stage}': ${words}`, { cause: e, hint: 'Check stage-name (stage names are case-sensitive).', title: 'input stage-name' });
        default:
            return undefined;
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
;// CONCATENATED MODULE: ./src/commands/rollback.ts









async function rollbackCommand(ctx) {
    const s = ctx.settings;
    const clock = src_clock/* realClock */.d;
    const deadline = clock.now() + s.timeoutMinutes * 60_000;
    const api = await (0,codepipeline_api/* openPipelineApi */.V)(await (0,session.openAwsSession)(ctx), s.pipelineName);
    const io = { api, clock, signal: ctx.signal, info: pipeline_log/* info */.pq };
    const current = await checkStage(s.stageName, io);
    const target = s.targetExecutionId || (await lastSuccessOf(s.stageName, current, io));
    const executionId = await rollbackStage(s.stageName, target, io);
    const url = (0,codepipeline_url/* executionUrl */.M)(api.region, s.pipelineName, executionId);
    ctx.setOutput('execution-id', executionId);
    ctx.setOutput('execution-url', url);
    (0,pipeline_log/* info */.pq)(`Rolling back stage ${s.stageName} of pipeline ${s.pipelineName} to execution ${target}: rollback execution ${executionId}, ${url}`);
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

export const id = 68;
export const ids = [68];
export const modules = {

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
    retryBaseMs: 2000,
    throttleBaseMs: 5000,
    backoffMaxMs: 60000,
};
const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
function nextDelay(s) {
    if (s.failures > 0) {
        const base = s.throttled ? POLICY.throttleBaseMs : POLICY.retryBaseMs;
        const backoff = Math.min(POLICY.backoffMaxMs, base * 2 ** Math.min(s.failures - 1, 10));
        return Math.round(backoff * (0.75 + 0.5 * s.random));
    }
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9820);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3093);
/**
 * The polling loop shared by the waits that look for something to appear (an execution of a
 * commit, a pending approval): retryable errors back off through the policy, others end it.
 */



/** Looks until found, the deadline, or cancellation (both give undefined). */
async function pollUntil(look, deadline, signal, clock) {
    const began = clock.now();
    let failures = 0;
    let throttled = false;
    for (let n = 0; n < 100_000 && !signal.aborted && clock.now() < deadline; n++) {
        try {
            const found = await look(n);
            if (found !== undefined)
                return found;
            failures = 0;
        }
        catch (e) {
            if (signal.aborted)
                return undefined;
            if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ) || !e.retryable)
                throw e;
            failures++;
            throttled = (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isThrottling */ .E2)(e);
        }
        const delay = (0,_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .nextDelay */ .r)({ elapsedMs: clock.now() - began, remainingMs: undefined, waitingForHuman: false, failures, throttled, random: clock.random() });
        await clock.sleep(Math.max(0, Math.min(delay, deadline - clock.now())), signal);
    }
    return undefined;
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

/***/ 68:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ approveCommand)
});

// EXTERNAL MODULE: ./src/aws/session.ts + 9 modules
var aws_session = __webpack_require__(7038);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/codepipeline/api.ts
var codepipeline_api = __webpack_require__(3359);
// EXTERNAL MODULE: ./src/codepipeline/poll.ts
var poll = __webpack_require__(8562);
// EXTERNAL MODULE: ./src/codepipeline/status.ts
var codepipeline_status = __webpack_require__(3613);
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
    const changed = ex?.lastStatusChange ? new Date(ex.lastStatusChange).getTime() : undefined;
    const current = changed !== undefined && (t.execStartMs === undefined || changed >= t.execStartMs);
    if (ex?.status === 'InProgress' && ex.token)
        return { kind: 'pending', token: ex.token };
    if (current && ex?.status && ex.status !== 'InProgress')
        return { kind: 'answered', status: ex.status };
    return { kind: 'waiting' };
}
async function waitForPendingApproval(api, t, deadline, signal, clock, onWaiting) {
    let lastCheck = clock.now();
    const look = async (n) => {
        const found = lookAtApproval(await api.getState(signal), t);
        if (found.kind === 'pending')
            return found.token;
        if (found.kind === 'answered') {
            throw new errors/* ActionError */.lZ(`The approval ${t.stage}.${t.action} of execution ${t.executionId} was already answered (${found.status}).`, { hint: 'Nothing to approve: an approval can be answered once per execution.' });
        }
        if (n === 0)
            onWaiting(`Waiting for ${t.stage}.${t.action} of execution ${t.executionId} to ask for approval.`);
        if (clock.now() - lastCheck > 30_000) {
            lastCheck = clock.now();
            const exec = await api.getExecution(t.executionId, signal);
            if ((0,codepipeline_status/* isFinished */.$)(exec.status)) {
                throw new errors/* ActionError */.lZ(`Execution ${t.executionId} ended (${exec.status}) before ${t.stage}.${t.action} asked for approval.`, { hint: 'Approve a running execution: pass its execution-id, or leave it empty for the latest one.' });
            }
        }
        return undefined;
    };
    return (0,poll/* pollUntil */.g)(look, deadline, signal, clock);
}

// EXTERNAL MODULE: ./src/codepipeline/find.ts
var find = __webpack_require__(7628);
// EXTERNAL MODULE: ./src/codepipeline/url.ts
var codepipeline_url = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/report/pipeline-log.ts
var pipeline_log = __webpack_require__(705);
;// CONCATENATED MODULE: ./src/commands/approve.ts








async function approveCommand(ctx) {
    const s = ctx.settings;
    const session = await (0,aws_session.openAwsSession)(ctx);
    const api = await (0,codepipeline_api/* openPipelineApi */.V)(session, s.pipelineName);
    const recent = await api.listExecutions(50, ctx.signal);
    const chosen = s.executionId === '' ? (0,find/* latestExecution */.kp)(recent) : recent.find((e) => e.pipelineExecutionId === s.executionId);
    const id = s.executionId || chosen?.pipelineExecutionId;
    if (!id)
        throw new errors/* ActionError */.lZ(`Pipeline ${s.pipelineName} has no executions to approve.`, { hint: 'Start one first (command: start), or check pipeline-name and aws-region.' });
    const url = (0,codepipeline_url/* executionUrl */.M)(api.region, s.pipelineName, id);
    ctx.setOutput('execution-id', id);
    ctx.setOutput('execution-url', url);
    const target = { executionId: id, execStartMs: chosen?.startTime ? new Date(chosen.startTime).getTime() : undefined, stage: s.approvalStage, action: s.approvalAction };
    const deadline = Date.now() + s.timeoutMinutes * 60_000;
    const token = await waitForPendingApproval(api, target, deadline, ctx.signal, clock/* realClock */.d, pipeline_log/* info */.pq);
    if (token === undefined) {
        if (ctx.signal.aborted)
            throw new errors/* ActionError */.lZ(`The job was cancelled while waiting for ${s.approvalStage}.${s.approvalAction} of execution ${id}.`);
        throw new errors/* ActionError */.lZ(`${s.approvalStage}.${s.approvalAction} of execution ${id} did not ask for approval within ${s.timeoutMinutes} minutes.`, {
            hint: `Raise timeout-minutes, or check the execution: ${url}`,
        });
    }
    ctx.setSecret(token);
    await api.putApproval(s.approvalStage, s.approvalAction, token, s.approvalResult, s.approvalSummary);
    (0,pipeline_log/* info */.pq)(`${s.approvalResult}: ${s.approvalStage}.${s.approvalAction} of execution ${id} of pipeline ${s.pipelineName} ("${s.approvalSummary}"). ${url}`);
}


/***/ })

};

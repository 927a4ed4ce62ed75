export const id = 68;
export const ids = [68];
export const modules = {

/***/ 5341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ startOf),
/* harmony export */   Jy: () => (/* binding */ estimateRemaining),
/* harmony export */   rL: () => (/* binding */ learnExpectation),
/* harmony export */   ui: () => (/* binding */ withOwnProgress)
/* harmony export */ });
/* unused harmony export median */
const time = (d) => (d === undefined ? undefined : new Date(d).getTime());
function median(values) {
    if (values.length === 0)
        return undefined;
    const s = [...values].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
/**
 * Learns from the pipeline's most recent action executions (one ListActionExecutions page):
 * executions other than `exclude` whose actions all succeeded and that reached the last stage.
 */
function learnExpectation(actions, stageNames, exclude, sample = 10) {
    const byExec = new Map();
    for (const a of actions) {
        const id = a.pipelineExecutionId ?? '';
        if (id !== exclude && a.startTime && a.lastUpdateTime)
            byExec.set(id, [...(byExec.get(id) ?? []), a]);
    }
    const lastStage = stageNames[stageNames.length - 1];
    const complete = [...byExec.values()]
        .filter((list) => list.every((a) => a.status === 'Succeeded') && (lastStage === undefined || list.some((a) => a.stageName === lastStage)))
        .sort((x, y) => Math.max(...y.map((a) => time(a.startTime))) - Math.max(...x.map((a) => time(a.startTime))))
        .slice(0, sample);
    const totals = [];
    const byStage = new Map();
    for (const list of complete) {
        totals.push(spanOf(list));
        const stages = new Set(list.map((a) => a.stageName ?? ''));
        for (const stage of stages)
            byStage.set(stage, [...(byStage.get(stage) ?? []), spanOf(list.filter((a) => a.stageName === stage))]);
    }
    const stageMs = {};
    for (const [stage, list] of byStage)
        stageMs[stage] = median(list);
    const humanStages = [...new Set(actions.filter((a) => a.input?.actionTypeId?.category === 'Approval').map((a) => a.stageName ?? ''))];
    return { totalMs: median(totals), stageMs, humanStages };
}
function spanOf(list) {
    const starts = list.map((a) => time(a.startTime));
    const ends = list.map((a) => time(a.lastUpdateTime));
    return Math.max(...ends) - Math.min(...starts);
}
/** Start of an execution: its earliest action start in `actions`, if any. */
function startOf(actions, executionId) {
    const starts = actions.filter((a) => a.pipelineExecutionId === executionId && a.startTime).map((a) => time(a.startTime));
    return starts.length > 0 ? Math.min(...starts) : undefined;
}
/**
 * Without history for some stages, guess each of them takes as long as this execution's own
 * finished stages took on average (better than no estimate at all for a first execution).
 */
function withOwnProgress(exp, layout, took) {
    const own = Object.values(took);
    if (own.length === 0 || layout.every((l) => exp.stageMs[l.stage] !== undefined))
        return exp;
    const guess = own.reduce((a, b) => a + b, 0) / own.length;
    const stageMs = { ...exp.stageMs };
    for (const l of layout)
        stageMs[l.stage] ??= took[l.stage] ?? guess;
    return { ...exp, stageMs };
}
function estimateRemaining(exp, state, executionId, p) {
    const stages = state.stageStates ?? [];
    let current = -1;
    stages.forEach((s, i) => {
        if (s.latestExecution?.pipelineExecutionId === executionId)
            current = i;
    });
    const byTotal = exp.totalMs !== undefined && p.execStartMs !== undefined ? exp.totalMs - (p.now - p.execStartMs) : undefined;
    if (current < 0)
        return { remainingMs: byTotal, waitingForHuman: false };
    const stage = stages[current];
    const name = stage?.stageName ?? '';
    const running = stage?.latestExecution?.status === 'InProgress';
    if (running && exp.humanStages.includes(name))
        return { remainingMs: undefined, waitingForHuman: true };
    let later = 0;
    for (const s of stages.slice(current + 1)) {
        const n = s.stageName ?? '';
        if (exp.humanStages.includes(n))
            break;
        const ms = exp.stageMs[n];
        if (ms === undefined)
            return { remainingMs: byTotal, waitingForHuman: false };
        later += ms;
    }
    if (!running)
        return { remainingMs: later, waitingForHuman: false };
    const expected = exp.stageMs[name];
    if (expected === undefined)
        return { remainingMs: byTotal, waitingForHuman: false };
    const changes = (stage?.actionStates ?? []).map((a) => time(a.latestExecution?.lastStatusChange)).filter((t) => t !== undefined && (p.execStartMs === undefined || t >= p.execStartMs));
    const stageStart = Math.min(p.stageSeenMs[name] ?? p.now, ...changes);
    const current_ = expected - (p.now - stageStart);
    return { remainingMs: later === 0 ? current_ : Math.max(current_, 0) + later, waitingForHuman: false };
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

/***/ 7988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ realClock),
  L: () => (/* binding */ waitForExecution)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/codepipeline/aws-errors.ts
var aws_errors = __webpack_require__(9820);
// EXTERNAL MODULE: ./src/codepipeline/estimate.ts
var codepipeline_estimate = __webpack_require__(5341);
// EXTERNAL MODULE: ./src/codepipeline/model.ts
var model = __webpack_require__(7574);
// EXTERNAL MODULE: ./src/codepipeline/policy.ts
var policy = __webpack_require__(3093);
;// CONCATENATED MODULE: ./src/codepipeline/progress.ts
const ms = (d) => (d === undefined ? undefined : new Date(d).getTime());
/**
 * Transitions of `executionId` visible in `state` that differ from `seen`. Action entries older
 * than the execution (left by an earlier execution in a stage we just entered) are skipped.
 */
function observe(state, executionId, execStartMs, seen) {
    const next = { ...seen };
    const transitions = [];
    for (const stage of state.stageStates ?? []) {
        const name = stage.stageName ?? '';
        if (stage.latestExecution?.pipelineExecutionId !== executionId)
            continue;
        const stageStatus = stage.latestExecution.status ?? 'Unknown';
        const stageChanged = next[name] !== stageStatus;
        next[name] = stageStatus;
        // A stage line opens the stage's lines when it starts and closes them when it ends.
        if (stageChanged && stageStatus === 'InProgress')
            transitions.push({ stage: name, status: stageStatus });
        for (const a of stage.actionStates ?? []) {
            const ex = a.latestExecution;
            const changed = ms(ex?.lastStatusChange);
            if (!ex?.status || (execStartMs !== undefined && changed !== undefined && changed < execStartMs))
                continue;
            const key = `${name}/${a.actionName ?? ''}`;
            if (next[key] === ex.status)
                continue;
            next[key] = ex.status;
            transitions.push({
                stage: name,
                action: a.actionName ?? '',
                status: ex.status,
                ...(ex.summary ? { summary: ex.summary } : {}),
                ...(ex.externalExecutionUrl ? { url: ex.externalExecutionUrl } : {}),
                ...(ex.errorDetails ? { error: { code: ex.errorDetails.code, message: ex.errorDetails.message } } : {}),
            });
        }
        if (stageChanged && stageStatus !== 'InProgress')
            transitions.push({ stage: name, status: stageStatus });
    }
    return { transitions, seen: next };
}
/**
 * 'succeeded' when its last stage succeeded (the execution did); 'confirm' when the state
 * suggests it ended otherwise (a stage of it failed or stopped, or it vanished from every stage
 * after being seen); 'unseen' when it is not (yet) visible; 'between' when none of its stages
 * is running (a transition, a disabled transition, or superseded there); otherwise 'running'.
 */
function lookAt(state, executionId, seenBefore) {
    const stages = state.stageStates ?? [];
    const ours = stages.filter((s) => s.latestExecution?.pipelineExecutionId === executionId);
    if (ours.length === 0)
        return seenBefore ? 'confirm' : 'unseen';
    if (ours.some((s) => !['InProgress', 'Succeeded'].includes(s.latestExecution?.status ?? '')))
        return 'confirm';
    const last = stages[stages.length - 1];
    if (last?.latestExecution?.pipelineExecutionId === executionId && last.latestExecution.status === 'Succeeded')
        return 'succeeded';
    return ours.some((s) => s.latestExecution?.status === 'InProgress') ? 'running' : 'between';
}

// EXTERNAL MODULE: ./src/codepipeline/status.ts
var codepipeline_status = __webpack_require__(3613);
// EXTERNAL MODULE: ./src/codepipeline/find.ts
var find = __webpack_require__(7628);
;// CONCATENATED MODULE: ./src/codepipeline/supersede.ts

/** How many failed or stopped later executions to inspect for the stage they reached. */
const MAX_INSPECT = 3;
/** The stage after the last one `seen` says the execution was in: where it waited when superseded. */
function waitingStageOf(state, seen) {
    const names = (state.stageStates ?? []).map((s) => s.stageName ?? '');
    let last = -1;
    names.forEach((n, i) => {
        if (seen[n] !== undefined)
            last = i;
    });
    return names[last + 1];
}
async function findReplacement(api, id, state, seen, signal) {
    const list = await api.listExecutions(50, signal);
    const old = list.find((s) => s.pipelineExecutionId === id);
    if (!old)
        return undefined;
    const oldStart = old.startTime ? new Date(old.startTime).getTime() : 0;
    const waitingStage = waitingStageOf(state, seen);
    const reached = new Map();
    const ended = list.filter((s) => (s.status === 'Failed' || s.status === 'Stopped' || s.status === 'Cancelled') && s.startTime && new Date(s.startTime).getTime() > oldStart);
    for (const s of ended.slice(-MAX_INSPECT)) {
        const actions = await api.listActionExecutions(s.pipelineExecutionId, signal, 2);
        reached.set(s.pipelineExecutionId ?? '', [...new Set(actions.map((a) => a.stageName ?? ''))]);
    }
    const next = (0,find/* replacementOf */.ml)(old, list, waitingStage, (x) => reached.get(x));
    if (!next?.pipelineExecutionId)
        return undefined;
    return { id: next.pipelineExecutionId, startMs: next.startTime ? new Date(next.startTime).getTime() : undefined };
}

;// CONCATENATED MODULE: ./src/codepipeline/wait.ts








const realClock = {
    now: () => Date.now(),
    random: () => Math.random(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    }),
};
/** Hard bound on looks, whatever the clock says. */
const MAX_LOOKS = 200_000;
/** Confirm with GetPipelineExecution at least this often (ms)... */
const CONFIRM_EVERY_MS = 300_000;
/** ...and this often while the state cannot tell (not visible, or no stage of it running). */
const CONFIRM_SOON_MS = 20_000;
const track = (id, execStart, now) => ({ id, execStart, seen: {}, seenBefore: false, stageSeen: {}, stageTook: {}, lastConfirm: now });
async function waitForExecution(p) {
    const clock = p.clock ?? realClock;
    const began = clock.now();
    let t = track(p.executionId, p.execStartMs, began);
    let failures = 0;
    let throttled = false;
    let last;
    let waitingForReplacement = false;
    let state;
    let expectation;
    const followed = [];
    const outcome = (end, looks) => ({ executionId: t.id, status: last?.status ?? 'InProgress', execution: last, end, followed, looks, state });
    for (let looks = 0; looks < MAX_LOOKS; looks++) {
        if (p.signal.aborted)
            return outcome('cancelled', looks);
        if (clock.now() >= p.deadline)
            return outcome('timeout', looks);
        let estimate = { remainingMs: undefined, waitingForHuman: false };
        try {
            state = await p.api.getState(p.signal);
            expectation ??= p.learn(state);
            noteProgress(t, state, clock.now(), p.hooks);
            const look = lookAt(state, t.id, t.seenBefore);
            t.seenBefore ||= look !== 'unseen';
            if (look === 'succeeded') {
                // The last stage of this execution succeeded: so did the execution. No need to ask.
                last = { pipelineExecutionId: t.id, status: 'Succeeded' };
                return outcome('finished', looks + 1);
            }
            const sinceConfirm = clock.now() - t.lastConfirm;
            if (look === 'confirm' || sinceConfirm >= (look === 'unseen' || look === 'between' ? CONFIRM_SOON_MS : CONFIRM_EVERY_MS)) {
                last = await p.api.getExecution(t.id, p.signal);
                t.lastConfirm = clock.now();
                const verdict = (0,codepipeline_status/* verdictOf */.V)(last.status);
                if (verdict === 'success' || verdict === 'failure' || (verdict === 'superseded' && !p.followSuperseded))
                    return outcome('finished', looks + 1);
                if (verdict === 'superseded') {
                    const next = await findReplacement(p.api, t.id, state, t.seen, p.signal);
                    if (next) {
                        followed.push({ from: t.id, to: next.id });
                        p.hooks.note(`Execution ${t.id} was superseded by execution ${next.id}; awaiting that one instead (follow-superseded: true).`);
                        t = track(next.id, next.startMs, clock.now());
                        last = undefined;
                        waitingForReplacement = false;
                        continue;
                    }
                    if (!waitingForReplacement)
                        p.hooks.note(`Execution ${t.id} was superseded; waiting for the execution that replaced it to show up.`);
                    waitingForReplacement = true;
                }
            }
            estimate = (0,codepipeline_estimate/* estimateRemaining */.Jy)((0,codepipeline_estimate/* withOwnProgress */.ui)(expectation, (0,model/* layoutOf */.aH)(state), t.stageTook), state, t.id, { now: clock.now(), execStartMs: t.execStart, stageSeenMs: t.stageSeen });
            failures = 0;
        }
        catch (e) {
            if (p.signal.aborted)
                return outcome('cancelled', looks);
            if (!(e instanceof errors/* ActionError */.lZ) || !e.retryable)
                throw e;
            failures++;
            throttled = (0,aws_errors/* isThrottling */.E2)(e);
            if (failures === 1 || failures % 5 === 0)
                p.hooks.warn(`${e.message} Still waiting for execution ${t.id} (failed look ${failures}; the next one backs off).`);
        }
        const delay = (0,policy/* nextDelay */.r)({ elapsedMs: clock.now() - began, ...estimate, failures, throttled, random: clock.random() });
        await clock.sleep(Math.max(0, Math.min(delay, p.deadline - clock.now())), p.signal);
    }
    return outcome('timeout', MAX_LOOKS);
}
function noteProgress(t, state, now, hooks) {
    const o = observe(state, t.id, t.execStart, t.seen);
    for (const [name, status] of Object.entries(o.seen)) {
        const start = t.stageSeen[name];
        if (!name.includes('/') && status === 'Succeeded' && t.seen[name] === 'InProgress' && start !== undefined)
            t.stageTook[name] = now - start;
    }
    t.seen = o.seen;
    for (const s of state.stageStates ?? []) {
        const name = s.stageName ?? '';
        if (s.latestExecution?.pipelineExecutionId === t.id && t.stageSeen[name] === undefined)
            t.stageSeen[name] = now;
    }
    for (const tr of o.transitions)
        hooks.transition(tr, t.id);
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
// EXTERNAL MODULE: ./src/codepipeline/wait.ts + 2 modules
var wait = __webpack_require__(7988);
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
    const token = await waitForPendingApproval(api, target, deadline, ctx.signal, wait/* realClock */.d, pipeline_log/* info */.pq);
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

export const id = 630;
export const ids = [630];
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

/***/ 3630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awaitAndReport: () => (/* binding */ awaitAndReport),
  "default": () => (/* binding */ awaitCommand),
  preparePipeline: () => (/* binding */ preparePipeline),
  recordDeployment: () => (/* binding */ recordDeployment)
});

// EXTERNAL MODULE: ./src/aws/session.ts + 9 modules
var aws_session = __webpack_require__(7038);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/codepipeline/api.ts
var codepipeline_api = __webpack_require__(3359);
// EXTERNAL MODULE: ./src/codepipeline/estimate.ts
var codepipeline_estimate = __webpack_require__(5341);
// EXTERNAL MODULE: ./src/codepipeline/find.ts
var find = __webpack_require__(7628);
// EXTERNAL MODULE: ./src/codepipeline/poll.ts
var poll = __webpack_require__(8562);
;// CONCATENATED MODULE: ./src/codepipeline/locate.ts


/** How many recent executions each look searches. */
const RECENT = 50;
async function locateByCommit(api, sha, deadline, signal, clock, onWaiting) {
    return (0,poll/* pollUntil */.g)(async (look) => {
        const found = (0,find/* executionOfCommit */.JQ)(await api.listExecutions(RECENT, signal), sha);
        if (!found && look === 0)
            onWaiting(`No execution of commit ${sha.slice(0, 12)} in pipeline ${api.pipelineName} yet; waiting for it to appear.`);
        return found;
    }, deadline, signal, clock);
}

// EXTERNAL MODULE: ./src/codepipeline/model.ts
var model = __webpack_require__(7574);
// EXTERNAL MODULE: ./src/codepipeline/url.ts
var codepipeline_url = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/codepipeline/aws-errors.ts
var aws_errors = __webpack_require__(9820);
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









/** Hard bound on looks, whatever the clock says. */
const MAX_LOOKS = 200_000;
/** Confirm with GetPipelineExecution at least this often (ms)... */
const CONFIRM_EVERY_MS = 300_000;
/** ...and this often while the state cannot tell (not visible, or no stage of it running). */
const CONFIRM_SOON_MS = 20_000;
const track = (id, execStart, now) => ({ id, execStart, seen: {}, seenBefore: false, stageSeen: {}, stageTook: {}, lastConfirm: now });
async function waitForExecution(p) {
    const clock = p.clock ?? src_clock/* realClock */.d;
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

// EXTERNAL MODULE: ./src/report/pipeline-log.ts
var pipeline_log = __webpack_require__(705);
// EXTERNAL MODULE: ./src/codepipeline/outputs.ts
var outputs = __webpack_require__(7249);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
;// CONCATENATED MODULE: ./src/report/pipeline-summary.ts
/** The job summary of a CodePipeline execution: result, links and a stage/action table. */


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
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function cellStatus(status) {
    return `${ICON[status] ?? ''} ${esc(status)}`.trim();
}
function summaryRows(report) {
    const header = ['Stage', 'Action', 'Status', 'Duration', 'Details'].map((data) => ({ data, header: true }));
    const rows = [header];
    for (const stage of report.stages) {
        rows.push([{ data: `<b>${esc(stage.name)}</b>` }, { data: ' ' }, { data: cellStatus(stage.status) }, { data: (0,model/* formatDuration */.a3)(stage.durationMs) }, { data: ' ' }]);
        for (const a of stage.actions) {
            const details = [];
            if (a.error)
                details.push(esc(`${a.error.code ?? 'Error'}: ${a.error.message ?? ''}`));
            else if (a.summary)
                details.push(esc(a.summary));
            if (a.url)
                details.push(`<a href="${esc(a.url)}">details</a>`);
            rows.push([{ data: ' ' }, { data: esc(a.action) }, { data: cellStatus(a.status) }, { data: (0,model/* formatDuration */.a3)(a.durationMs) }, { data: details.join('<br>') }]);
        }
    }
    return rows;
}
async function writePipelineSummary(report, extra = []) {
    const s = core/* summary */.z
        .addHeading(`CodePipeline ${esc(report.pipelineName)}: ${cellStatus(report.status)}`, 3)
        .addRaw(`Execution <a href="${esc(report.url)}"><code>${esc(report.executionId)}</code></a>${report.statusSummary ? ` — ${esc(report.statusSummary)}` : ''}`, true);
    for (const line of extra)
        s.addRaw(`<p>${esc(line)}</p>`, true);
    await s.addTable(summaryRows(report)).write();
}

// EXTERNAL MODULE: ./src/stack-outputs.ts + 1 modules
var stack_outputs = __webpack_require__(4851);
;// CONCATENATED MODULE: ./src/commands/pipeline-finish.ts








const within = (p, ms, fallback) => Promise.race([p, new Promise((resolve) => setTimeout(() => resolve(fallback), ms).unref())]);
async function finishExecution(ctx, api, outcome, layout, deployment, stopping, waitedMinutes) {
    const s = ctx.settings;
    const id = outcome.executionId;
    const url = (0,codepipeline_url/* executionUrl */.M)(api.region, api.pipelineName, id);
    if (outcome.end === 'cancelled')
        return cancelled(ctx, id, url, deployment, stopping());
    ctx.setOutput('execution-status', outcome.status);
    let details = [];
    try {
        details = await api.listActionExecutions(id);
    }
    catch (e) {
        (0,pipeline_log/* warn */.R8)(`Could not read the action executions of ${id}, so output-variables and stack-outputs are empty: ${(0,errors/* messageOf */.bD)(e)}`);
    }
    ctx.setOutput('output-variables', JSON.stringify((0,outputs/* outputVariables */.P1)(details)));
    const plan = (0,stack_outputs/* setStackOutputs */.rn)(ctx, (0,outputs/* stackOutputsOf */.WZ)(details));
    if (plan.ambiguous.length > 0)
        (0,pipeline_log/* info */.pq)(`Stack output keys only in the stack-outputs JSON (present in several stacks or named like an output): ${plan.ambiguous.join(', ')}`);
    const report = (0,model/* buildReport */.FK)({ pipelineName: api.pipelineName, executionId: id, url, status: outcome.status, statusSummary: outcome.execution?.statusSummary }, layout, details);
    const extra = outcome.followed.map((f) => `Execution ${f.from} was superseded by ${f.to}, which was awaited instead.`);
    if (outcome.end === 'timeout')
        extra.push(`Still ${outcome.status} after ${s.timeoutMinutes} minutes: the pipeline keeps running.`);
    (0,pipeline_log/* logResult */.AX)(report);
    await writePipelineSummary(report, extra);
    const verdict = outcome.end === 'timeout' ? 'timeout' : (0,codepipeline_status/* verdictOf */.V)(outcome.status);
    await deployment?.status(verdict === 'success' ? 'success' : verdict === 'timeout' ? 'in_progress' : 'failure', url, `CodePipeline ${api.pipelineName}: ${outcome.status}`);
    if (verdict === 'success')
        return (0,pipeline_log/* info */.pq)(`Execution ${id} of pipeline ${api.pipelineName} succeeded (waited ${waitedMinutes.toFixed(1)} min).`);
    if (verdict === 'timeout') {
        throw new errors/* ActionError */.lZ(`Execution ${id} of pipeline ${api.pipelineName} is still ${outcome.status} after timeout-minutes (${s.timeoutMinutes}); it was left running, not stopped.`, {
            hint: `Raise timeout-minutes, or await it later with command: await and execution-id: ${id}. ${url}`,
            title: 'CodePipeline timeout',
        });
    }
    throw failure(report, outcome);
}
function failure(report, outcome) {
    const head = `Execution ${report.executionId} of pipeline ${report.pipelineName} ${outcome.status}`;
    if (outcome.status === 'Superseded') {
        return new errors/* ActionError */.lZ(`${head}: a newer execution replaced it before it finished.`, {
            hint: `Set follow-superseded: true to await the execution that replaced it. ${report.url}`,
            title: 'CodePipeline superseded',
        });
    }
    const failed = (0,model/* failedActions */.PE)(report);
    const where = failed.map((a) => `stage ${a.stage}, action ${a.action}: ${a.error?.code ?? 'Error'}: ${a.error?.message ?? a.summary ?? 'no details'}`);
    const why = where.length > 0 ? where.join('; ') : report.statusSummary ?? 'no failed action reported';
    const links = [...failed.map((a) => a.url).filter((u) => Boolean(u)), report.url];
    return new errors/* ActionError */.lZ(`${head}: ${why}`, {
        hint: `${outcome.status === 'Failed' ? 'Fix the failed action and retry the stage, or push a fix.' : 'It was stopped or cancelled in CodePipeline.'} Details: ${links.join(' ')}`,
        title: `CodePipeline ${outcome.status}`,
    });
}
async function cancelled(ctx, id, url, deployment, stop) {
    ctx.setOutput('execution-status', stop ? 'Stopping' : 'InProgress');
    const said = stop ? await within(stop, 3000, `Stop requested for execution ${id}; no answer yet.`) : `stop-on-cancel is false: execution ${id} keeps running.`;
    (0,pipeline_log/* info */.pq)(said);
    if (deployment)
        await within(deployment.status('failure', url, stop ? 'Job cancelled; pipeline stop requested' : 'Job cancelled'), 1500, undefined);
    throw new errors/* ActionError */.lZ(`The job was cancelled while awaiting execution ${id}. ${said}`, { hint: url, title: 'cancelled' });
}

;// CONCATENATED MODULE: ./src/commands/await.ts











/** One call before waiting: recent action executions to learn durations from. */
async function preparePipeline(api, signal) {
    try {
        return { recent: await api.listActionExecutions(undefined, signal, 1) };
    }
    catch (e) {
        // Cancelled meanwhile: the wait that follows stops the execution at once.
        if (signal.aborted)
            return { recent: [] };
        throw e;
    }
}
async function recordDeployment(ctx, ref, executionId) {
    const s = ctx.settings;
    if (s.githubToken === '')
        return undefined;
    if (s.environment === '') {
        (0,pipeline_log/* info */.pq)('github-token is set but environment is empty: no GitHub Deployment recorded.');
        return undefined;
    }
    // The GitHub client is loaded only when a Deployment is recorded.
    const { createDeployment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 6887));
    return createDeployment({
        token: s.githubToken,
        apiUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
        repository: s.run.repository,
        ref,
        environment: s.environment,
        description: `CodePipeline ${s.pipelineName}`,
        payload: { pipeline: s.pipelineName, executionId },
    });
}
/** Awaits the execution (following superseding ones), then sets outputs, reports, and fails if it did not succeed. */
async function awaitAndReport(ctx, api, executionId, prepared, deployment) {
    const s = ctx.settings;
    const began = Date.now();
    const deadline = began + s.timeoutMinutes * 60_000;
    let current = executionId;
    let stopping;
    const onCancel = () => {
        if (!s.stopOnCancel)
            return;
        const reason = `GitHub run ${s.run.runUrl || s.run.runId || '(unknown)'} was cancelled`.slice(0, 200);
        stopping = api.stop(current, false, reason).then(() => `Stop requested for execution ${current} (${reason}).`, (e) => `Could not stop execution ${current}: ${e.message}`);
    };
    ctx.signal.addEventListener('abort', onCancel, { once: true });
    if (ctx.signal.aborted)
        onCancel();
    const log = new pipeline_log/* ProgressLog */.qw(`Awaiting CodePipeline ${s.pipelineName} execution ${executionId}`);
    try {
        const outcome = await waitForExecution({
            api,
            executionId,
            execStartMs: (0,codepipeline_estimate/* startOf */.GH)(prepared.recent, executionId),
            deadline,
            signal: ctx.signal,
            followSuperseded: s.followSuperseded,
            learn: (state) => (0,codepipeline_estimate/* learnExpectation */.rL)(prepared.recent, (0,model/* layoutOf */.aH)(state).map((l) => l.stage), executionId),
            clock: src_clock/* realClock */.d,
            hooks: {
                transition: (t) => log.transition(t),
                note: (m) => log.note(m),
                warn: (m) => log.warn(m),
            },
        });
        current = outcome.executionId;
        log.close();
        if (outcome.executionId !== executionId) {
            ctx.setOutput('execution-id', outcome.executionId);
            ctx.setOutput('execution-url', (0,codepipeline_url/* executionUrl */.M)(api.region, api.pipelineName, outcome.executionId));
        }
        await finishExecution(ctx, api, outcome, (0,model/* layoutOf */.aH)(outcome.state), deployment, () => stopping, (Date.now() - began) / 60_000);
    }
    finally {
        ctx.signal.removeEventListener('abort', onCancel);
        log.close();
    }
}
async function awaitCommand(ctx) {
    const s = ctx.settings;
    const session = await (0,aws_session.openAwsSession)(ctx);
    const api = await (0,codepipeline_api/* openPipelineApi */.V)(session, s.pipelineName);
    let executionId = s.executionId;
    let ref = s.commitSha || s.run.sha;
    if (executionId === '') {
        if (s.commitSha === '')
            throw new errors/* InputError */.dz('commit-sha', 'is empty and GITHUB_SHA is not set', 'the commit whose execution to await, or set execution-id', 'commit-sha: ${{ github.sha }}');
        const found = await locateByCommit(api, s.commitSha, Date.now() + s.timeoutMinutes * 60_000, ctx.signal, src_clock/* realClock */.d, pipeline_log/* info */.pq);
        if (!found?.pipelineExecutionId) {
            if (ctx.signal.aborted)
                throw new errors/* ActionError */.lZ(`The job was cancelled while waiting for an execution of commit ${s.commitSha} to appear.`);
            throw new errors/* ActionError */.lZ(`No execution of commit ${s.commitSha} appeared in pipeline ${s.pipelineName} within ${s.timeoutMinutes} minutes.`, {
                hint: "Check that the pipeline's source action watches this repository and branch and that its trigger ran; or pass execution-id.",
            });
        }
        executionId = found.pipelineExecutionId;
        (0,pipeline_log/* info */.pq)(`Execution ${executionId} of pipeline ${s.pipelineName} runs commit ${s.commitSha} (started ${found.startTime ? new Date(found.startTime).toISOString() : 'at an unknown time'}).`);
    }
    else {
        ref = s.run.sha;
    }
    const url = (0,codepipeline_url/* executionUrl */.M)(api.region, s.pipelineName, executionId);
    ctx.setOutput('execution-id', executionId);
    ctx.setOutput('execution-url', url);
    (0,pipeline_log/* info */.pq)(`Awaiting execution ${executionId} of pipeline ${s.pipelineName}: ${url}`);
    const prepared = await preparePipeline(api, ctx.signal);
    const deployment = await recordDeployment(ctx, ref, executionId);
    await deployment?.status('in_progress', url, `CodePipeline ${s.pipelineName} execution in progress`);
    await awaitAndReport(ctx, api, executionId, prepared, deployment);
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
    'template-name',
    'template-path',
    'template-digest',
    'apply-result',
    'workflow-name',
    'workflow-status',
];

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
    const isRecord = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
    return isRecord(v) && Object.values(v).every((s) => isRecord(s) && Object.values(s).every((x) => typeof x === 'string'));
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

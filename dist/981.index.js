export const id = 981;
export const ids = [981];
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

/***/ 5341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ startOf),
/* harmony export */   Jy: () => (/* binding */ estimateRemaining),
/* harmony export */   rL: () => (/* binding */ learnExpectation),
/* harmony export */   ui: () => (/* binding */ withOwnProgress)
/* harmony export */ });
/* unused harmony export median */
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);

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
        .sort((x, y) => Math.max(...y.map((a) => (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.startTime))) - Math.max(...x.map((a) => (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.startTime))))
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
    const starts = list.map((a) => (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.startTime));
    const ends = list.map((a) => (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.lastUpdateTime));
    return Math.max(...ends) - Math.min(...starts);
}
/** Start of an execution: its earliest action start in `actions`, if any. */
function startOf(actions, executionId) {
    const starts = actions.filter((a) => a.pipelineExecutionId === executionId && a.startTime).map((a) => (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.startTime));
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
    const changes = (stage?.actionStates ?? []).map((a) => (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.latestExecution?.lastStatusChange)).filter((t) => t !== undefined && (p.execStartMs === undefined || t >= p.execStartMs));
    const stageStart = Math.min(p.stageSeenMs[name] ?? p.now, ...changes);
    const current_ = expected - (p.now - stageStart);
    return { remainingMs: later === 0 ? current_ : Math.max(current_, 0) + later, waitingForHuman: false };
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

/***/ 4855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  w: () => (/* binding */ awaitAndReport),
  Y: () => (/* binding */ preparePipeline)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/codepipeline/estimate.ts
var estimate = __webpack_require__(5341);
// EXTERNAL MODULE: ./src/codepipeline/model.ts
var model = __webpack_require__(7574);
// EXTERNAL MODULE: ./src/codepipeline/once.ts
var once = __webpack_require__(3294);
// EXTERNAL MODULE: ./src/codepipeline/outputs.ts
var outputs = __webpack_require__(7249);
// EXTERNAL MODULE: ./src/codepipeline/status.ts
var codepipeline_status = __webpack_require__(3613);
// EXTERNAL MODULE: ./src/codepipeline/url.ts
var codepipeline_url = __webpack_require__(9842);
;// CONCATENATED MODULE: ./src/codepipeline/finish.ts






async function finishExecution(f) {
    const { api, outcome } = f;
    const id = outcome.executionId;
    const url = (0,codepipeline_url/* executionUrl */.M)(api.region, api.pipelineName, id);
    if (outcome.end === 'cancelled')
        return cancelled(f, url);
    f.outputs.set('execution-status', outcome.status);
    const details = await actionExecutions(f);
    f.outputs.set('output-variables', JSON.stringify((0,outputs/* outputVariables */.P1)(details)));
    const stacks = (0,outputs/* stackOutputsOf */.WZ)(details);
    const plan = f.outputs.stackOutputs(stacks);
    if (plan.ambiguous.length > 0)
        f.report.info(`Stack output keys only in the stack-outputs JSON (present in several stacks or named like an output): ${plan.ambiguous.join(', ')}`);
    const report = (0,model/* buildReport */.FK)({ pipelineName: api.pipelineName, executionId: id, url, status: outcome.status, statusSummary: outcome.execution?.statusSummary }, f.layout, details);
    const extra = outcome.followed.map((x) => `Execution ${x.from} was superseded by ${x.to}, which was awaited instead.`);
    if (outcome.end === 'timeout')
        extra.push(outcome.failing ? `CodePipeline could not be read when timeout-minutes (${f.timeoutMinutes}) ran out: ${outcome.failing.text}` : `Still ${outcome.status} after timeout-minutes (${f.timeoutMinutes}): the pipeline keeps running.`);
    await f.report.result(report, extra, stacks);
    if (outcome.status === 'Failed')
        await explainFailure(f, details);
    const verdict = outcome.end === 'timeout' ? 'timeout' : (0,codepipeline_status/* verdictOf */.V)(outcome.status);
    await f.deployment?.status(verdict === 'success' ? 'success' : verdict === 'timeout' ? 'in_progress' : 'failure', url, `CodePipeline ${api.pipelineName}: ${outcome.status}`);
    if (verdict === 'success')
        return f.report.info(`Execution ${id} of pipeline ${api.pipelineName} succeeded (waited ${(f.waitedMs / 60_000).toFixed(1)} min).`);
    if (verdict === 'timeout')
        throw timedOut(f, url);
    throw failure(report, outcome);
}
/** The action executions of the execution (outputs and report); empty, with a warning, when they cannot be read. */
async function actionExecutions(f) {
    const id = f.outcome.executionId;
    // Past a deadline that came while CodePipeline was failing, one attempt is all that is left.
    const policy = f.outcome.failing ? once/* SINGLE_ATTEMPT */.t$ : once/* ONE_OFF_RETRY */.iE;
    try {
        return await (0,once/* once */.Oo)('ListActionExecutions', () => f.api.listActionExecutions(id), { clock: f.clock, policy, log: f.report.info });
    }
    catch (e) {
        f.report.warn(`Could not read the action executions of ${id}, so output-variables and stack-outputs are empty: ${(0,errors/* messageOf */.bD)(e)}`);
        return [];
    }
}
/** Build logs and stack events of the failed actions (SDK clients loaded only now); never changes the outcome. */
async function explainFailure(f, details) {
    const show = f.report.evidence;
    const session = f.api.session;
    if (!show || !session || f.signal?.aborted)
        return;
    try {
        const { explainable, failedDetails, gatherEvidence } = await __webpack_require__.e(/* import() */ 562).then(__webpack_require__.bind(__webpack_require__, 4562));
        const failed = failedDetails(details).filter(explainable);
        if (failed.length > 0)
            await show(await gatherEvidence(session, failed, { clock: f.clock, signal: f.signal }));
    }
    catch (e) {
        f.report.warn(`Could not gather the failure evidence: ${(0,errors/* messageOf */.bD)(e)}`);
    }
}
function timedOut(f, url) {
    const { outcome, api } = f;
    const id = outcome.executionId;
    const later = `await it later with command: await and execution-id: ${id}. ${url}`;
    const failing = outcome.failing;
    if (failing) {
        return new errors/* ActionError */.lZ(`timeout-minutes (${f.timeoutMinutes}) ran out while execution ${id} of pipeline ${api.pipelineName} could not be read (${failing.summary}): ${failing.text} It was left running, not stopped.`, {
            cause: failing.error,
            hint: `${failing.error.hint ? `${failing.error.hint} ` : ''}Then ${later}`,
            title: failing.error.title ?? 'CodePipeline timeout',
        });
    }
    return new errors/* ActionError */.lZ(`Execution ${id} of pipeline ${api.pipelineName} is still ${outcome.status} after timeout-minutes (${f.timeoutMinutes}); it was left running, not stopped.`, {
        hint: `Raise timeout-minutes, or ${later}`,
        title: 'CodePipeline timeout',
    });
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
/** Resolves with `p`, or with `fallback` after `ms` (the clock's sleep, cut short when `p` settles first). */
async function within(p, ms, fallback, clock) {
    const timer = new AbortController();
    try {
        return await Promise.race([p, clock.sleep(ms, timer.signal).then(() => fallback)]);
    }
    finally {
        timer.abort();
    }
}
async function cancelled(f, url) {
    const id = f.outcome.executionId;
    f.outputs.set('execution-status', f.stopping ? 'Stopping' : 'InProgress');
    const said = f.stopping ? await within(f.stopping, 3000, `Stop requested for execution ${id}; no answer yet.`, f.clock) : `stop-on-cancel is false: execution ${id} keeps running.`;
    f.report.info(said);
    if (f.deployment)
        await within(f.deployment.status('failure', url, f.stopping ? 'Job cancelled; pipeline stop requested' : 'Job cancelled'), 1500, undefined, f.clock);
    throw new errors/* ActionError */.lZ(`The job was cancelled while awaiting execution ${id}. ${said}`, { hint: url, title: 'cancelled' });
}

// EXTERNAL MODULE: ./src/codepipeline/looks.ts
var looks = __webpack_require__(7855);
// EXTERNAL MODULE: ./src/codepipeline/policy.ts
var policy = __webpack_require__(3093);
// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/codepipeline/progress.ts

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
            const changed = (0,time/* msOf */.Q)(ex?.lastStatusChange);
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
    const oldStart = ((0,time/* msOf */.Q)(old.startTime) ?? 0);
    const waitingStage = waitingStageOf(state, seen);
    const reached = new Map();
    const ended = list.filter((s) => (s.status === 'Failed' || s.status === 'Stopped' || s.status === 'Cancelled') && ((0,time/* msOf */.Q)(s.startTime) ?? 0) > oldStart);
    for (const s of ended.slice(-MAX_INSPECT)) {
        const actions = await api.listActionExecutions(s.pipelineExecutionId, signal, 2);
        reached.set(s.pipelineExecutionId ?? '', [...new Set(actions.map((a) => a.stageName ?? ''))]);
    }
    const next = (0,find/* replacementOf */.ml)(old, list, waitingStage, (x) => reached.get(x));
    if (!next?.pipelineExecutionId)
        return undefined;
    return { id: next.pipelineExecutionId, startMs: (0,time/* msOf */.Q)(next.startTime) };
}

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
;// CONCATENATED MODULE: ./src/codepipeline/wait.ts








/** Hard bound on looks, whatever the clock says. */
const MAX_LOOKS = 200_000;
/** Confirm with GetPipelineExecution at least this often (ms)... */
const CONFIRM_EVERY_MS = 300_000;
/** ...and this often while the state cannot tell (not visible, or no stage of it running). */
const CONFIRM_SOON_MS = 20_000;
class Waiter {
    p;
    clock;
    began;
    t;
    last;
    state;
    expectation;
    waitingForReplacement = false;
    followed = [];
    constructor(p) {
        this.p = p;
        this.clock = p.clock ?? clock/* realClock */.d;
        this.began = this.clock.now();
        this.t = this.track(p.executionId, p.execStartMs);
        // A known Superseded execution is confirmed (and followed) on the first look.
        if (p.known?.status === 'Superseded')
            this.t.lastConfirm = -Infinity;
    }
    async run() {
        const { p, clock } = this;
        for (let looks = 0; looks < MAX_LOOKS; looks++) {
            if (p.signal.aborted)
                return this.outcome('cancelled', looks);
            if (clock.now() >= p.deadline)
                return this.outcome('timeout', looks);
            let delay;
            try {
                const step = await this.look(looks);
                this.t.failures.succeeded();
                if ('end' in step)
                    return this.outcome('finished', looks + 1);
                if ('follow' in step)
                    continue;
                delay = (0,policy/* nextDelay */.r)({ elapsedMs: clock.now() - this.began, ...step.estimate });
            }
            catch (e) {
                if (p.signal.aborted)
                    return this.outcome('cancelled', looks);
                delay = this.t.failures.failed(e, p.signal);
            }
            await clock.sleep(Math.max(0, Math.min(delay, p.deadline - clock.now())), p.signal);
        }
        return this.outcome('timeout', MAX_LOOKS);
    }
    async look(n) {
        const { p, t, clock } = this;
        const state = await p.api.getState(p.signal);
        this.state = state;
        this.expectation ??= p.learn(state);
        this.noteProgress(state);
        if (n === 0 && p.known && t.id === p.executionId && this.endsWait(p.known.status)) {
            this.last = p.known;
            return { end: 'finished' };
        }
        const look = lookAt(state, t.id, t.seenBefore);
        t.seenBefore ||= look !== 'unseen';
        if (look === 'succeeded') {
            // The last stage of this execution succeeded: so did the execution. No need to ask.
            this.last = { pipelineExecutionId: t.id, status: 'Succeeded' };
            return { end: 'finished' };
        }
        const sinceConfirm = clock.now() - t.lastConfirm;
        if (look === 'confirm' || sinceConfirm >= (look === 'unseen' || look === 'between' ? CONFIRM_SOON_MS : CONFIRM_EVERY_MS)) {
            const step = await this.confirm(state);
            if (step)
                return step;
        }
        const expectation = (0,estimate/* withOwnProgress */.ui)(this.expectation, (0,model/* layoutOf */.aH)(state), t.stageTook);
        return { estimate: (0,estimate/* estimateRemaining */.Jy)(expectation, state, t.id, { now: clock.now(), execStartMs: t.execStart, stageSeenMs: t.stageSeen }) };
    }
    /** GetPipelineExecution: the end, a replacement to follow, or undefined to go on. */
    async confirm(state) {
        const { p, t } = this;
        this.last = await p.api.getExecution(t.id, p.signal);
        t.lastConfirm = this.clock.now();
        if (this.endsWait(this.last.status))
            return { end: 'finished' };
        if ((0,codepipeline_status/* verdictOf */.V)(this.last.status) !== 'superseded')
            return undefined;
        const next = await findReplacement(p.api, t.id, state, t.seen, p.signal);
        if (next) {
            this.followed.push({ from: t.id, to: next.id });
            p.hooks.note(`Execution ${t.id} was superseded by execution ${next.id}; awaiting that one instead (follow-superseded: true).`);
            this.t = this.track(next.id, next.startMs);
            this.last = undefined;
            this.waitingForReplacement = false;
            return { follow: true };
        }
        if (!this.waitingForReplacement)
            p.hooks.note(`Execution ${t.id} was superseded; waiting for the execution that replaced it to show up.`);
        this.waitingForReplacement = true;
        return undefined;
    }
    endsWait(status) {
        const verdict = (0,codepipeline_status/* verdictOf */.V)(status);
        return verdict === 'success' || verdict === 'failure' || (verdict === 'superseded' && !this.p.followSuperseded);
    }
    track(id, execStart) {
        const failures = new looks/* LoopFailures */.Q9({ what: `execution ${id}`, timeoutMs: this.p.timeoutMs, clock: this.clock, warn: this.p.hooks.warn, note: this.p.hooks.note });
        return { id, execStart, seen: {}, seenBefore: false, stageSeen: {}, stageTook: {}, lastConfirm: this.clock.now(), failures };
    }
    outcome(end, looks) {
        const failing = end === 'timeout' ? this.t.failures.ongoing() : undefined;
        const status = this.last?.status ?? 'InProgress';
        return { executionId: this.t.id, status, execution: this.last, end, followed: this.followed, looks, state: this.state, ...(failing ? { failing } : {}) };
    }
    noteProgress(state) {
        const t = this.t;
        const now = this.clock.now();
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
            this.p.hooks.transition(tr, t.id);
    }
}
async function waitForExecution(p) {
    return new Waiter(p).run();
}

;// CONCATENATED MODULE: ./src/codepipeline/run.ts







/** Stopping on cancel must fit the runner's grace period: two quick attempts. */
const STOP_ON_CANCEL_RETRY = { maxAttempts: 2, baseDelayMs: 300, maxDelayMs: 600, deadlineMs: 3000, attemptTimeoutMs: 2500 };
/**
 * One call before waiting: the pipeline's most recent action executions (one page), to learn
 * how long stages take and when the execution started. Best effort: without them the wait only
 * has no estimate, so a failure is a warning.
 */
async function preparePipeline(api, o) {
    try {
        return await (0,once/* once */.Oo)('ListActionExecutions', () => api.listActionExecutions(undefined, o.signal, 1), { clock: o.clock, signal: o.signal, log: o.info });
    }
    catch (e) {
        // Cancelled meanwhile: the wait that follows stops the execution at once.
        if (!o.signal?.aborted)
            o.warn(`Could not read the pipeline's recent action executions, so the wait polls without an estimate of the remaining time: ${(0,errors/* messageOf */.bD)(e)}`);
        return [];
    }
}
/** Awaits the execution (following superseding ones), then sets outputs, reports, and throws unless it succeeded. */
async function awaitAndReport(o) {
    const { api, clock } = o;
    const began = clock.now();
    let current = o.executionId;
    let stopping;
    const onCancel = () => {
        if (o.stopReason !== undefined)
            stopping = stopOnCancel(o, current, o.stopReason);
    };
    o.signal.addEventListener('abort', onCancel, { once: true });
    if (o.signal.aborted)
        onCancel();
    const log = o.report.progress(`Awaiting CodePipeline ${api.pipelineName} execution ${o.executionId}`);
    try {
        const outcome = await waitForExecution({
            api,
            executionId: o.executionId,
            known: o.known,
            execStartMs: (0,estimate/* startOf */.GH)(o.recent, o.executionId),
            deadline: o.deadline,
            timeoutMs: o.timeoutMinutes * 60_000,
            signal: o.signal,
            followSuperseded: o.followSuperseded,
            learn: (state) => (0,estimate/* learnExpectation */.rL)(o.recent, (0,model/* layoutOf */.aH)(state).map((l) => l.stage), o.executionId),
            clock,
            hooks: { transition: (t) => log.transition(t), note: (m) => log.note(m), warn: (m) => log.warn(m) },
        }).catch(async (e) => {
            const url = (0,codepipeline_url/* executionUrl */.M)(api.region, api.pipelineName, current);
            await o.deployment?.status('error', url, `Could not follow CodePipeline ${api.pipelineName}: ${(0,errors/* messageOf */.bD)(e)}`);
            throw e;
        });
        current = outcome.executionId;
        log.close();
        if (outcome.executionId !== o.executionId) {
            o.outputs.set('execution-id', outcome.executionId);
            o.outputs.set('execution-url', (0,codepipeline_url/* executionUrl */.M)(api.region, api.pipelineName, outcome.executionId));
        }
        await finishExecution({ api, outcome, layout: (0,model/* layoutOf */.aH)(outcome.state), deployment: o.deployment, stopping, waitedMs: clock.now() - began, timeoutMinutes: o.timeoutMinutes, clock, signal: o.signal, outputs: o.outputs, report: o.report });
    }
    finally {
        o.signal.removeEventListener('abort', onCancel);
        log.close();
    }
}
function stopOnCancel(o, id, reason) {
    return (0,once/* once */.Oo)('StopPipelineExecution', () => o.api.stop(id, false, reason), { clock: o.clock, policy: STOP_ON_CANCEL_RETRY, log: o.report.info }).then(() => `Stop requested for execution ${id} (${reason}).`, (e) => `Could not stop execution ${id}: ${(0,errors/* messageOf */.bD)(e)}`);
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

/***/ 3000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ MAX_LOG_LINES),
/* harmony export */   OV: () => (/* binding */ SUMMARY_LOG_LINES),
/* harmony export */   of: () => (/* binding */ MAX_STACK_FAILURES)
/* harmony export */ });
/**
 * What the action found out about a failed action, besides CodePipeline's own errorDetails: the
 * end of a CodeBuild build's log, the failed events of a CloudFormation deployment, or one note
 * saying why there is nothing to show (access denied, no log in CloudWatch Logs, out of time).
 */
/** The most log lines shown for one build. */
const MAX_LOG_LINES = 100;
/** The most log lines the job summary shows (the log group has them all). */
const SUMMARY_LOG_LINES = 30;
/** The most stack failures listed for one stack. */
const MAX_STACK_FAILURES = 25;


/***/ }),

/***/ 3877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   al: () => (/* binding */ reportEvidence),
/* harmony export */   kG: () => (/* binding */ echoVerbatim)
/* harmony export */ });
/* unused harmony exports logEvidence, evidenceSummary */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _evidence_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3000);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7663);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7994);
/**
 * Failure evidence in the job: each build log and stack's failed events in a log group, one note
 * per action that has none, and a job summary section. The log lines are another program's text:
 * they are echoed between ::stop-commands::<random token> and ::<token>::, so that no line of
 * them can act as a workflow command (set an output, add a mask, fail the step).
 */






/** Prints `lines` as text only: workflow commands are off between the two markers. */
function echoVerbatim(lines) {
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString('hex');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`::stop-commands::${token}`);
    for (const line of lines)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(line));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`::${token}::`);
}
function where(e) {
    return `${e.stage}.${e.action}`;
}
function stackLines(e) {
    return e.failures.map((f, i) => `${i === 0 ? 'First failure' : 'Then'}: ${f.resource} (${f.type}) ${f.status} at ${f.at}: ${f.reason || 'no reason given'}`);
}
/** The evidence in the log: a group per build log or stack, a warning per note. */
function logEvidence(items) {
    for (const e of items) {
        if (e.kind === 'note') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${where(e)}: ${e.text}`, { title: 'failure evidence' });
            continue;
        }
        const title = e.kind === 'build-log' ? `Build log of ${where(e)}: last ${e.lines.length} lines of build ${e.buildId}` : `Stack ${e.stack} of ${where(e)}: ${e.failures.length} failed event${e.failures.length === 1 ? '' : 's'}, first failure first`;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(title);
        echoVerbatim(e.kind === 'build-log' ? (e.lines.length > 0 ? e.lines : ['(the log stream is empty)']) : stackLines(e));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        if (e.kind === 'stack-events')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${where(e)}: stack ${e.stack} first failed at ${e.failures[0]?.resource}: ${e.failures[0]?.status}: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(e.failures[0]?.reason ?? '')}`);
    }
}
function buildSection(doc, e) {
    const shown = e.lines.slice(-_evidence_model_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_LOG_LINES */ .OV);
    const more = e.lines.length > shown.length ? ` (last ${shown.length} of the ${e.lines.length} lines in the job log)` : '';
    doc.paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<b>${where(e)}</b> — build ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(e.buildId)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(e.deepLink, `${e.group} ${e.stream}`)}${more}`);
    doc.codeBlock(shown.length > 0 ? shown.join('\n') : '(the log stream is empty)', 'text');
}
function stackSection(doc, e) {
    doc.paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<b>${where(e)}</b> — stack ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(e.stack)}, failed events of this deployment, first failure first`);
    doc.table(['Resource', 'Type', 'Status', 'Reason', 'Time'], e.failures.map((f) => [f.resource, f.type, f.status, f.reason, f.at]));
}
function evidenceSummary(items) {
    const doc = new _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .SummaryDoc */ .VH();
    if (items.length === 0)
        return doc;
    doc.heading('Why it failed', 4);
    for (const e of items) {
        if (e.kind === 'build-log')
            buildSection(doc, e);
        else if (e.kind === 'stack-events')
            stackSection(doc, e);
        else
            doc.paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<b>${where(e)}</b> — ${e.text}`);
    }
    return doc;
}
/** Log and job summary; never throws (a summary that cannot be written is a warning of its own). */
async function reportEvidence(items, env) {
    logEvidence(items);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .S)(env, evidenceSummary(items));
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

export const id = 941;
export const ids = [941];
export const modules = {

/***/ 7574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   PE: () => (/* binding */ failedActions),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aH: () => (/* binding */ layoutOf)
/* harmony export */ });
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7249);
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);


/** Stages and their actions in pipeline order, as GetPipelineState lists them. */
function layoutOf(state) {
    return (state?.stageStates ?? []).map((s) => ({ stage: s.stageName ?? '', actions: (s.actionStates ?? []).map((a) => a.actionName ?? '') }));
}
function actionReport(stage, name, a) {
    if (!a)
        return { stage, action: name, status: 'NotRun' };
    const start = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.startTime);
    const end = (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.lastUpdateTime);
    const result = a.output?.executionResult;
    const error = result?.errorDetails;
    return {
        stage,
        action: name,
        status: a.status ?? 'Unknown',
        ...(a.input?.actionTypeId?.provider ? { provider: a.input.actionTypeId.provider } : {}),
        ...(start !== undefined && end !== undefined ? { durationMs: Math.max(0, end - start) } : {}),
        ...(result?.externalExecutionUrl ? { url: result.externalExecutionUrl } : {}),
        ...(result?.externalExecutionSummary ? { summary: result.externalExecutionSummary } : {}),
        ...(error ? { error: { code: error.code, message: error.message } } : {}),
    };
}
function stageStatus(actions) {
    const has = (s) => actions.some((a) => a.status === s);
    if (has('Failed'))
        return 'Failed';
    if (has('InProgress'))
        return 'InProgress';
    if (has('Abandoned'))
        return 'Stopped';
    if (actions.every((a) => a.status === 'NotRun'))
        return 'NotRun';
    return has('NotRun') ? 'InProgress' : 'Succeeded';
}
function buildReport(head, layout, details) {
    const latest = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_1__/* .latestPerAction */ .bc)(details);
    const byKey = new Map(latest.map((a) => [`${a.stageName}/${a.actionName}`, a]));
    const full = layout.map((l) => ({ stage: l.stage, actions: [...l.actions] }));
    for (const a of latest) {
        // Actions the layout does not know (pipeline changed since): append them.
        let s = full.find((l) => l.stage === a.stageName);
        if (!s)
            full.push((s = { stage: a.stageName ?? '', actions: [] }));
        if (!s.actions.includes(a.actionName ?? ''))
            s.actions.push(a.actionName ?? '');
    }
    const stages = full.map((l) => {
        const actions = l.actions.map((name) => actionReport(l.stage, name, byKey.get(`${l.stage}/${name}`)));
        const runs = l.actions.map((n) => byKey.get(`${l.stage}/${n}`)).filter((a) => a !== undefined);
        const starts = runs.map((a) => (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.startTime)).filter((x) => x !== undefined);
        const ends = runs.map((a) => (0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.lastUpdateTime)).filter((x) => x !== undefined);
        const durationMs = starts.length && ends.length ? Math.max(...ends) - Math.min(...starts) : undefined;
        return { name: l.stage, status: stageStatus(actions), ...(durationMs !== undefined ? { durationMs } : {}), actions };
    });
    return { ...head, stages };
}
/** Actions that failed, in pipeline order. */
function failedActions(report) {
    return report.stages.flatMap((s) => s.actions.filter((a) => a.status === 'Failed'));
}
function formatDuration(ms) {
    if (ms === undefined)
        return '';
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P1: () => (/* binding */ outputVariables),
/* harmony export */   WZ: () => (/* binding */ stackOutputsOf),
/* harmony export */   bc: () => (/* binding */ latestPerAction)
/* harmony export */ });
/* unused harmony export isCloudFormationDeploy */
/* harmony import */ var _util_time_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6043);

const started = (a) => (((0,_util_time_js__WEBPACK_IMPORTED_MODULE_0__/* .msOf */ .Q)(a.startTime) ?? 0));
/** The latest execution of each stage/action (a retried stage runs an action again). */
function latestPerAction(actions) {
    const latest = new Map();
    for (const a of actions) {
        const key = `${a.stageName}/${a.actionName}`;
        const prev = latest.get(key);
        if (!prev || started(a) >= started(prev))
            latest.set(key, a);
    }
    return [...latest.values()];
}
/** {"<namespace or Stage.Action>": {"<name>": "<value>"}} for actions that produced variables. */
function outputVariables(actions) {
    const out = {};
    for (const a of latestPerAction(actions)) {
        const vars = a.output?.outputVariables;
        if (!vars || Object.keys(vars).length === 0)
            continue;
        const key = a.input?.namespace || `${a.stageName}.${a.actionName}`;
        out[key] = { ...(out[key] ?? {}), ...vars };
    }
    return out;
}
function isCloudFormationDeploy(a) {
    const t = a.input?.actionTypeId;
    return t?.category === 'Deploy' && t.provider === 'CloudFormation';
}
/**
 * Stack outputs of the CloudFormation deploy actions that succeeded, keyed by StackName: their
 * output variables are the stack's outputs.
 */
function stackOutputsOf(actions) {
    const out = {};
    for (const a of latestPerAction(actions)) {
        if (!isCloudFormationDeploy(a) || a.status !== 'Succeeded')
            continue;
        const config = { ...(a.input?.configuration ?? {}), ...(a.input?.resolvedConfiguration ?? {}) };
        const stack = config.StackName;
        const vars = a.output?.outputVariables;
        if (!stack || !vars)
            continue;
        out[stack] = { ...(out[stack] ?? {}), ...vars };
    }
    return out;
}


/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ eventCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/events/codepipeline-event.ts
/**
 * A CodePipeline EventBridge event delivered as a GitHub repository_dispatch: its client_payload
 * is the EventBridge event as AWS documents it (source "aws.codepipeline", detail-type one of the
 * three execution state changes, detail with pipeline, execution-id, state, and stage / action).
 * Pure: parses and checks the payload, and matches it against the step's filters.
 */

const DETAIL_TYPES = {
    'CodePipeline Pipeline Execution State Change': 'pipeline',
    'CodePipeline Stage Execution State Change': 'stage',
    'CodePipeline Action Execution State Change': 'action',
};
/** Every state CodePipeline puts in these events (pipeline, stage and action levels). */
const EVENT_STATES = (/* unused pure expression or super */ null && (['STARTED', 'SUCCEEDED', 'RESUMED', 'FAILED', 'CANCELED', 'SUPERSEDED', 'STOPPING', 'STOPPED', 'ABANDONED']));
const EXPECTED = 'a repository_dispatch whose client_payload is a CodePipeline EventBridge event ({"source": "aws.codepipeline", "detail-type": "CodePipeline … Execution State Change", "detail": {"pipeline", "execution-id", "state", …}}), as cloudformation/codepipeline-events-to-github.yaml sends it';
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
function refuse(problem) {
    return new errors/* ActionError */.lZ(`The triggering event is not a CodePipeline event: ${problem}.`, { hint: `command: event expects ${EXPECTED}.`, title: 'event' });
}
function codepipeline_event_text(detail, key, required) {
    const v = detail[key];
    if (typeof v === 'string' && v !== '')
        return v;
    if (required)
        throw refuse(v === undefined ? `its detail has no '${key}'` : `its detail's '${key}' is ${JSON.stringify(v)?.slice(0, 60)}, not a non-empty string`);
    return undefined;
}
/** The CodePipeline event inside the dispatch payload (the webhook body GitHub writes to GITHUB_EVENT_PATH). */
function parseDispatch(eventName, payload) {
    if (eventName !== 'repository_dispatch') {
        throw new errors/* ActionError */.lZ(`command: event reads a repository_dispatch event, but this job was triggered by '${eventName || 'nothing (GITHUB_EVENT_NAME is not set)'}'.`, {
            hint: 'Run it in a workflow that has on: repository_dispatch (types: [codepipeline], or the EventType of the CloudFormation template).',
            title: 'event',
        });
    }
    const body = isObject(payload) ? payload.client_payload : undefined;
    if (!isObject(body))
        throw refuse(isObject(payload) && 'client_payload' in payload ? 'its client_payload is not a JSON object' : 'the dispatch has no client_payload');
    if (body.source !== 'aws.codepipeline')
        throw refuse(`its source is ${JSON.stringify(body.source ?? null)?.slice(0, 60)}, not "aws.codepipeline"`);
    const detailType = body['detail-type'];
    const type = typeof detailType === 'string' ? DETAIL_TYPES[detailType] : undefined;
    if (!type)
        throw refuse(`its detail-type is ${JSON.stringify(detailType ?? null)?.slice(0, 80)}, not one of ${Object.keys(DETAIL_TYPES).map((t) => `"${t}"`).join(', ')}`);
    const detail = body.detail;
    if (!isObject(detail))
        throw refuse('it has no detail object');
    const event = {
        type,
        pipeline: codepipeline_event_text(detail, 'pipeline', true),
        executionId: codepipeline_event_text(detail, 'execution-id', true),
        state: codepipeline_event_text(detail, 'state', true),
    };
    if (type !== 'pipeline')
        event.stage = codepipeline_event_text(detail, 'stage', true);
    if (type === 'action')
        event.action = codepipeline_event_text(detail, 'action', true);
    const region = typeof body.region === 'string' ? body.region : codepipeline_event_text(detail, 'region', false);
    if (region)
        event.region = region;
    if (typeof body.time === 'string')
        event.time = body.time;
    return event;
}
/** Why the event does not match the filter, or undefined when it does. */
function mismatch(e, f) {
    if (f.pipelineName !== '' && e.pipeline !== f.pipelineName)
        return `it is about pipeline ${e.pipeline}, not ${f.pipelineName}`;
    if (f.stageName !== '' && e.stage !== f.stageName)
        return e.stage === undefined ? `it is a pipeline event and stage-name is ${f.stageName}` : `it is about stage ${e.stage}, not ${f.stageName}`;
    if (f.actionName !== '' && e.action !== f.actionName)
        return e.action === undefined ? `it is a ${e.type} event and action-name is ${f.actionName}` : `it is about action ${e.action}, not ${f.actionName}`;
    if (f.states.length > 0 && !f.states.includes(e.state.toUpperCase()))
        return `its state is ${e.state}, not ${f.states.join(' or ')}`;
    return undefined;
}
/** `pipeline shop execution 1234… SUCCEEDED`, `stage Deploy of pipeline shop …`. */
function describeEvent(e) {
    const where = e.type === 'pipeline' ? `pipeline ${e.pipeline}` : e.type === 'stage' ? `stage ${e.stage} of pipeline ${e.pipeline}` : `action ${e.stage}.${e.action} of pipeline ${e.pipeline}`;
    return `${where}, execution ${e.executionId}: ${e.state}${e.time ? ` at ${e.time}` : ''}`;
}

// EXTERNAL MODULE: ./src/report/pipeline-log.ts
var pipeline_log = __webpack_require__(705);
;// CONCATENATED MODULE: ./src/commands/event.ts
/**
 * event: reads the triggering repository_dispatch (GITHUB_EVENT_PATH) whose payload is a
 * CodePipeline EventBridge event, matches it against pipeline-name, stage-name, action-name and
 * states, and sets matched, event-type, execution-id, execution-status, stage-name, action-name.
 * No AWS call, no credentials.
 */




/** A dispatch payload is at most 64 KiB at GitHub; anything far larger is not one. */
const MAX_EVENT_BYTES = 1024 * 1024;
async function readEvent(file) {
    if (file === '')
        throw new errors/* ActionError */.lZ('GITHUB_EVENT_PATH is not set, so there is no triggering event to read.', { hint: 'command: event runs in a GitHub Actions job started by repository_dispatch.', title: 'event' });
    try {
        const st = await (0,promises_.stat)(file);
        if (!st.isFile() || st.size > MAX_EVENT_BYTES)
            throw new Error(st.isFile() ? `it is ${st.size} bytes, more than a dispatch payload can be` : 'it is not a regular file');
        return JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (e) {
        throw new errors/* ActionError */.lZ(`Could not read the triggering event from GITHUB_EVENT_PATH (${file}): ${(0,errors/* messageOf */.bD)(e)}`, { hint: 'The runner writes the event there; check that no earlier step replaced the file.', title: 'event', cause: e });
    }
}
async function eventCommand(ctx) {
    const s = ctx.settings;
    const event = parseDispatch(s.run.eventName, await readEvent(ctx.env.GITHUB_EVENT_PATH ?? ''));
    const why = mismatch(event, { pipelineName: s.pipelineName, stageName: s.stageName, actionName: s.actionName, states: s.states });
    ctx.setOutput('matched', why === undefined ? 'true' : 'false');
    ctx.setOutput('event-type', event.type);
    ctx.setOutput('execution-id', event.executionId);
    ctx.setOutput('execution-status', event.state);
    ctx.setOutput('stage-name', event.stage ?? '');
    ctx.setOutput('action-name', event.action ?? '');
    (0,pipeline_log/* info */.pq)(`CodePipeline event: ${describeEvent(event)}.`);
    (0,pipeline_log/* info */.pq)(why === undefined ? 'It matches: matched=true.' : `It does not match (${why}): matched=false.`);
}


/***/ }),

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ logResult),
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   qw: () => (/* binding */ ProgressLog)
/* harmony export */ });
/* unused harmony exports transitionLine, resultLines */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _codepipeline_model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7574);
/** Log lines of a CodePipeline wait: one line per stage/action transition, inside a group. */


function transitionLine(t) {
    if (t.action === undefined)
        return `[${t.stage}] stage ${t.status}`;
    const parts = [`[${t.stage}] ${t.action}: ${t.status}`];
    if (t.error)
        parts.push(`${t.error.code ?? 'Error'}: ${t.error.message ?? ''}`.trim());
    if (t.summary)
        parts.push(t.summary);
    if (t.url)
        parts.push(t.url);
    return parts.join(' | ');
}
class ProgressLog {
    open = false;
    title;
    constructor(title) {
        this.title = title;
    }
    transition(t) {
        this.ensureOpen();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(transitionLine(t));
    }
    note(message) {
        this.ensureOpen();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
    }
    warn(message) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    }
    close() {
        if (this.open)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        this.open = false;
    }
    ensureOpen() {
        if (!this.open)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(this.title);
        this.open = true;
    }
}
function info(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message);
}
function notice(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(message);
}
function warn(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
}
/** Lines describing how the execution ended: the result and every failed action with its details. */
function resultLines(report) {
    const lines = [`Execution ${report.executionId} of ${report.pipelineName}: ${report.status}${report.statusSummary ? ` (${report.statusSummary})` : ''}`, `  ${report.url}`];
    for (const a of (0,_codepipeline_model_js__WEBPACK_IMPORTED_MODULE_1__/* .failedActions */ .PE)(report)) {
        lines.push(`  Failed: stage ${a.stage}, action ${a.action}${a.provider ? ` (${a.provider})` : ''} after ${(0,_codepipeline_model_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(a.durationMs) || '?'}`);
        if (a.error)
            lines.push(`    ${a.error.code ?? 'Error'}: ${a.error.message ?? ''}`);
        if (a.summary)
            lines.push(`    ${a.summary}`);
        if (a.url)
            lines.push(`    ${a.url}`);
    }
    return lines;
}
function logResult(report) {
    for (const line of resultLines(report))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line);
}


/***/ }),

/***/ 6043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ msOf)
/* harmony export */ });
/** Time values as the AWS SDK and Kubernetes hand them out, as epoch milliseconds. */
/**
 * Epoch milliseconds of a Date, an ISO-8601 string or a number of milliseconds; undefined for
 * undefined or a value that is not a time (an invalid Date, an unparsable string).
 */
function msOf(value) {
    if (value === undefined)
        return undefined;
    const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
    return Number.isFinite(ms) ? ms : undefined;
}


/***/ })

};

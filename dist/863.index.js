export const id = 863;
export const ids = [863];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ awsClientConfig)
/* harmony export */ });
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1279);
/* harmony import */ var _proxy_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1373);
/**
 * Configuration shared by every AWS SDK client: region, credentials, timeouts, retries, proxy.
 * Endpoints come from the SDK itself (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>); the
 * proxy from HTTPS_PROXY / HTTP_PROXY / NO_PROXY through Node's built-in support.
 */


function awsClientConfig(session, tuning = {}) {
    const { httpAgent, httpsAgent } = (0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__/* .proxyAgents */ .H)(session.env ?? process.env);
    return {
        region: session.region,
        ...(session.credentials ? { credentials: session.credentials } : {}),
        maxAttempts: tuning.maxAttempts ?? 4,
        requestHandler: new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_1__.NodeHttpHandler({
            connectionTimeout: tuning.connectionTimeoutMs ?? 5000,
            requestTimeout: tuning.requestTimeoutMs ?? 15000,
            httpAgent,
            httpsAgent,
        }),
    };
}


/***/ }),

/***/ 1373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ proxyAgents),
/* harmony export */   d: () => (/* binding */ proxyEnvOf)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/**
 * HTTP(S) agents that honour the runner's HTTPS_PROXY / HTTP_PROXY / NO_PROXY through Node's
 * built-in proxy support (the `proxyEnv` agent option), so no proxy library is bundled.
 */


const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
let cached;
/** The proxy-related variables only (what Node's proxy support reads). */
function proxyEnvOf(env) {
    const out = {};
    for (const name of PROXY_VARS) {
        const v = env[name];
        if (v !== undefined && v !== '')
            out[name] = v;
    }
    return out;
}
/** Keep-alive agents shared by every client in the process (one pair per proxy setting). */
function proxyAgents(env = process.env) {
    const proxyEnv = proxyEnvOf(env);
    const key = JSON.stringify(proxyEnv);
    if (cached?.key !== key) {
        const common = { keepAlive: true, maxSockets: 50, proxyEnv };
        cached = { key, agents: { httpAgent: new (node_http__WEBPACK_IMPORTED_MODULE_0___default().Agent)(common), httpsAgent: new (node_https__WEBPACK_IMPORTED_MODULE_1___default().Agent)(common) } };
    }
    return cached.agents;
}


/***/ }),

/***/ 9373:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ realClock),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
const realClock = { now: () => Date.now(), random: () => Math.random(), sleep };


/***/ }),

/***/ 3359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ openPipelineApi)
/* harmony export */ });
/* unused harmony export MAX_PAGES */
/* harmony import */ var _aws_clients_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(201);
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
    };
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E2: () => (/* binding */ isThrottling),
/* harmony export */   ZH: () => (/* binding */ awsErrorName),
/* harmony export */   ie: () => (/* binding */ toActionError)
/* harmony export */ });
/* unused harmony exports isTransient, isAbort */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/** Turns an AWS SDK error from a CodePipeline call into an ActionError that says what to do. */

const THROTTLING = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException', 'RequestLimitExceeded', 'LimitExceededException']);
const NETWORK = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'TimeoutError', 'RequestTimeout', 'NetworkingError']);
/** True for errors a later attempt of the same call may not see: throttling, 5xx, network. */
function isTransient(e) {
    const err = (e ?? {});
    const status = err.$metadata?.httpStatusCode;
    if (THROTTLING.has(err.name ?? ''))
        return true;
    if (status !== undefined && status >= 500)
        return true;
    if (err.$fault === 'server')
        return true;
    return NETWORK.has(err.name ?? '') || NETWORK.has(err.code ?? '') || (status === undefined && /socket hang up|ECONNRESET|timed? ?out|EPIPE/i.test(err.message ?? ''));
}
function isThrottling(e) {
    const err = (e ?? {});
    return THROTTLING.has(err.name ?? '') || (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && err.title === 'throttled');
}
function isAbort(e) {
    const err = (e ?? {});
    return err.name === 'AbortError';
}
/** The error's AWS name (e.g. PipelineExecutionNotStoppableException), when it has one. */
function awsErrorName(e) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && e.cause)
        return awsErrorName(e.cause);
    return (e ?? {}).name ?? '';
}
function toActionError(e, operation, where) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ)
        return e;
    const err = (e ?? {});
    const name = err.name ?? 'Error';
    const detail = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .messageOf */ .bD)(e);
    const p = `'${where.pipelineName}' in ${where.region}`;
    const base = { cause: e, retryable: isTransient(e) };
    switch (name) {
        case 'PipelineNotFoundException':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation}: there is no pipeline ${p} for these credentials.`, {
                ...base,
                hint: 'Check pipeline-name, aws-region and that the credentials belong to the pipeline\'s AWS account.',
            });
        case 'PipelineExecutionNotFoundException':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation}: ${detail}`, { ...base, hint: `Check execution-id: it must be an execution of pipeline ${p}.` });
        case 'AccessDeniedException':
        case 'UnauthorizedOperation':
        case 'AccessDenied':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation} on pipeline ${p} was denied: ${detail}`, {
                ...base,
                hint: `Allow codepipeline:${operation} on arn:aws:codepipeline:${where.region}:<account>:${where.pipelineName} in the role's policy (docs/codepipeline.md lists the minimal policy per command).`,
            });
        case 'CredentialsProviderError':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation}: no AWS credentials were found (${detail}).`, {
                ...base,
                hint: 'role-to-assume is empty, so the ambient credentials are used (environment, shared config, web identity file, container or instance role) and there are none. Set role-to-assume (the job needs permissions: id-token: write), or run a credentials step before this one.',
            });
        case 'ExpiredTokenException':
        case 'UnrecognizedClientException':
        case 'InvalidSignatureException':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation}: AWS credentials were not accepted (${name}: ${detail}).`, {
                ...base,
                hint: 'Set role-to-assume (with permissions: id-token: write) or provide credentials in the environment of this step.',
            });
        case 'ValidationException':
        case 'InvalidArgumentException':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation} rejected the request for pipeline ${p}: ${detail}`, {
                ...base,
                hint: 'Check variables (declared pipeline variables of a V2 pipeline) and source-revisions (the name of a source action and a TYPE it supports).',
            });
        case 'ConflictException':
        case 'ConcurrentPipelineExecutionsLimitExceededException':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation} for pipeline ${p} conflicts with another request: ${detail}`, { ...base, retryable: true, hint: 'Retry the step once the other request has finished.' });
        case 'ApprovalAlreadyCompletedException':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation}: ${detail}`, { ...base, hint: 'Someone (or the approval timeout) already answered this approval request.' });
        case 'InvalidApprovalTokenException':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation}: ${detail}`, { ...base, hint: 'The approval request was replaced (the stage was retried?); run approve again to answer the current one.' });
        case 'PipelineExecutionNotStoppableException':
        case 'DuplicatedStopRequestException':
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation}: ${detail}`, { ...base, hint: 'The execution is not running or already stopping.' });
        default:
            if (THROTTLING.has(name)) {
                return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation} was throttled after the SDK's retries (${detail}).`, { ...base, title: 'throttled', hint: 'Other clients share the account\'s CodePipeline API rate; retry later.' });
            }
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`CodePipeline ${operation} for pipeline ${p} failed: ${name}: ${detail}`, {
                ...base,
                hint: base.retryable ? 'A network or service problem: re-run the job; the action already retried this call.' : 'See the AWS message above.',
            });
    }
}


/***/ }),

/***/ 7628:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ executionOfCommit),
/* harmony export */   kp: () => (/* binding */ latestExecution),
/* harmony export */   ml: () => (/* binding */ replacementOf)
/* harmony export */ });
/* unused harmony export newestFirst */
const start = (s) => (s.startTime ? new Date(s.startTime).getTime() : 0);
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

/***/ 7574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ buildReport),
/* harmony export */   PE: () => (/* binding */ failedActions),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aH: () => (/* binding */ layoutOf)
/* harmony export */ });
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7249);

/** Stages and their actions in pipeline order, as GetPipelineState lists them. */
function layoutOf(state) {
    return (state?.stageStates ?? []).map((s) => ({ stage: s.stageName ?? '', actions: (s.actionStates ?? []).map((a) => a.actionName ?? '') }));
}
const t = (d) => (d === undefined ? undefined : new Date(d).getTime());
function actionReport(stage, name, a) {
    if (!a)
        return { stage, action: name, status: 'NotRun' };
    const start = t(a.startTime);
    const end = t(a.lastUpdateTime);
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
    const latest = (0,_outputs_js__WEBPACK_IMPORTED_MODULE_0__/* .latestPerAction */ .bc)(details);
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
        const starts = runs.map((a) => t(a.startTime)).filter((x) => x !== undefined);
        const ends = runs.map((a) => t(a.lastUpdateTime)).filter((x) => x !== undefined);
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
const started = (a) => (a.startTime ? new Date(a.startTime).getTime() : 0);
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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
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


/***/ })

};

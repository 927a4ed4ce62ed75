export const id = 506;
export const ids = [506];
export const modules = {

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
/* harmony export */   d: () => (/* binding */ realClock)
/* harmony export */ });
/* unused harmony export sleep */
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

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZH: () => (/* binding */ awsErrorName),
/* harmony export */   ie: () => (/* binding */ toActionError)
/* harmony export */ });
/* unused harmony exports isTransient, isThrottling, isAbort */
/* harmony import */ var _aws_describe_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6831);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _retry_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7565);
/**
 * Turns an AWS SDK error from a CodePipeline call into an ActionError that says what to do.
 * Every message names the operation, the HTTP status and the AWS error code (../aws/describe-error.ts).
 */



/** True for errors a later attempt of the same call may not see: throttling, 5xx, network (the shared classifier). */
function isTransient(e) {
    const c = (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .classifyError */ .fe)(e);
    return c === 'throttling' || c === 'transient';
}
function isThrottling(e) {
    return classifyError(e) === 'throttling' || (e instanceof ActionError && e.title === 'throttled');
}
function isAbort(e) {
    const err = (e ?? {});
    return err.name === 'AbortError';
}
/** The error's AWS name (e.g. PipelineExecutionNotStoppableException), when it has one. */
function awsErrorName(e) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ && e.cause)
        return awsErrorName(e.cause);
    return (e ?? {}).name ?? '';
}
function toActionError(e, operation, where) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ)
        return e;
    const f = (0,_aws_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)(e, 'CodePipeline', operation);
    const answer = (0,_aws_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .answerText */ .yy)(f);
    const p = `'${where.pipelineName}' in ${where.region}`;
    const base = { cause: (0,_aws_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .awsCause */ .hG)(e, f), retryable: isTransient(e) };
    const make = (message, hint, extra = {}) => new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(message, { ...base, ...extra, hint });
    switch (f.code ?? '') {
        case 'PipelineNotFoundException':
            return make(`CodePipeline ${operation}: there is no pipeline ${p} for these credentials (${answer}).`, 'Check pipeline-name, aws-region and that the credentials belong to the pipeline\'s AWS account.');
        case 'PipelineExecutionNotFoundException':
            return make((0,_aws_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .failureLine */ .Pu)(f), `Check execution-id: it must be an execution of pipeline ${p}.`);
        case 'AccessDeniedException':
        case 'UnauthorizedOperation':
        case 'AccessDenied':
            return make(`CodePipeline ${operation} on pipeline ${p} was denied (${answer}).`, `Allow codepipeline:${operation} on arn:aws:codepipeline:${where.region}:<account>:${where.pipelineName} in the role's policy (docs/codepipeline.md lists the minimal policy per command).`);
        case 'CredentialsProviderError':
            return make(`CodePipeline ${operation}: no AWS credentials were found (${f.message}).`, 'role-to-assume is empty, so the ambient credentials are used (environment, shared config, web identity file, container or instance role) and there are none. Set role-to-assume (the job needs permissions: id-token: write), or run a credentials step before this one.');
        case 'ExpiredTokenException':
        case 'UnrecognizedClientException':
        case 'InvalidSignatureException':
        case 'IncompleteSignatureException':
        case 'MissingAuthenticationTokenException':
            return make(`CodePipeline ${operation}: AWS credentials were not accepted (${answer}).`, rejectedHint(f.code ?? ''));
        case 'ValidationException':
        case 'InvalidArgumentException':
            return make(`CodePipeline ${operation} rejected the request for pipeline ${p} (${answer}).`, 'Check variables (declared pipeline variables of a V2 pipeline) and source-revisions (the name of a source action and a TYPE it supports).');
        case 'ConflictException':
        case 'ConcurrentPipelineExecutionsLimitExceededException':
            return make(`CodePipeline ${operation} for pipeline ${p} conflicts with another request (${answer}).`, 'Retry the step once the other request has finished.', { retryable: true });
        case 'ApprovalAlreadyCompletedException':
            return make((0,_aws_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .failureLine */ .Pu)(f), 'Someone (or the approval timeout) already answered this approval request.');
        case 'InvalidApprovalTokenException':
            return make((0,_aws_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .failureLine */ .Pu)(f), 'The approval request was replaced (the stage was retried?); run approve again to answer the current one.');
        case 'PipelineExecutionNotStoppableException':
        case 'DuplicatedStopRequestException':
            return make((0,_aws_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .failureLine */ .Pu)(f), 'The execution is not running or already stopping.');
        default:
            if (_retry_index_js__WEBPACK_IMPORTED_MODULE_2__/* .AWS_THROTTLING_CODES */ .di.has(f.code ?? '')) {
                return make(`CodePipeline ${operation} was throttled (${answer}).`, 'Other clients share the account\'s CodePipeline API rate: the action backs off and retries; if it persists, re-run later or ask AWS for a higher rate.', { title: 'throttled' });
            }
            return make((0,_aws_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .sentence */ .em)(`CodePipeline ${operation} for pipeline ${p} failed${(0,_aws_describe_error_js__WEBPACK_IMPORTED_MODULE_0__/* .attemptsText */ .MV)(f)}: ${answer}`), otherHint(f, base.retryable));
    }
}
function rejectedHint(code) {
    const why = code === 'ExpiredTokenException' ? 'They have expired' : code === 'InvalidSignatureException' ? "The secret key does not match the key id, or the runner's clock is off" : 'AWS does not know them';
    return (`${why}. With role-to-assume empty these are the ambient credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN in the environment, ` +
        "a profile, or the runner's instance role): fix or remove them where they are set, or set role-to-assume (with permissions: id-token: write) to use the GitHub OIDC token.");
}
function otherHint(f, retryable) {
    const endpoints = 'AWS_ENDPOINT_URL_CODEPIPELINE / AWS_ENDPOINT_URL and the proxy settings (HTTPS_PROXY, NO_PROXY)';
    if (f.foreign && retryable) {
        return `That is not an answer of CodePipeline's API: the service may be having trouble, or a proxy or a wrong endpoint answered instead. Check ${endpoints}, then re-run the job (this call was already retried).`;
    }
    if (f.foreign)
        return `That is not an answer of CodePipeline's API: a proxy or a wrong endpoint answered instead. Check ${endpoints}.`;
    if (f.network)
        return `The CodePipeline endpoint did not answer: check the runner's network and ${endpoints}, then re-run the job (this call was already retried).`;
    if (retryable)
        return 'A network or service problem: re-run the job; the action already retried this call.';
    return `AWS refused the call with the error code and message above; see CodePipeline's ${f.operation} documentation for what ${f.code ?? 'it'} means here.`;
}


/***/ }),

/***/ 7855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ mayRetry),
/* harmony export */   Q9: () => (/* binding */ LoopFailures),
/* harmony export */   RI: () => (/* binding */ factsView),
/* harmony export */   kY: () => (/* binding */ failureText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7565);
/**
 * Failed looks of a CodePipeline wait loop (one call a look, never a retry inside it), on top of
 * the shared FailureStreak (../retry): the first failure is logged at once, then a count now and
 * then; the next look backs off with the shared back-off; a failure that persists past its budget
 * (persistBudgetMs of the command's timeout) ends the wait with that failure, and a deadline that
 * comes while looks are failing is reported as that failure, never as a guess at another cause.
 */


/** An ActionError's own message, plus the AWS error code and HTTP status under it when the message does not show them. */
function failureText(e) {
    const message = e instanceof Error ? e.message.replace(/\.$/, '') : String(e);
    const f = (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .factsOf */ .xS)(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ && e.cause !== undefined ? e.cause : e);
    const parts = [];
    const code = f.name && f.name !== 'Error' ? f.name : f.code;
    if (code && !message.includes(code))
        parts.push(code);
    if (f.status !== undefined && !message.includes(`HTTP ${f.status}`))
        parts.push(`HTTP ${f.status}`);
    return parts.length > 0 ? `${message} (${parts.join(', ')}).` : `${message}.`;
}
/**
 * What the shared classifier and back-off need to see of a failed call: the words of the
 * ActionError (api.ts turns every SDK error into one) with the facts of the AWS error under it
 * (its code, HTTP status and Retry-After), so that throttling is told from a 5xx.
 */
function factsView(e) {
    if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ) || e.cause === null || typeof e.cause !== 'object')
        return e;
    const raw = e.cause;
    return Object.assign(new Error(failureText(e)), { name: raw.name, code: raw.code, $metadata: raw.$metadata, $response: raw.$response, retryAfterMs: raw.retryAfterMs });
}
/** Whether another try may see a different answer: the ActionError says so, else the shared classifier. */
function mayRetry(e, signal) {
    if (signal?.aborted)
        return false;
    return e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ ? e.retryable : (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryable */ .r3)((0,_retry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .classifyError */ .fe)(e, signal));
}
class LoopFailures {
    o;
    streak;
    last;
    budgetMs;
    constructor(o) {
        this.o = o;
        this.budgetMs = (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .persistBudgetMs */ .UA)(o.timeoutMs);
        this.streak = new _retry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .FailureStreak */ .ld({ budgetMs: this.budgetMs, what: o.what });
    }
    /**
     * A failed look. Rethrows what retrying cannot fix; throws the failure itself once it has
     * persisted past the budget; otherwise returns how long to wait before the next look (never
     * past the moment the budget runs out, so the wait ends within it).
     */
    failed(e, signal) {
        if (!mayRetry(e, signal))
            throw e;
        const now = this.o.clock.now();
        const verdict = this.streak.fail(factsView(e), now, this.o.clock.random());
        this.last = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ ? e : new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(failureText(e), { cause: e, retryable: true });
        if (verdict.exhausted)
            throw this.gaveUp(now);
        if (verdict.log)
            (verdict.failures === 1 ? this.o.warn : this.o.note)(verdict.log);
        const untilBudget = this.budgetMs - verdict.sinceMs;
        return untilBudget > 0 ? Math.max(250, Math.min(verdict.delayMs, untilBudget)) : verdict.delayMs;
    }
    /** A good look: ends a streak (and says so after several failures). */
    succeeded() {
        const line = this.streak.succeed();
        this.last = undefined;
        if (line)
            this.o.note(line);
    }
    /** The failure going on now, if the last look failed. */
    ongoing() {
        if (!this.last || this.streak.count === 0)
            return undefined;
        return { error: this.last, text: failureText(this.last), summary: this.streak.summary(this.o.clock.now()) };
    }
    gaveUp(now) {
        const last = this.last;
        const budget = Math.round(this.budgetMs / 1000);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Gave up waiting for ${this.o.what} after ${this.streak.summary(now)}: ${failureText(last)}`, {
            cause: last,
            title: last.title,
            hint: `${last.hint ? `${last.hint} ` : ''}A failure may last ${budget} s (a quarter of timeout-minutes, from 30 s to 5 min) before the wait gives up.`,
        });
    }
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

/***/ 3294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oo: () => (/* binding */ once),
/* harmony export */   iE: () => (/* binding */ ONE_OFF_RETRY),
/* harmony export */   t$: () => (/* binding */ SINGLE_ATTEMPT)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _retry_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7565);
/* harmony import */ var _looks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7855);
/**
 * One-off CodePipeline calls (start an execution, answer an approval, stop, check an execution id,
 * read the action executions after the end): retried by the shared withRetry under a short policy,
 * each retry logged, and the final error saying how many attempts were made. Calls inside wait
 * loops do not come through here: a look is one attempt (see looks.ts and ../retry/index.ts).
 */



/** A few attempts within seconds; one attempt is bounded by the client's 15 s request timeout. */
const ONE_OFF_RETRY = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000, deadlineMs: 20_000, attemptTimeoutMs: 15_000 };
/** A call that must not be repeated (it could act twice): one attempt. */
const SINGLE_ATTEMPT = { ...ONE_OFF_RETRY, maxAttempts: 1 };
/** Calls `call` (1-based attempt number) until it succeeds, fails for good, or the policy runs out. */
async function once(what, call, o) {
    let last;
    try {
        return await (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .withRetry */ .bD)(async ({ attempt }) => {
            try {
                return await call(attempt);
            }
            catch (e) {
                last = e;
                throw (0,_looks_js__WEBPACK_IMPORTED_MODULE_2__/* .factsView */ .RI)(e);
            }
        }, {
            policy: o.policy ?? ONE_OFF_RETRY,
            clock: o.clock,
            signal: o.signal,
            isRetryable: () => (0,_looks_js__WEBPACK_IMPORTED_MODULE_2__/* .mayRetry */ .KO)(last, o.signal),
            onRetry: (ev) => o.log(`${named(what, (0,_looks_js__WEBPACK_IMPORTED_MODULE_2__/* .failureText */ .kY)(last))} Retrying in ${(ev.delayMs / 1000).toFixed(1)} s (attempt ${ev.attempt + 1} of ${ev.maxAttempts}).`),
        });
    }
    catch (e) {
        if (!(e instanceof _retry_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RetryExhausted */ .IT))
            throw e;
        if (e.outcome.attempts === 1 || !(last instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ))
            throw last;
        const seconds = Math.round(e.outcome.elapsedMs / 1000);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`After ${e.outcome.attempts} attempts over ${seconds} s: ${(0,_looks_js__WEBPACK_IMPORTED_MODULE_2__/* .failureText */ .kY)(last)}`, { cause: last.cause ?? last, hint: last.hint, title: last.title, retryable: last.retryable });
    }
}
/** The failure text names the operation already when it came from the AWS error mapping. */
function named(what, text) {
    return text.includes(what) ? text : `${what}: ${text}`;
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

/***/ 7565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  di: () => (/* reexport */ AWS_THROTTLING_CODES),
  ld: () => (/* reexport */ FailureStreak),
  IT: () => (/* reexport */ RetryExhausted),
  z8: () => (/* reexport */ awsCode),
  EY: () => (/* reexport */ backoffDelay),
  L8: () => (/* reexport */ classify),
  fe: () => (/* reexport */ classifyError),
  xS: () => (/* reexport */ factsOf),
  r3: () => (/* reexport */ isRetryable),
  UA: () => (/* reexport */ persistBudgetMs),
  PR: () => (/* reexport */ shortReason),
  bD: () => (/* reexport */ withRetry)
});

// UNUSED EXPORTS: LOOP_BACKOFF, THROTTLE_FACTOR, retryAfterMs

;// CONCATENATED MODULE: ./src/retry/classify.ts
/**
 * The one error classifier every remote call uses (AWS SDK clients, the OIDC token request,
 * the Kubernetes API): throttling, transient, permanent, or cancelled. Plain facts in, a class out.
 */
/** AWS error codes that mean "slow down" (STS, CodePipeline, EKS, CloudFormation, S3...): the one list. */
const AWS_THROTTLING_CODES = new Set([
    'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottled', 'RequestThrottledException',
    'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown', 'BandwidthLimitExceeded', 'ProvisionedThroughputExceededException',
    'TransactionInProgressException', 'PriorRequestNotComplete', 'EC2ThrottledException',
]);
/** Socket-level failures: nothing (or nothing complete) came back. */
const NETWORK_CODES = new Set([
    'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN',
    'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'ERR_PROXY_TUNNEL',
]);
/** Error names of a timed-out attempt (our own per-attempt limit aborts with these). */
const TIMEOUT_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'AbortError', 'NetworkingError']);
/** Service error codes that say "try again" although the status may be 4xx. */
const TRANSIENT_CODES = new Set([
    'IDPCommunicationError', 'InternalFailure', 'InternalError', 'InternalServerError', 'InternalServiceError', 'InternalServerException',
    'ServiceUnavailable', 'ServiceUnavailableException', 'RequestTimeoutException',
]);
/** Pure: what kind of failure this is. `aborted` is true when the job itself was cancelled. */
function classify(f, aborted = false) {
    if (aborted)
        return 'cancelled';
    const name = f.name ?? '';
    if (AWS_THROTTLING_CODES.has(name) || f.status === 429)
        return 'throttling';
    if (f.code !== undefined && NETWORK_CODES.has(f.code))
        return 'transient';
    if (TIMEOUT_NAMES.has(name) || TRANSIENT_CODES.has(name))
        return 'transient';
    if (f.status !== undefined && (f.status >= 500 || f.status === 408))
        return 'transient';
    if (f.status === undefined && /socket hang up|ECONNRESET|network|timed? ?out/i.test(f.message ?? ''))
        return 'transient';
    return 'permanent';
}
function isRetryable(c) {
    return c === 'throttling' || c === 'transient';
}
/** The SDK names modelled errors `<Code>Exception`; logs and hints use the AWS error code. */
const SDK_EXCEPTION_NAMES = new Set([
    'IDPCommunicationErrorException', 'InvalidIdentityTokenException', 'MalformedPolicyDocumentException', 'PackedPolicyTooLargeException', 'IDPRejectedClaimException',
]);
function awsCode(name) {
    return SDK_EXCEPTION_NAMES.has(name) ? name.slice(0, -'Exception'.length) : name;
}
/** Retry-After as ms: seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(value, now = Date.now()) {
    const raw = Array.isArray(value) ? value[0] : value;
    if (typeof raw !== 'string' && typeof raw !== 'number')
        return undefined;
    const text = String(raw).trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
/** Facts from whatever an SDK call, a Node request or our own HTTP code threw. */
function factsOf(error) {
    if (error === null || typeof error !== 'object')
        return { message: String(error) };
    const e = error;
    const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : typeof e.status === 'number' ? e.status : undefined;
    let code = typeof e.code === 'string' ? e.code : undefined;
    const cause = e.cause;
    if (code === undefined && cause && typeof cause === 'object' && typeof cause.code === 'string')
        code = cause.code;
    const facts = {
        name: typeof e.name === 'string' ? awsCode(e.name) : undefined,
        code,
        status,
        message: typeof e.message === 'string' ? e.message : undefined,
    };
    const after = typeof e.retryAfterMs === 'number' ? e.retryAfterMs : retryAfterMs(e.$response?.headers?.['retry-after']);
    if (after !== undefined)
        facts.retryAfterMs = after;
    return facts;
}
/** Classifies anything thrown; `signal` tells a cancelled job apart from a timed-out attempt. */
function classifyError(error, signal) {
    return classify(factsOf(error), signal?.aborted === true);
}
/** A one-line reason for logs: `Throttling: Rate exceeded`, `ECONNREFUSED`. */
function shortReason(error) {
    const f = factsOf(error);
    const name = f.name && f.name !== 'Error' ? f.name : (f.code ?? 'Error');
    const message = (f.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
    return message !== '' && message !== name ? `${name}: ${message}` : name;
}

;// CONCATENATED MODULE: ./src/retry/backoff.ts
/**
 * The one back-off: exponential with jitter, and the server's Retry-After honoured (capped).
 * Pure: the caller passes the random draw (a Clock's random()).
 */
/** After throttling, back off from a higher base: the rate is shared with other clients. */
const THROTTLE_FACTOR = 2.5;
/**
 * Delay before the next attempt after `failures` consecutive failures (≥ 1): "equal jitter",
 * uniform in [ceiling/2, ceiling] with ceiling = min(maxMs, base·2^(failures−1)), so that many
 * jobs retrying at once spread apart and no retry is immediate. A Retry-After wins when longer.
 */
function backoffDelay(b, failures, random, opts = {}) {
    const base = opts.throttled ? b.baseMs * THROTTLE_FACTOR : b.baseMs;
    const ceiling = Math.min(b.maxMs, base * 2 ** Math.min(Math.max(failures, 1) - 1, 30));
    const jittered = Math.round(ceiling / 2 + (Math.min(Math.max(random, 0), 1) * ceiling) / 2);
    if (opts.retryAfterMs === undefined)
        return jittered;
    return Math.max(jittered, Math.min(opts.retryAfterMs, b.maxRetryAfterMs ?? b.maxMs));
}

// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
;// CONCATENATED MODULE: ./src/retry/retry.ts
/**
 * Retrying one call: attempts with the one back-off, a cap on attempts, a per-attempt time
 * budget and an overall deadline. Never sleeps after the last attempt, nor past the deadline.
 * Where retries live (and why they never multiply) is written down in ./index.ts.
 */



/** Thrown when retrying stops: carries the last error and how it went. */
class RetryExhausted extends Error {
    last;
    outcome;
    constructor(last, outcome) {
        super(last instanceof Error ? last.message : String(last));
        this.name = 'RetryExhausted';
        this.last = last;
        this.outcome = outcome;
    }
}
async function withRetry(attempt, options) {
    const { policy, clock = src_clock/* realClock */.d, signal } = options;
    const retryable = options.isRetryable ?? ((e) => isRetryable(classifyError(e, signal)));
    const start = clock.now();
    const deadline = start + policy.deadlineMs;
    for (let n = 1;; n++) {
        const left = deadline - clock.now();
        try {
            return await attempt({ attempt: n, timeoutMs: Math.max(1, Math.min(policy.attemptTimeoutMs, left)) });
        }
        catch (error) {
            const stop = (reason) => new RetryExhausted(error, { attempts: n, elapsedMs: clock.now() - start, reason });
            if (signal?.aborted)
                throw stop('aborted');
            if (!retryable(error))
                throw stop('permanent');
            if (n >= policy.maxAttempts)
                throw stop('attempts');
            const facts = factsOf(error);
            const delayMs = backoffDelay({ baseMs: policy.baseDelayMs, maxMs: policy.maxDelayMs }, n, clock.random(), {
                throttled: classifyError(error) === 'throttling',
                retryAfterMs: facts.retryAfterMs,
            });
            // Sleeping and then having no time left for a useful attempt would only delay the error.
            if (clock.now() + delayMs + Math.min(250, policy.attemptTimeoutMs) >= deadline)
                throw stop('deadline');
            options.onRetry?.({ attempt: n, maxAttempts: policy.maxAttempts, delayMs, error });
            await clock.sleep(delayMs, signal);
            if (signal?.aborted)
                throw stop('aborted');
        }
    }
}

;// CONCATENATED MODULE: ./src/retry/streak.ts
/**
 * Failures in a wait loop (one call a look, no retry inside): the loop keeps looking until its
 * deadline, but it must say what is failing, and give up with the real cause when the same
 * trouble persists. FailureStreak counts consecutive failed looks, decides which to log (the
 * first, then a count now and then), and says when the streak has outlasted its budget.
 */


/** How long one kind of failure may persist before a wait gives up: a quarter of its timeout, from 30 s to 5 minutes. */
function persistBudgetMs(timeoutMs) {
    return Math.min(5 * 60_000, Math.max(30_000, Math.round(timeoutMs / 4)));
}
/** Back-off of a wait loop's next look after failed looks. */
const LOOP_BACKOFF = { baseMs: 2000, maxMs: 30_000, maxRetryAfterMs: 60_000 };
class FailureStreak {
    failures = 0;
    firstAt = 0;
    lastLoggedAt = 0;
    opts;
    constructor(opts) {
        this.opts = opts;
    }
    get count() {
        return this.failures;
    }
    /** A failed look at time `now`. */
    fail(error, now, random) {
        if (this.failures === 0)
            this.firstAt = now;
        this.failures++;
        const kind = classifyError(error);
        const sinceMs = now - this.firstAt;
        const delayMs = backoffDelay(this.opts.backoff ?? LOOP_BACKOFF, this.failures, random, { throttled: kind === 'throttling', retryAfterMs: factsOf(error).retryAfterMs });
        const exhausted = sinceMs >= this.opts.budgetMs && this.failures >= (this.opts.minFailures ?? 3);
        let log;
        if (this.failures === 1) {
            log = `${describe(error)} Still waiting for ${this.opts.what}; retrying in ${seconds(delayMs)}.`;
            this.lastLoggedAt = now;
        }
        else if (!exhausted && (isPowerOfTwo(this.failures) || now - this.lastLoggedAt >= 60_000)) {
            log = `${this.failures} failed attempts in a row over ${seconds(sinceMs)} while waiting for ${this.opts.what}; still retrying. Last: ${describe(error)}`;
            this.lastLoggedAt = now;
        }
        return { log, exhausted, failures: this.failures, sinceMs, kind, delayMs };
    }
    /** A good look: ends the streak. Returns a line to log when there had been failures. */
    succeed() {
        if (this.failures === 0)
            return undefined;
        const n = this.failures;
        this.failures = 0;
        return n > 1 ? `Recovered after ${n} failed attempts; still waiting for ${this.opts.what}.` : undefined;
    }
    /** How the streak went, for the final message: "5 failed attempts over 32 s". */
    summary(now) {
        return `${this.failures} failed attempt${this.failures === 1 ? '' : 's'} over ${seconds(now - this.firstAt)}`;
    }
}
function describe(error) {
    const text = error instanceof Error ? error.message : shortReason(error);
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
function isPowerOfTwo(n) {
    return (n & (n - 1)) === 0;
}
function seconds(ms) {
    return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/retry/index.ts
/**
 * Where retries live — the one place this is decided, so that no retry runs silently inside another.
 *
 * - Classification: ./classify.ts (throttling | transient | permanent | cancelled), one list of
 *   AWS throttling codes, used for AWS SDK errors, the OIDC token request and the Kubernetes API.
 * - Back-off: ./backoff.ts (exponential, equal jitter, a higher base after throttling, the
 *   server's Retry-After honoured up to a cap). Time and sleep: the Clock in ../clock.ts.
 * - AWS SDK clients never retry on their own (maxAttempts: 1, see ../aws/clients.ts).
 * - A one-off call (assume a role, start an execution, apply an object, create a Workflow) is
 *   retried by withRetry (./retry.ts) under its policy: a few attempts within seconds.
 *   CodePipeline's go through ../codepipeline/once.ts: StartPipelineExecution (retried only with
 *   a clientRequestToken, which makes a repeat return the same execution), PutApprovalResult,
 *   StopPipelineExecution, the up-front GetPipelineExecution of execution-id, and the
 *   ListActionExecutions before and after a wait.
 * - A wait loop (await an execution, find an execution of a commit, await a Workflow, wait for
 *   an approval) makes each look ONE attempt and retries by looking again: FailureStreak
 *   (./streak.ts) logs the first failure and then a count, backs off, and gives up with the real
 *   cause once one failure has persisted past persistBudgetMs (30 s to 5 min) — well before the
 *   command's own deadline. CodePipeline's loops use it through ../codepipeline/looks.ts, which
 *   also names the failure going on when the deadline comes first.
 * - A 401 from Kubernetes renews the credentials once and repeats the request; that is not a retry.
 */






/***/ }),

/***/ 6936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ isObj)
/* harmony export */ });
/** Type guards shared by the pure modules. */
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
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

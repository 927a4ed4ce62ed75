export const id = 543;
export const ids = [543];
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

/***/ 4096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ credentialsCommand)
/* harmony export */ });
/* harmony import */ var _aws_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7180);
/* harmony import */ var _report_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9064);


async function credentialsCommand(ctx) {
    const session = await (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_0__.openAwsSession)(ctx, { identifyAmbient: true });
    await (0,_report_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCredentialsSummary */ .eL)({
        source: session.source ?? 'ambient',
        accountId: session.accountId ?? '',
        arn: session.arn ?? '',
        expiration: session.expiration,
        viaArn: session.viaArn,
        exported: session.source === 'oidc',
        region: session.region,
    }, ctx.env);
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


/***/ })

};

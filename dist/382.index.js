export const id = 382;
export const ids = [382];
export const modules = {

/***/ 1778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ defaultPipelineName),
/* harmony export */   Xo: () => (/* binding */ environmentId),
/* harmony export */   h: () => (/* binding */ suggestion),
/* harmony export */   h0: () => (/* binding */ short)
/* harmony export */ });
/* unused harmony exports DNS_LABEL, normaliseName, editDistance, didYouMean */
/* harmony import */ var _util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5974);
/** Name helpers: normalisation to Kubernetes/Argo names and "did you mean" suggestions. */

/** Kubernetes DNS label: lower-case alphanumerics and '-', starting and ending alphanumeric. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/**
 * Lower-cases, turns every run of characters outside [a-z0-9] into one '-', trims '-' at both
 * ends and cuts to `max` characters (trimming a '-' left at the cut). May return ''.
 */
function normaliseName(name, max = 63) {
    const base = name
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return base.slice(0, max).replace(/-+$/, '');
}
/** The id of an environment in Argo names (task env-<id>, output stack-outputs-<id>). */
function environmentId(name) {
    return normaliseName(name, 50);
}
/**
 * The default AphexPipeline name: the repository name (`owner/name` → `name`) normalised to a
 * DNS label of at most 40 characters; '' when nothing usable remains.
 */
function defaultPipelineName(repository) {
    const name = repository.includes('/') ? repository.slice(repository.lastIndexOf('/') + 1) : repository;
    return normaliseName(name, 40);
}
/** Levenshtein edit distance (insert, delete, substitute; each costs 1). */
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        prev = cur;
    }
    return prev[b.length];
}
/**
 * The closest candidate to `word` (case-insensitive), when it is close enough to be a likely typo:
 * at most a third of the word's length in edits (at least 1, at most 3).
 */
function didYouMean(word, candidates) {
    const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
    let best;
    let bestDistance = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : undefined;
}
/** ` Did you mean 'x'?` or ''. */
function suggestion(word, candidates) {
    const s = didYouMean(word, candidates);
    return s === undefined || s === word ? '' : ` Did you mean '${s}'?`;
}
/**
 * A value shortened for a message (long or multi-line strings would drown it), line breaks shown
 * as ⏎ and other hidden characters escaped (\u200b), so it never looks like what it is not.
 */
function short(s, max = 60) {
    const one = (0,_util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHidden */ .OR)(s.replace(/\r?\n/g, '⏎'));
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}


/***/ }),

/***/ 2119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ KNOWN_REGIONS),
/* harmony export */   i: () => (/* binding */ partitionOf)
/* harmony export */ });
/**
 * AWS region codes known when this version was released. Only used for "did you mean"
 * suggestions: a well-formed code that is not listed (a newer region) is accepted.
 */
const KNOWN_REGIONS = [
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-south-1',
    'ap-south-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'cn-north-1',
    'cn-northwest-1',
    'eu-central-1',
    'eu-central-2',
    'eu-north-1',
    'eu-south-1',
    'eu-south-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'il-central-1',
    'me-central-1',
    'me-south-1',
    'mx-central-1',
    'sa-east-1',
    'us-east-1',
    'us-east-2',
    'us-gov-east-1',
    'us-gov-west-1',
    'us-west-1',
    'us-west-2',
];
/** The IAM partition of a region: aws, aws-cn or aws-us-gov. */
function partitionOf(region) {
    if (region.startsWith('cn-'))
        return 'aws-cn';
    if (region.startsWith('us-gov-'))
        return 'aws-us-gov';
    return 'aws';
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

/***/ 8591:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ deleteCommand)
});

// EXTERNAL MODULE: ./src/aphex/names.ts
var names = __webpack_require__(1778);
// EXTERNAL MODULE: ./src/argo/render.ts + 1 modules
var render = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/kube/apply.ts + 1 modules
var apply = __webpack_require__(4506);
// EXTERNAL MODULE: ./src/kube/connect.ts + 6 modules
var connect = __webpack_require__(1919);
;// CONCATENATED MODULE: ./src/kube/delete.ts
/**
 * Retiring a pipeline: delete its WorkflowTemplate, and only when the live object carries the
 * pipeline's ownership labels. The DELETE names the uid and resourceVersion that were checked
 * (preconditions), so an object replaced or changed after the check is never deleted: the API
 * server answers 409 and the check runs again. Workflows are never touched: running ones keep
 * their own copy of the template (status.storedWorkflowTemplateSpec) and finish as they are.
 */



/** How often a check-then-delete is repeated when the object changes in between (409). */
const DELETE_ATTEMPTS = 3;
/** The DeleteOptions body: delete exactly the object that was checked. */
function deleteOptions(uid, resourceVersion, dryRun) {
    return { kind: 'DeleteOptions', apiVersion: 'v1', preconditions: { uid, resourceVersion }, ...(dryRun ? { dryRun: ['All'] } : {}) };
}
async function deleteTemplate(client, t, dryRun, signal) {
    const path = (0,apply/* templatePath */.Y7)(t.namespace, t.name);
    for (let attempt = 1;; attempt++) {
        const get = await client.call({ op: { verb: 'get', resource: 'workflowtemplates', name: t.name, namespace: t.namespace }, method: 'GET', path, accept: [404], signal });
        if (get.status === 404)
            return { result: 'absent', dryRun };
        const meta = (JSON.parse(get.body).metadata ?? {});
        const missing = (0,apply/* missingOwnership */.m6)({ metadata: meta }, (0,render/* ownershipLabels */.Hv)(t.pipeline));
        if (missing.length > 0)
            return { result: 'refused', dryRun, missing, ...(meta.uid ? { uid: meta.uid } : {}) };
        const uid = meta.uid ?? '';
        const resourceVersion = meta.resourceVersion ?? '';
        const res = await client.call({
            op: { verb: 'delete', resource: 'workflowtemplates', name: t.name, namespace: t.namespace },
            method: 'DELETE',
            path,
            ...(dryRun ? { query: { dryRun: 'All' } } : {}),
            body: JSON.stringify(deleteOptions(uid, resourceVersion, dryRun)),
            accept: [404, 409],
            signal,
        });
        if (res.status === 404)
            return { result: 'absent', dryRun };
        if (res.status !== 409)
            return { result: 'deleted', dryRun, uid, resourceVersion };
        if (attempt >= DELETE_ATTEMPTS) {
            throw new errors/* ActionError */.lZ(`WorkflowTemplate "${t.name}" in namespace ${t.namespace} changed ${DELETE_ATTEMPTS} times between the ownership check and the delete (409 Conflict), so it was not deleted.`, {
                hint: 'Something keeps updating it (another pipeline run applying it, or a controller): stop that first, then re-run the job.',
                title: 'delete conflict',
                retryable: true,
            });
        }
    }
}

// EXTERNAL MODULE: ./src/report/kube-apply.ts
var kube_apply = __webpack_require__(7208);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(7994);
;// CONCATENATED MODULE: ./src/report/kube-delete.ts
/** Log line and job summary of retiring a pipeline's WorkflowTemplate. Plain data in. */



function deleteVerdict(r) {
    switch (r.result) {
        case 'deleted':
            return r.dryRun ? 'would be deleted (dry run: nothing was changed)' : 'deleted';
        case 'absent':
            return 'absent: there is nothing to delete';
        case 'refused':
            return `not deleted: it is not labelled as pipeline "${r.pipeline}"'s (missing ${(r.missing ?? []).join(', ')})`;
    }
}
function deleteSummary(r) {
    const doc = new markdown/* SummaryDoc */.VH().heading(`WorkflowTemplate ${r.namespace}/${r.name}: ${deleteVerdict(r)}`);
    doc.paragraph((0,markdown/* html */.qy) `Cluster: ${(0,markdown/* code */.aY)(r.server)} (${r.source}).`, r.uid ? (0,markdown/* html */.qy) ` uid ${(0,markdown/* code */.aY)(r.uid)}` : '', r.resourceVersion ? (0,markdown/* html */.qy) `, resourceVersion ${(0,markdown/* code */.aY)(r.resourceVersion)}` : '', '.');
    return doc.paragraph('Workflows were not touched: running ones finish with the template they started with.');
}
async function reportDeleted(r, env) {
    core/* info */.pq(`WorkflowTemplate ${r.namespace}/${r.name} ${deleteVerdict(r)}`);
    await (0,summary/* writeSummary */.S)(env, deleteSummary(r));
}

;// CONCATENATED MODULE: ./src/commands/delete.ts
/**
 * delete: retire a pipeline — remove its WorkflowTemplate `<pipeline>-template` from `namespace`,
 * only when it carries this pipeline's ownership labels (dry-run: the API server checks the
 * delete and removes nothing). Workflows and everything else are left alone.
 */








async function deleteCommand(ctx) {
    const s = ctx.settings;
    const pipeline = s.pipeline || (0,names/* defaultPipelineName */.NN)(s.run.repository);
    if (pipeline === '') {
        throw new errors/* ActionError */.lZ("No pipeline name: input 'pipeline' is empty and there is no repository name (GITHUB_REPOSITORY) to derive it from.", { hint: "Set the input 'pipeline' to the pipeline to retire, for example: pipeline: my-app", title: 'input pipeline' });
    }
    const ref = { name: (0,render/* templateName */.G)(pipeline), namespace: s.namespace, pipeline };
    const client = await (0,connect/* connect */.N)(ctx, 'delete');
    (0,kube_apply/* reportConnecting */.BO)(client.access.server, client.access.source);
    await (0,apply/* ensureArgoInstalled */.gD)(client, ['workflowtemplates'], ctx.signal);
    const outcome = await deleteTemplate(client, ref, s.dryRun, ctx.signal);
    ctx.setOutput('delete-result', outcome.result);
    ctx.setOutput('template-name', ref.name);
    await reportDeleted({ ...ref, ...outcome, server: client.access.server, source: client.access.source }, ctx.env);
    if (outcome.result === 'refused') {
        const missing = (outcome.missing ?? []).join(', ');
        throw new errors/* ActionError */.lZ(`WorkflowTemplate "${ref.name}" in namespace ${ref.namespace} is not labelled as pipeline "${pipeline}"'s (missing ${missing}), so it was not deleted: the action deletes only what it owns.`, {
            hint: `If it is not this pipeline's, check the inputs pipeline and namespace. If it is (made by hand or by an older tool), delete it yourself: kubectl delete workflowtemplate -n ${ref.namespace} ${ref.name}`,
            title: 'not owned',
        });
    }
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

/***/ 1215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cG: () => (/* binding */ readRegularFileSync),
/* harmony export */   ie: () => (/* binding */ UnreadableFile),
/* harmony export */   yK: () => (/* binding */ kindOfFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Reading a file a setting names (a kubeconfig, a certificate, a token file) without hanging or
 * filling memory: anything that is not a regular file (a named pipe, /dev/zero, a socket, a
 * folder) or is larger than the limit is refused before it is read, and it is opened with
 * O_NONBLOCK and checked again once open.
 */

/** What a file that is not a regular file is, in words. */
function kindOfFile(info) {
    if (info.isDirectory())
        return 'a folder';
    if (info.isFIFO())
        return 'a named pipe (FIFO)';
    if (info.isCharacterDevice())
        return 'a character device (like /dev/zero)';
    if (info.isBlockDevice())
        return 'a block device';
    if (info.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** Why a file cannot be read: `code` is ENOENT/EACCES/… or NOT_REGULAR/TOO_LARGE. */
class UnreadableFile extends Error {
    code;
    constructor(code, reason) {
        super(reason);
        this.name = 'UnreadableFile';
        this.code = code;
    }
}
function check(info, maxBytes) {
    if (!info.isFile())
        throw new UnreadableFile('NOT_REGULAR', `it is ${kindOfFile(info)}, not a regular file`);
    if (info.size > maxBytes)
        throw new UnreadableFile('TOO_LARGE', `it is ${info.size} bytes, more than the ${maxBytes} bytes read`);
}
/** The bytes of a regular file of at most maxBytes; throws UnreadableFile saying why not. */
function readRegularFileSync(file, maxBytes) {
    let fd;
    try {
        check((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file), maxBytes);
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY);
    }
    catch (e) {
        if (e instanceof UnreadableFile)
            throw e;
        const code = e.code ?? 'error';
        throw new UnreadableFile(code, code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code);
    }
    try {
        check((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd), maxBytes);
        const buffer = Buffer.alloc(maxBytes + 1);
        let length = 0;
        for (let n = -1; n !== 0 && length <= maxBytes; length += n)
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
        if (length > maxBytes)
            throw new UnreadableFile('TOO_LARGE', `it grew beyond ${maxBytes} bytes while it was read`);
        return buffer.subarray(0, length);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ })

};

export const id = 38;
export const ids = [38];
export const modules = {

/***/ 7038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openAwsSession: () => (/* binding */ openAwsSession)
});

// UNUSED EXPORTS: requireRegion

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/report/credentials.ts
var credentials = __webpack_require__(9064);
;// CONCATENATED MODULE: ./src/aws/classify.ts
/**
 * Which failures can succeed on retry. Plain data in, a verdict out: used by the OIDC token
 * request and by every STS call.
 */
const NETWORK_CODES = new Set([
    'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN',
    'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'ERR_PROXY_TUNNEL',
]);
const NETWORK_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'AbortError']);
const THROTTLING = new Set(['Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottled', 'RequestThrottledException', 'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown']);
const TRANSIENT_SERVICE = new Set(['IDPCommunicationError', 'InternalFailure', 'InternalError', 'ServiceUnavailable', 'RequestTimeoutException']);
/** InvalidIdentityToken messages that retrying cannot fix (the account or the token is wrong). */
const PERMANENT_TOKEN = /No OpenIDConnect provider found|Incorrect token audience|not a valid|issuer/i;
function classifyFailure(f) {
    const name = f.name ?? '';
    if (f.code !== undefined && NETWORK_CODES.has(f.code))
        return 'network';
    if (NETWORK_NAMES.has(name))
        return 'network';
    if (THROTTLING.has(name) || f.status === 429)
        return 'throttling';
    if (name === 'InvalidIdentityToken')
        return PERMANENT_TOKEN.test(f.message ?? '') ? 'permanent' : 'transient-token';
    if (TRANSIENT_SERVICE.has(name))
        return 'server';
    if (f.status !== undefined && (f.status >= 500 || f.status === 408))
        return 'server';
    if (f.status === undefined && /socket hang up|network|timed? ?out/i.test(f.message ?? ''))
        return 'network';
    return 'permanent';
}
function isRetryableClass(c) {
    return c !== 'permanent';
}
/** The SDK names modelled STS errors `<Code>Exception`; logs and hints use the AWS error code. */
const SDK_EXCEPTION_NAMES = new Set(['IDPCommunicationErrorException', 'InvalidIdentityTokenException', 'MalformedPolicyDocumentException', 'PackedPolicyTooLargeException', 'IDPRejectedClaimException']);
function awsCode(name) {
    return SDK_EXCEPTION_NAMES.has(name) ? name.slice(0, -'Exception'.length) : name;
}
/** Facts from whatever an SDK call or a Node request threw. */
function factsOf(error) {
    if (error === null || typeof error !== 'object')
        return { message: String(error) };
    const e = error;
    const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : typeof e.status === 'number' ? e.status : undefined;
    let code = typeof e.code === 'string' ? e.code : undefined;
    if (code === undefined && e.cause && typeof e.cause === 'object' && typeof e.cause.code === 'string')
        code = e.cause.code;
    return {
        name: typeof e.name === 'string' ? awsCode(e.name) : undefined,
        code,
        status,
        message: typeof e.message === 'string' ? e.message : undefined,
    };
}
/** A one-line reason for logs: `Throttling: Rate exceeded`, `ECONNREFUSED`. */
function shortReason(error) {
    const f = factsOf(error);
    const name = f.name && f.name !== 'Error' ? f.name : (f.code ?? 'Error');
    const message = (f.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
    return message !== '' && message !== name ? `${name}: ${message}` : name;
}

;// CONCATENATED MODULE: ./src/aws/jwt.ts
/**
 * Reading the GitHub OIDC token's claims (no verification: only to explain a refusal) and the
 * IAM trust-policy condition that would accept them.
 */
/** Claims that identify the job and are safe to print (the token itself is a secret). */
const SHOWN_CLAIMS = ['sub', 'aud', 'repository', 'ref', 'environment', 'job_workflow_ref', 'event_name', 'iss'];
function decodeClaims(token) {
    const payload = token.split('.')[1];
    if (payload === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
function audienceOf(claims) {
    return Array.isArray(claims.aud) ? claims.aud.join(',') : (claims.aud ?? '');
}
/** `token.actions.githubusercontent.com` for github.com; the issuer host and path on GHES. */
function issuerKey(claims) {
    const iss = typeof claims.iss === 'string' && claims.iss !== '' ? claims.iss : 'https://token.actions.githubusercontent.com';
    return iss.replace(/^https:\/\//, '').replace(/\/+$/, '');
}
function claimLines(claims) {
    const lines = [];
    for (const name of SHOWN_CLAIMS) {
        const value = name === 'aud' ? audienceOf(claims) : claims[name];
        if (typeof value === 'string' && value !== '')
            lines.push(`  ${name}: ${value}`);
    }
    return lines;
}
/** A trust-policy statement that accepts exactly this token's sub and aud. */
function matchingTrustStatement(claims, roleArn) {
    const key = issuerKey(claims);
    const account = /^arn:[^:]+:iam::(\d{12}):/.exec(roleArn)?.[1] ?? '<account id>';
    const partition = /^arn:([^:]+):/.exec(roleArn)?.[1] ?? 'aws';
    const aud = audienceOf(claims) || 'sts.amazonaws.com';
    return {
        Effect: 'Allow',
        Principal: { Federated: `arn:${partition}:iam::${account}:oidc-provider/${key}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
            StringEquals: { [`${key}:aud`]: aud },
            StringLike: { [`${key}:sub`]: claims.sub ?? 'repo:<owner>/<repo>:*' },
        },
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/aws/http-get.ts
/** A small GET with a hard time limit, through the proxy-aware agents. */



class HttpTimeoutError extends Error {
    code = 'ETIMEDOUT';
    constructor(url, ms) {
        super(`no answer from ${url.host} within ${(ms / 1000).toFixed(1)} s`);
        this.name = 'TimeoutError';
    }
}
const MAX_BODY = 1 << 20;
function httpGet(url, headers, timeoutMs, env, signal) {
    const agents = (0,proxy/* proxyAgents */.H)(env);
    const secure = url.protocol === 'https:';
    const request = secure ? (external_node_https_default()).request : (external_node_http_default()).request;
    return new Promise((resolve, reject) => {
        const req = request(url, { method: 'GET', headers, agent: secure ? agents.httpsAgent : agents.httpAgent, signal }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (chunk) => {
                body += chunk;
                if (body.length > MAX_BODY)
                    req.destroy(new Error(`answer from ${url.host} is larger than ${MAX_BODY} bytes`));
            });
            res.on('end', () => {
                clearTimeout(timer);
                resolve({ status: res.statusCode ?? 0, body });
            });
            res.on('error', (e) => {
                clearTimeout(timer);
                reject(e);
            });
        });
        const timer = setTimeout(() => req.destroy(new HttpTimeoutError(url, timeoutMs)), timeoutMs);
        req.on('error', (e) => {
            clearTimeout(timer);
            reject(e);
        });
        req.end();
    });
}

// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
;// CONCATENATED MODULE: ./src/aws/retry.ts
/**
 * One retry policy for every remote call the credentials flow makes: jittered exponential
 * backoff, a cap on attempts, per-attempt time budget and an overall deadline. Never sleeps
 * after the last attempt, and never sleeps past the deadline.
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
function backoffCeiling(policy, failedAttempt) {
    return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
}
async function withRetry(attempt, options) {
    const { policy, clock = src_clock/* realClock */.d, signal } = options;
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
            if (!options.isRetryable(error))
                throw stop('permanent');
            if (n >= policy.maxAttempts)
                throw stop('attempts');
            const delayMs = Math.round(clock.random() * backoffCeiling(policy, n));
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

;// CONCATENATED MODULE: ./src/aws/oidc.ts
/**
 * The GitHub OIDC token, read from the runner's ACTIONS_ID_TOKEN_REQUEST_URL with the bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN. Our own bounded retry: an unreachable endpoint fails in
 * seconds, not minutes.
 */




const OIDC_RETRY = { maxAttempts: 5, baseDelayMs: 400, maxDelayMs: 3000, deadlineMs: 11000, attemptTimeoutMs: 4000 };
const PERMISSION_HINT = 'Grant the job permission to request the token:\n' +
    '  permissions:\n    id-token: write\n    contents: read\n' +
    'Pull requests from forks never receive an OIDC token, whatever the permissions say. ' +
    'To use credentials set up by an earlier step (or a self-hosted runner\'s instance role) instead, leave role-to-assume empty.';
function oidcEndpoint(env) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '';
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '';
    const missing = [url === '' ? 'ACTIONS_ID_TOKEN_REQUEST_URL' : '', bearer === '' ? 'ACTIONS_ID_TOKEN_REQUEST_TOKEN' : ''].filter(Boolean);
    if (missing.length > 0) {
        throw new errors/* ActionError */.lZ(`role-to-assume is set but this job cannot request a GitHub OIDC token: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. The job lacks 'permissions: id-token: write'.`, { hint: PERMISSION_HINT, title: 'GitHub OIDC token' });
    }
    return { url, bearer };
}
/** The runner's URL already has `?api-version=…`; the audience is appended as the toolkit does. */
function tokenUrl(endpoint, audience) {
    const sep = endpoint.url.includes('?') ? '&' : '?';
    return new URL(audience === '' ? endpoint.url : `${endpoint.url}${sep}audience=${encodeURIComponent(audience)}`);
}
class TokenHttpError extends Error {
    status;
    constructor(status, body) {
        super(`HTTP ${status}${body.trim() !== '' ? `: ${body.trim().replace(/\s+/g, ' ').slice(0, 200)}` : ''}`);
        this.name = 'TokenHttpError';
        this.status = status;
    }
}
async function requestIdToken(endpoint, audience, options) {
    const url = tokenUrl(endpoint, audience);
    const headers = { Authorization: `Bearer ${endpoint.bearer}`, Accept: 'application/json', 'User-Agent': 'aphex-pipeline-action' };
    try {
        const answer = await withRetry(async ({ timeoutMs }) => {
            const r = await httpGet(url, headers, timeoutMs, options.env, options.signal);
            if (r.status !== 200)
                throw new TokenHttpError(r.status, r.body);
            return r.body;
        }, { policy: options.policy ?? OIDC_RETRY, isRetryable: (e) => isRetryableClass(classifyFailure(factsOf(e))), onRetry: options.onRetry, signal: options.signal });
        return parseToken(answer, url, options.onToken);
    }
    catch (e) {
        if (e instanceof errors/* ActionError */.lZ)
            throw e;
        throw tokenError(e, url);
    }
}
function parseToken(body, url, onToken) {
    let value;
    try {
        value = JSON.parse(body).value;
    }
    catch {
        value = undefined;
    }
    if (typeof value !== 'string' || value.split('.').length !== 3) {
        throw new errors/* ActionError */.lZ(`The GitHub OIDC token endpoint (${url.host}) answered without a token.`, {
            hint: 'Expected JSON {"value": "<JWT>"}. Re-run the job; if it persists, the runner or a proxy in between is rewriting the answer.',
            title: 'GitHub OIDC token',
        });
    }
    onToken(value);
    return value;
}
function tokenError(e, url) {
    const last = e instanceof RetryExhausted ? e.last : e;
    const outcome = e instanceof RetryExhausted ? e.outcome : undefined;
    const tries = outcome ? ` (${outcome.attempts} attempt${outcome.attempts === 1 ? '' : 's'} in ${(outcome.elapsedMs / 1000).toFixed(1)} s)` : '';
    const status = last instanceof TokenHttpError ? last.status : undefined;
    if (status === 401 || status === 403) {
        return new errors/* ActionError */.lZ(`The GitHub OIDC token endpoint (${url.host}) refused the request: ${last.message}.`, {
            hint: "ACTIONS_ID_TOKEN_REQUEST_TOKEN was not accepted. Check that the job has 'permissions: id-token: write' and that no earlier step overwrote ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN.",
            title: 'GitHub OIDC token',
            cause: last,
        });
    }
    const what = last instanceof Error ? last.message : String(last);
    return new errors/* ActionError */.lZ(`Could not get a GitHub OIDC token from ${url.host}: ${what}${tries}.`, {
        hint: status !== undefined && status < 500 && status !== 429 && status !== 408
            ? 'The token endpoint rejected the request; check the audience input and that ACTIONS_ID_TOKEN_REQUEST_URL was not changed by an earlier step.'
            : 'The runner\'s token endpoint did not answer. Check the runner\'s network and proxy settings (HTTPS_PROXY, NO_PROXY), then re-run the job.',
        title: 'GitHub OIDC token',
        retryable: status === undefined || status >= 500,
        cause: last,
    });
}

;// CONCATENATED MODULE: ./src/aws/provider.ts
/** Renew this long before expiry: 5 minutes, or a quarter of the lifetime for short sessions. */
function refreshLeadMs(lifetimeMs) {
    return Math.min(5 * 60_000, Math.max(0, lifetimeMs) / 4);
}
function refreshingProvider(first, issue, options = {}) {
    const now = options.now ?? Date.now;
    let current = first;
    let issuedAt = now();
    let count = 0;
    let inFlight;
    /** After a failed renewal, wait a little before the next try (the current ones still work). */
    let notBefore = 0;
    const dueAt = () => {
        const expires = current.expiration.getTime();
        return expires - refreshLeadMs(expires - issuedAt);
    };
    const renew = () => {
        inFlight ??= issue()
            .then((fresh) => {
            current = fresh;
            issuedAt = now();
            count++;
            options.onRefreshed?.(fresh);
            return fresh;
        })
            .finally(() => {
            inFlight = undefined;
        });
        return inFlight;
    };
    const provider = async () => {
        const t = now();
        const expired = t >= current.expiration.getTime();
        if (t >= dueAt() && (t >= notBefore || expired)) {
            try {
                await renew();
            }
            catch (error) {
                const left = current.expiration.getTime() - now();
                if (left <= 0)
                    throw error;
                notBefore = now() + Math.min(30_000, left / 4);
                options.onRefreshFailed?.(error, current);
            }
        }
        return identityOf(current);
    };
    return { provider, current: () => current, refreshes: () => count };
}
function identityOf(c) {
    return { accessKeyId: c.accessKeyId, secretAccessKey: c.secretAccessKey, sessionToken: c.sessionToken, expiration: c.expiration };
}

;// CONCATENATED MODULE: ./src/aws/session-name.ts
const MAX = 64;
const INVALID = /[^\w+=,.@-]+/g;
/** `gh-<owner>-<repo>-<run id>-<attempt>`, at most 64 characters of [\w+=,.@-]. */
function defaultSessionName(run, now = new Date()) {
    const clean = (s) => s.replace(INVALID, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
    const tail = run.runId !== '' ? `-${clean(run.runId)}-${clean(run.runAttempt || '1')}` : `-${now.getTime()}`;
    const head = clean(run.repository.replace('/', '-')) || 'aphex-pipeline';
    const room = MAX - 'gh-'.length - tail.length;
    const trimmed = head.slice(0, Math.max(0, room)).replace(/-$/, '');
    return `gh-${trimmed}${tail}`.slice(0, MAX);
}

// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/aws/explain.ts
/**
 * Turning an STS refusal into what went wrong and what to change. Pure: facts in, ActionError out.
 */



const TITLE = 'AWS credentials';
const NO_AMBIENT_HINT = 'role-to-assume is empty, so the ambient AWS credentials are used, and none were found. Set role-to-assume to use the GitHub OIDC token, ' +
    'or configure credentials in an earlier step (aws-actions/configure-aws-credentials), or run on a runner with an instance role.';
function stsError(f) {
    const code = f.facts.name ?? 'Error';
    const awsSays = `${code}: ${(f.facts.message ?? '').trim() || 'no message'}`;
    const tries = f.outcome && f.outcome.attempts > 1 ? ` after ${f.outcome.attempts} attempts in ${(f.outcome.elapsedMs / 1000).toFixed(1)} s` : '';
    const op = f.step === 'web-identity' ? 'AssumeRoleWithWebIdentity' : f.step === 'chain' ? 'AssumeRole' : 'GetCallerIdentity';
    const subject = f.step === 'caller-identity' ? 'could not identify the ambient AWS credentials' : `could not assume ${f.roleArn}`;
    const message = `STS ${op} ${subject}${tries} (${awsSays}).`;
    const make = (hint, retryable = false) => new errors/* ActionError */.lZ(message, { hint, title: TITLE, retryable });
    if (classifyFailure(f.facts) !== 'permanent') {
        return make(`AWS STS${f.endpoint ? ` at ${f.endpoint}` : ''} was unavailable, throttling or unreachable for the whole retry budget. Re-run the job; if it persists check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY) and AWS_ENDPOINT_URL_STS.`, true);
    }
    if (code === 'AccessDenied')
        return make(f.step === 'chain' ? chainDeniedHint(f) : f.step === 'web-identity' ? webIdentityDeniedHint(f) : 'The ambient credentials may not call sts:GetCallerIdentity.');
    if (code === 'InvalidIdentityToken')
        return make(invalidTokenHint(f.facts.message ?? ''));
    if (code === 'ValidationError')
        return make(validationHint(f));
    if (code === 'MalformedPolicyDocument' || code === 'PackedPolicyTooLarge')
        return make('The session-policy input is not accepted by STS: fix the policy JSON or make it shorter (fewer actions, wildcards).');
    if (code === 'RegionDisabledException')
        return make('STS is not activated in this region for the account: activate it in IAM > Account settings, or set aws-region to an enabled region.');
    if (code === 'CredentialsProviderError')
        return make(NO_AMBIENT_HINT);
    if ((code === 'ExpiredTokenException' || code === 'ExpiredToken') && f.step === 'web-identity')
        return make('The GitHub OIDC token had expired when STS checked it. Check the runner\'s clock, then re-run the job.');
    if (code === 'ExpiredTokenException' || code === 'ExpiredToken')
        return make('The credentials used for this call have expired. Re-run the job; if it persists, lower role-duration-seconds or check the runner clock.');
    return make('Check role-to-assume, chain-role-to-assume and the roles\' trust policies.');
}
function webIdentityDeniedHint(f) {
    const claims = f.token ? decodeClaims(f.token) : undefined;
    if (!claims)
        return `The trust policy of ${f.roleArn} does not accept this job's GitHub OIDC token, or the role does not exist.`;
    const statement = matchingTrustStatement(claims, f.roleArn);
    return [
        `The trust policy of ${f.roleArn} does not accept this job's GitHub OIDC token (or the role does not exist). The token says:`,
        ...claimLines(claims),
        'A trust-policy statement that accepts exactly this job:',
        indent(JSON.stringify(statement, null, 2)),
        "Use StringLike with a wildcard to accept more (for example 'repo:OWNER/REPO:*' or 'repo:OWNER/REPO:environment:NAME'). " +
            'When the job uses an environment, sub names the environment instead of the branch.',
    ].join('\n');
}
function chainDeniedHint(f) {
    const account = /^arn:[^:]+:iam::(\d{12}):/.exec(f.roleArn)?.[1] ?? '<account>';
    return [
        `${f.sourceArn ?? 'The first role'} may not assume ${f.roleArn} (account ${account}). Both sides must allow it:`,
        `  - the trust policy of ${f.roleArn} names the first role as principal, for example "Principal": {"AWS": "${roleArnOf(f.sourceArn) ?? 'arn:aws:iam::<account>:role/<first role>'}"}` +
            ' (with a "sts:ExternalId" condition when chain-role-external-id is set, and the same value);',
        `  - the first role's permissions allow "sts:AssumeRole" on ${f.roleArn}.`,
    ].join('\n');
}
function invalidTokenHint(message) {
    if (/No OpenIDConnect provider found/i.test(message)) {
        return 'The role\'s account has no IAM OIDC identity provider for GitHub. Create one for https://token.actions.githubusercontent.com with audience sts.amazonaws.com (see docs/credentials.md).';
    }
    if (/audience/i.test(message)) {
        return "The token's audience is not one the IAM OIDC provider lists. Set the audience input to a client id of the provider (default sts.amazonaws.com), or add it to the provider.";
    }
    return 'STS did not accept the GitHub OIDC token. Check that the IAM OIDC provider is for the issuer of this runner (GitHub Enterprise Server has its own issuer).';
}
function validationHint(f) {
    const m = f.facts.message ?? '';
    if (/role chaining/i.test(m))
        return 'A role assumed with another role\'s credentials may last at most 1 hour: set role-duration-seconds to 3600 or less.';
    if (/DurationSeconds/i.test(m))
        return 'role-duration-seconds exceeds the role\'s maximum session duration: lower it, or raise "Maximum session duration" on the role.';
    if (/RoleSessionName|roleSessionName/i.test(m))
        return 'role-session-name must be 2 to 64 characters of letters, digits and +=,.@_-.';
    if (/[Pp]olicy/.test(m))
        return 'The session-policy input is not a valid IAM policy document.';
    return 'STS rejected a parameter: check role-to-assume, role-session-name, role-duration-seconds and session-policy.';
}
/** arn:aws:sts::123:assumed-role/name/session -> arn:aws:iam::123:role/name */
function roleArnOf(assumedRoleArn) {
    const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/(.+)\/[^/]+$/.exec(assumedRoleArn ?? '');
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}
/** The account id is the 5th field of any ARN. */
function accountOf(arn) {
    return arn.split(':')[4] ?? '';
}
function indent(text) {
    return text.split('\n').map((l) => `  ${l}`).join('\n');
}

;// CONCATENATED MODULE: ./src/aws/sts.ts




const STS_RETRY = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 4000, deadlineMs: 20000, attemptTimeoutMs: 6000 };
let stsModule;
const loadSts = () => (stsModule ??= Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(118), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 1695, 19)));
async function client(ctx, credentials) {
    const sts = await loadSts();
    const policy = ctx.policy ?? STS_RETRY;
    return { sts, client: new sts.STSClient((0,clients/* awsClientConfig */.r)({ region: ctx.region, credentials, env: ctx.env }, { maxAttempts: 1, requestTimeoutMs: policy.attemptTimeoutMs })) };
}
/** Runs one STS operation under our retry policy; failures become explained ActionErrors. */
async function call(ctx, operation, failure, send) {
    try {
        return await withRetry(({ timeoutMs }) => {
            const limit = AbortSignal.timeout(timeoutMs);
            return send(ctx.signal ? AbortSignal.any([limit, ctx.signal]) : limit);
        }, {
            policy: ctx.policy ?? STS_RETRY,
            isRetryable: (e) => isRetryableClass(classifyFailure(factsOf(e))),
            onRetry: (event) => ctx.onRetry?.(operation, event),
            signal: ctx.signal,
        });
    }
    catch (e) {
        const last = e instanceof RetryExhausted ? e.last : e;
        throw stsError({ ...failure, facts: factsOf(last), outcome: e instanceof RetryExhausted ? e.outcome : undefined, endpoint: endpointLabel(ctx) });
    }
}
function endpointLabel(ctx) {
    return ctx.env.AWS_ENDPOINT_URL_STS || ctx.env.AWS_ENDPOINT_URL || `sts.${ctx.region}.amazonaws.com`;
}
/** Masks first, then checks the answer is complete. */
function issued(ctx, out, step, roleArn) {
    const c = out.Credentials ?? {};
    for (const part of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken])
        if (part)
            ctx.onSecret(part);
    const arn = out.AssumedRoleUser?.Arn ?? '';
    if (!c.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !(c.Expiration instanceof Date) || Number.isNaN(c.Expiration.getTime()) || arn === '') {
        throw stsError({ step, roleArn, facts: { name: 'IncompleteResponse', message: 'the answer lacks credentials, their expiration or the assumed-role ARN' } });
    }
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration, assumedRoleArn: arn, accountId: accountOf(arn) };
}
async function assumeRoleWithWebIdentity(ctx, req) {
    const { sts, client: c } = await client(ctx, undefined);
    const input = {
        RoleArn: req.roleArn,
        RoleSessionName: req.sessionName,
        WebIdentityToken: req.token,
        DurationSeconds: req.durationSeconds,
        ...(req.sessionPolicy !== '' ? { Policy: req.sessionPolicy } : {}),
    };
    const out = await call(ctx, 'AssumeRoleWithWebIdentity', { step: 'web-identity', roleArn: req.roleArn, token: req.token }, (abortSignal) => c.send(new sts.AssumeRoleWithWebIdentityCommand(input), { abortSignal }));
    return issued(ctx, out, 'web-identity', req.roleArn);
}
async function assumeChainedRole(ctx, source, req) {
    const identity = { accessKeyId: source.accessKeyId, secretAccessKey: source.secretAccessKey, sessionToken: source.sessionToken, expiration: source.expiration };
    const { sts, client: c } = await client(ctx, async () => identity);
    const input = {
        RoleArn: req.roleArn,
        RoleSessionName: req.sessionName,
        // Role chaining limits the session to one hour.
        DurationSeconds: Math.min(req.durationSeconds, 3600),
        ...(req.externalId !== '' ? { ExternalId: req.externalId } : {}),
    };
    const out = await call(ctx, 'AssumeRole', { step: 'chain', roleArn: req.roleArn, sourceArn: source.assumedRoleArn }, (abortSignal) => c.send(new sts.AssumeRoleCommand(input), { abortSignal }));
    return issued(ctx, out, 'chain', req.roleArn);
}
/** GetCallerIdentity with the ambient (SDK default chain) credentials. */
async function ambientIdentity(ctx) {
    const { sts, client: c } = await client(ctx, undefined);
    let expiration;
    try {
        const ambient = await c.config.credentials();
        for (const part of [ambient.accessKeyId, ambient.secretAccessKey, ambient.sessionToken])
            if (part)
                ctx.onSecret(part);
        expiration = ambient.expiration;
    }
    catch (e) {
        throw stsError({ step: 'caller-identity', roleArn: '', facts: factsOf(e) });
    }
    const out = await call(ctx, 'GetCallerIdentity', { step: 'caller-identity', roleArn: '' }, (abortSignal) => c.send(new sts.GetCallerIdentityCommand({}), { abortSignal }));
    return { account: out.Account ?? accountOf(out.Arn ?? ''), arn: out.Arn ?? '', expiration };
}

;// CONCATENATED MODULE: ./src/aws/session.ts








function requireRegion(ctx) {
    const region = ctx.settings.awsRegion;
    if (region === '') {
        throw new errors/* InputError */.dz('aws-region', 'is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set', 'the AWS region of the pipeline or cluster', 'aws-region: eu-west-1');
    }
    return region;
}
async function openAwsSession(ctx, options = {}) {
    const region = requireRegion(ctx);
    const exported = ctx.settings.exportCredentials || ctx.settings.command === 'credentials';
    if (ctx.settings.roleToAssume === '')
        return openAmbient(ctx, region, exported, options.identifyAmbient ?? ctx.settings.command === 'credentials');
    return openAssumed(ctx, region, exported);
}
function stsContext(ctx, region) {
    return {
        region,
        env: ctx.env,
        signal: ctx.signal,
        onSecret: (v) => ctx.setSecret(v),
        onRetry: (operation, e) => (0,credentials/* reportRetry */.vo)(`STS ${operation}`, e.attempt, e.maxAttempts, e.delayMs, shortReason(e.error)),
    };
}
async function openAssumed(ctx, region, exported) {
    const s = ctx.settings;
    const endpoint = oidcEndpoint(ctx.env);
    const sts = stsContext(ctx, region);
    const sessionName = s.roleSessionName || defaultSessionName(s.run);
    let subject;
    let viaArn;
    const issue = async () => {
        const token = await requestIdToken(endpoint, s.audience, {
            env: ctx.env,
            signal: ctx.signal,
            onToken: (t) => ctx.setSecret(t),
            onRetry: (e) => (0,credentials/* reportRetry */.vo)('GitHub OIDC token', e.attempt, e.maxAttempts, e.delayMs, shortReason(e.error)),
        });
        subject = decodeClaims(token)?.sub;
        const first = await assumeRoleWithWebIdentity(sts, { roleArn: s.roleToAssume, sessionName, durationSeconds: s.roleDurationSeconds, sessionPolicy: s.sessionPolicy, token });
        if (s.chainRoleToAssume === '')
            return first;
        viaArn = first.assumedRoleArn;
        return assumeChainedRole(sts, first, { roleArn: s.chainRoleToAssume, sessionName, durationSeconds: s.roleDurationSeconds, externalId: s.chainRoleExternalId });
    };
    const first = await issue();
    publish(ctx, first, region, exported);
    const refreshing = refreshingProvider(first, issue, {
        onRefreshed: (fresh) => {
            publish(ctx, fresh, region, exported);
            (0,credentials/* reportRefreshed */.Nz)(fresh.assumedRoleArn, fresh.expiration);
        },
        onRefreshFailed: (error, current) => (0,credentials/* reportRefreshFailed */.hj)(shortReason(error), current.expiration),
    });
    (0,credentials/* reportSession */.RE)({ source: 'oidc', accountId: first.accountId, arn: first.assumedRoleArn, expiration: first.expiration, viaArn, sessionName, subject, exported, region });
    return { region, credentials: refreshing.provider, accountId: first.accountId, source: 'oidc', arn: first.assumedRoleArn, viaArn, expiration: first.expiration, env: ctx.env };
}
/** Outputs and (when asked) the exported environment; the parts were masked by the STS layer. */
function publish(ctx, c, region, exported) {
    ctx.setOutput('aws-account-id', c.accountId);
    ctx.setOutput('assumed-role-arn', c.assumedRoleArn);
    ctx.setOutput('credentials-expiration', c.expiration.toISOString());
    if (!exported)
        return;
    ctx.exportVariable('AWS_ACCESS_KEY_ID', c.accessKeyId);
    ctx.exportVariable('AWS_SECRET_ACCESS_KEY', c.secretAccessKey);
    ctx.exportVariable('AWS_SESSION_TOKEN', c.sessionToken);
    exportRegion(ctx, region);
}
function exportRegion(ctx, region) {
    ctx.exportVariable('AWS_REGION', region);
    ctx.exportVariable('AWS_DEFAULT_REGION', region);
}
async function openAmbient(ctx, region, exported, identify) {
    // Ambient credentials stay where they are (environment, profile, instance role); later steps find them the same way.
    if (exported)
        exportRegion(ctx, region);
    if (!identify)
        return { region, credentials: undefined, accountId: undefined, source: 'ambient', env: ctx.env };
    const who = await ambientIdentity(stsContext(ctx, region));
    ctx.setOutput('aws-account-id', who.account);
    if (/:assumed-role\//.test(who.arn))
        ctx.setOutput('assumed-role-arn', who.arn);
    if (who.expiration)
        ctx.setOutput('credentials-expiration', who.expiration.toISOString());
    (0,credentials/* reportSession */.RE)({ source: 'ambient', accountId: who.account, arn: who.arn, expiration: who.expiration, exported: false, region });
    return { region, credentials: undefined, accountId: who.account, source: 'ambient', arn: who.arn, expiration: who.expiration, env: ctx.env };
}


/***/ }),

/***/ 9064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nz: () => (/* binding */ reportRefreshed),
/* harmony export */   RE: () => (/* binding */ reportSession),
/* harmony export */   eL: () => (/* binding */ writeCredentialsSummary),
/* harmony export */   hj: () => (/* binding */ reportRefreshFailed),
/* harmony export */   vo: () => (/* binding */ reportRetry)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/** Log lines and the job summary of the credentials flow. Plain data in; no secrets ever. */

function reportSession(r) {
    const lines = [];
    if (r.source === 'oidc') {
        lines.push(`AWS credentials: ${r.arn}${r.viaArn ? ` (chained from ${r.viaArn})` : ''}`);
        if (r.subject)
            lines.push(`  from GitHub OIDC token with sub ${r.subject}`);
    }
    else {
        lines.push(`AWS credentials: ambient${r.arn !== '' ? `, ${r.arn}` : ''}`);
    }
    if (r.accountId !== '')
        lines.push(`  account ${r.accountId}, region ${r.region}`);
    if (r.expiration)
        lines.push(`  expire at ${r.expiration.toISOString()} (renewed before then while this step runs)`);
    if (r.exported)
        lines.push('  exported AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_REGION, AWS_DEFAULT_REGION for later steps');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(lines.join('\n'));
}
function reportRetry(operation, attempt, maxAttempts, delayMs, reason) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${operation}: ${reason}; retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1} of ${maxAttempts})`);
}
function reportRefreshed(arn, expiration) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`AWS credentials renewed: ${arn}, now expire at ${expiration.toISOString()}`);
}
function reportRefreshFailed(reason, expiration) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not renew the AWS credentials yet (${reason}); the current ones stay valid until ${expiration.toISOString()} and renewal is tried again.`, {
        title: 'AWS credentials',
    });
}
async function writeCredentialsSummary(r) {
    const rows = [
        [{ data: 'Field', header: true }, { data: 'Value', header: true }],
        ['Source', r.source === 'oidc' ? 'GitHub OIDC → STS' : 'ambient credentials'],
        ['Account', r.accountId || '(unknown)'],
        ['Identity', r.arn || '(unknown)'],
        ...(r.viaArn ? [['Chained from', r.viaArn]] : []),
        ['Region', r.region],
        ['Expires', r.expiration ? r.expiration.toISOString() : '(not reported)'],
    ];
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addHeading('AWS credentials', 3).addTable(rows).write();
}


/***/ })

};

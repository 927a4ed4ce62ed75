export const id = 180;
export const ids = [180];
export const modules = {

/***/ 3644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ awsClientConfig)
});

// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/aws/http-handler.ts
/**
 * The SDK's Node HTTP handler, keeping each answer's body as bytes: when an answer is not an
 * AWS answer (a proxy's HTML error page, a truncated body), the SDK consumes the stream while
 * failing to parse it and only its first ten characters survive in a SyntaxError. With the body
 * kept, ./describe-error.ts can say what really came back. The services this action calls
 * (STS, CodePipeline, EKS, CloudFormation, …) answer small JSON or XML documents that the SDK
 * reads whole anyway; event streams and binary downloads are passed through untouched.
 */

const STREAMING = /^(application\/vnd\.amazon\.eventstream|application\/octet-stream)\b/i;
function isReadable(body) {
    return body !== null && typeof body === 'object' && typeof body.pipe === 'function' && Symbol.asyncIterator in body;
}
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return new Uint8Array(Buffer.concat(chunks));
}
class BodyKeepingHttpHandler extends dist_cjs.NodeHttpHandler {
    async handle(...args) {
        const result = await super.handle(...args);
        const { response } = result;
        const type = String(response.headers['content-type'] ?? '');
        if (isReadable(response.body) && !STREAMING.test(type))
            response.body = await readAll(response.body);
        return result;
    }
}

// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/aws/clients.ts


function awsClientConfig(session, tuning = {}) {
    const { httpAgent, httpsAgent } = (0,proxy/* proxyAgents */.H)(session.env ?? process.env);
    return {
        region: session.region,
        ...(session.credentials ? { credentials: session.credentials } : {}),
        maxAttempts: tuning.maxAttempts ?? 1,
        // Keeps answer bodies so that an answer that is not AWS's can be described (describe-error.ts).
        requestHandler: new BodyKeepingHttpHandler({
            connectionTimeout: tuning.connectionTimeoutMs ?? 5000,
            requestTimeout: tuning.requestTimeoutMs ?? 15000,
            httpAgent,
            httpsAgent,
        }),
    };
}


/***/ }),

/***/ 6831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MV: () => (/* binding */ attemptsText),
/* harmony export */   Pp: () => (/* binding */ describeAwsError),
/* harmony export */   Pu: () => (/* binding */ failureLine),
/* harmony export */   em: () => (/* binding */ sentence),
/* harmony export */   hG: () => (/* binding */ awsCause),
/* harmony export */   yy: () => (/* binding */ answerText)
/* harmony export */ });
/* unused harmony export withoutSdkAdvice */
/* harmony import */ var _retry_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7565);
/**
 * What went wrong with one AWS call, in the action's words: service, operation, HTTP status,
 * AWS error code, AWS's message (or what came back instead of an AWS answer), request id.
 * Reads whatever the SDK threw: modelled service errors, answers the SDK could not parse (an
 * HTML error page, an empty body: their body is kept by ./http-handler.ts), socket errors and
 * timeouts, a missing credential chain. The SDK's advice to its developers ("Deserialization
 * error: … inspect the hidden field {error}.$response") never reaches the user.
 */

/** Names the SDK gives an error answer that carried no AWS error code. */
const NO_CODE = new Set(['Unknown', 'UnknownError', 'Error', 'SyntaxError', 'TypeError']);
const NETWORK_NAMES = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'NetworkingError']);
const SNIPPET = 80;
/** The SDK's developer advice, and anything after it. */
function withoutSdkAdvice(message) {
    return message.replace(/\s*Deserialization error: to see the raw response[\s\S]*$/, '').replace(/\s+/g, ' ').trim();
}
function describeAwsError(error, service, operation) {
    if (error === null || typeof error !== 'object')
        return { service, operation, message: String(error) };
    const e = error;
    const name = typeof e.name === 'string' ? e.name : 'Error';
    const message = withoutSdkAdvice(typeof e.message === 'string' ? e.message : '');
    const status = statusOf(e);
    const requestId = requestIdOf(e);
    const attempts = typeof e.$metadata?.attempts === 'number' && e.$metadata.attempts > 1 ? e.$metadata.attempts : undefined;
    const base = { service, operation, ...(requestId ? { requestId } : {}), ...(attempts ? { sdkAttempts: attempts } : {}) };
    if (status === undefined)
        return { ...base, ...withoutAnswer(e, name, message) };
    // A deserialization failure has the raw $response attached and no $fault.
    const unreadable = NO_CODE.has(name) || (e.$response !== undefined && e.$fault === undefined);
    if (!unreadable)
        return { ...base, status, code: (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .awsCode */ .z8)(name), message };
    // The SDK could not read an AWS error code: look at the body ourselves.
    const body = bodyOf(e);
    const found = body !== undefined ? codeInBody(body) : undefined;
    // An AWS error document, but not in the service's protocol: something else answered.
    if (found)
        return { ...base, status, code: found.code, message: found.message, foreign: true };
    const type = contentTypeOf(e);
    if (status < 300 && /json|xml/i.test(type ?? ''))
        return { ...base, status, message: unreadableAnswer(body, type, message) };
    return { ...base, status, foreign: true, message: foreignBody(body, type, message) };
}
/** `HTTP 403 AccessDenied: Not authorized…; request id …` — the answer, without service and operation. */
function answerText(f) {
    if (f.status === undefined)
        return f.network ? `no HTTP answer (${f.message})` : f.message;
    const id = f.requestId ? `; request id ${f.requestId}` : '';
    // A request id after AWS's message: its full stop would stand in the middle of the sentence.
    const message = id !== '' ? f.message.replace(/\.$/, '') : f.message;
    if (f.code !== undefined)
        return `HTTP ${f.status} ${f.code}${message !== '' && message !== f.code ? `: ${message}` : ''}${id}`;
    return `HTTP ${f.status} ${message}${id}${f.status >= 300 ? '; AWS error code unknown' : ''}`;
}
/** `CodePipeline ListPipelineExecutions failed: HTTP 500 with a body that is not an AWS answer (…); AWS error code unknown.` */
function failureLine(f) {
    return sentence(`${f.service} ${f.operation} failed${attemptsText(f)}: ${answerText(f)}`);
}
/** ` after 4 attempts` when the SDK retried the call itself. */
function attemptsText(f) {
    return f.sdkAttempts ? ` after ${f.sdkAttempts} attempts` : '';
}
/** Ends the text with a full stop unless it already ends a sentence. */
function sentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
function withoutAnswer(e, name, message) {
    const code = typeof e.code === 'string' ? e.code : typeof e.cause?.code === 'string' ? String(e.cause.code) : undefined;
    if (code !== undefined && /^E[A-Z_]+$|^UND_ERR/.test(code))
        return { network: true, message: message.includes(code) ? message : `${code}: ${message}` };
    if (NETWORK_NAMES.has(name))
        return { network: true, message: `${name}: ${message || 'the attempt ran out of time'}` };
    return { code: (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_0__/* .awsCode */ .z8)(name), message };
}
function statusOf(e) {
    const s = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
    return typeof s === 'number' ? s : undefined;
}
function header(e, name) {
    const v = e.$response?.headers?.[name];
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function requestIdOf(e) {
    const id = e.$metadata?.requestId;
    if (typeof id === 'string' && id !== '')
        return id;
    const fromHeader = header(e, 'x-amzn-requestid') ?? header(e, 'x-amz-request-id');
    if (fromHeader)
        return fromHeader;
    // STS and the other XML services put it in the error document.
    return /<RequestId>([\w-]{1,100})<\/RequestId>/.exec(bodyOf(e) ?? '')?.[1];
}
function contentTypeOf(e) {
    return header(e, 'content-type')?.split(';')[0]?.trim();
}
/** The body as text when it was kept (./http-handler.ts) or the SDK attached it. */
function bodyOf(e) {
    const body = e.$response?.body;
    if (typeof body === 'string')
        return body;
    if (body instanceof Uint8Array)
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    return typeof e.$responseBodyText === 'string' ? e.$responseBodyText : undefined;
}
/** An AWS error document in a shape the SDK did not expect (JSON for an XML service, …). */
function codeInBody(body) {
    const text = body.trim();
    if (text.startsWith('{')) {
        try {
            const doc = JSON.parse(text);
            const raw = doc.__type ?? doc.code ?? doc.Code;
            const message = [doc.message, doc.Message].find((m) => typeof m === 'string') ?? '';
            if (typeof raw === 'string' && raw !== '')
                return { code: raw.split('#').pop().split(':')[0].slice(0, 100), message: bounded(String(message)) };
        }
        catch {
            return undefined;
        }
        return undefined;
    }
    const code = /<Code>([^<]{1,100})<\/Code>/.exec(text)?.[1];
    if (code === undefined)
        return undefined;
    return { code, message: bounded(/<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? '') };
}
function bounded(text, max = 300) {
    const flat = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
    return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
/** `with a body that is not an AWS answer (text/html: '<html>…')`, `with an empty body`. */
function foreignBody(body, contentType, sdkMessage) {
    const snippet = body !== undefined ? body : snippetOfParseError(sdkMessage);
    if (snippet === undefined)
        return 'with an answer the AWS SDK could not read';
    const flat = snippet.replace(/>\s+</g, '><').replace(/[\s\p{Cc}]+/gu, ' ').trim();
    if (flat === '')
        return `with an empty body${contentType ? ` (${contentType})` : ''}`;
    const shown = flat.length > SNIPPET ? `${flat.slice(0, SNIPPET)}…` : flat;
    return `with a body that is not an AWS answer (${contentType ?? 'no content type'}: '${shown}')`;
}
/** A success answer in the service's format that the SDK could not read (a field of the wrong type, …). */
function unreadableAnswer(body, contentType, sdkMessage) {
    const shown = body !== undefined ? ` (${contentType}: '${bounded(body, SNIPPET)}')` : '';
    return `with an answer the AWS SDK could not read: ${bounded(sdkMessage, 120) || 'no reason given'}${shown}`;
}
/** The start of the body that JSON.parse quoted: `Unexpected token '<', "<html><bod"... is not valid JSON`. */
function snippetOfParseError(message) {
    const m = /"([\s\S]*)"(\.\.\.)? is not valid JSON/.exec(message);
    return m ? `${m[1]}${m[2] ? '…' : ''}` : undefined;
}
/**
 * The cause to attach to an ActionError made from an AWS failure: named by the AWS error code
 * (plain "Error" when there was none, never the SDK's SyntaxError or Unknown), with the facts
 * the retry classifier reads ($metadata, $response, the socket error code) and the SDK's own
 * error as its cause, for the debug stack trace.
 */
function awsCause(error, f) {
    const e = (error !== null && typeof error === 'object' ? error : {});
    const cause = Object.assign(new Error(answerText(f), { cause: error }), {
        ...(e.$metadata !== undefined ? { $metadata: e.$metadata } : {}),
        ...(e.$fault !== undefined ? { $fault: e.$fault } : {}),
        ...(typeof e.code === 'string' ? { code: e.code } : {}),
        ...(typeof e.retryAfterMs === 'number' ? { retryAfterMs: e.retryAfterMs } : {}),
    });
    cause.name = f.code ?? (f.network && typeof e.name === 'string' && NETWORK_NAMES.has(e.name) ? e.name : 'Error');
    if (e.$response !== undefined)
        Object.defineProperty(cause, '$response', { value: e.$response, enumerable: false });
    return cause;
}


/***/ }),

/***/ 7180:
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
// EXTERNAL MODULE: ./src/retry/index.ts + 4 modules
var retry = __webpack_require__(7565);
// EXTERNAL MODULE: ./src/aws/describe-error.ts
var describe_error = __webpack_require__(6831);
;// CONCATENATED MODULE: ./src/aws/endpoints.ts
/**
 * The URL-valued environment variables the AWS session depends on, checked before any call:
 * the SDK and Node would otherwise fail deep inside with a bare "Invalid URL".
 */

/** AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> (STS, CODEPIPELINE, EKS, CLOUDFORMATION, …). */
const AWS_ENDPOINT_VAR = /^AWS_ENDPOINT_URL(_[A-Z0-9_]+)?$/;
/** What to set instead, with a URL of the right shape. */
function hintFor(name, region) {
    const r = region || 'eu-west-1';
    if (name === 'AWS_ENDPOINT_URL') {
        return `Set ${name} to a full URL with its scheme, for example http://127.0.0.1:4566 (an emulator that answers every service), or remove it. ` +
            `To point one service elsewhere use AWS_ENDPOINT_URL_<SERVICE>, for example AWS_ENDPOINT_URL_STS=https://sts.${r}.amazonaws.com.`;
    }
    const service = name.slice('AWS_ENDPOINT_URL_'.length).toLowerCase().replace(/_/g, '-');
    return `Set ${name} to a full URL with its scheme, for example https://${service}.${r}.amazonaws.com, or remove it to use AWS's own endpoint for the region.`;
}
/** True for an absolute http(s) URL with a host. */
function isHttpUrl(value) {
    if (!URL.canParse(value))
        return false;
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
}
function shown(value) {
    const flat = value.replace(/\s+/g, ' ');
    return `'${flat.length > 100 ? `${flat.slice(0, 100)}…` : flat}'`;
}
/** Throws for the first AWS_ENDPOINT_URL* variable that is set but not an http(s) URL. */
function checkAwsEndpointVariables(env, region) {
    if ((env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '').toLowerCase() === 'true')
        return;
    for (const name of Object.keys(env).filter((n) => AWS_ENDPOINT_VAR.test(n)).sort()) {
        const value = env[name] ?? '';
        if (value === '' || isHttpUrl(value))
            continue;
        const scope = name === 'AWS_ENDPOINT_URL' ? 'every AWS service this step calls' : `the AWS service ${name.slice('AWS_ENDPOINT_URL_'.length)}`;
        throw new errors/* ActionError */.lZ(`The environment variable ${name} is not an http(s) URL: ${shown(value)}. It sets the endpoint of ${scope}.`, {
            hint: hintFor(name, region),
            title: 'AWS endpoint',
        });
    }
}
/** ACTIONS_ID_TOKEN_REQUEST_URL is set by the runner; a malformed one was overwritten by an earlier step. */
function checkTokenRequestUrl(value) {
    if (isHttpUrl(value))
        return;
    throw new errors/* ActionError */.lZ(`The environment variable ACTIONS_ID_TOKEN_REQUEST_URL is not an http(s) URL: ${shown(value)}. The GitHub OIDC token cannot be requested.`, {
        hint: 'The runner sets it to its token endpoint, for example https://pipelines.actions.githubusercontent.com/<id>/_apis/distributedtask/hubs/Actions/plans/<plan>/jobs/<job>/idtoken?api-version=2.0. ' +
            "An earlier step or the job's env: overwrote it: remove that override (the job needs 'permissions: id-token: write' for the runner to set it).",
        title: 'GitHub OIDC token',
    });
}

// EXTERNAL MODULE: ./src/util/guards.ts
var guards = __webpack_require__(6936);
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
        return (0,guards/* isObj */.s)(parsed) ? parsed : undefined;
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
/**
 * A trust-policy statement that accepts exactly this token: StringEquals on its sub and aud,
 * never a wildcard (a wildcard on sub admits other branches, pull requests and environments).
 */
function matchingTrustStatement(claims, roleArn) {
    const key = issuerKey(claims);
    const account = /^arn:[^:]+:iam::(\d{12}):/.exec(roleArn)?.[1] ?? '<account id>';
    const partition = /^arn:([^:]+):/.exec(roleArn)?.[1] ?? 'aws';
    const aud = audienceOf(claims) || 'sts.amazonaws.com';
    const sub = typeof claims.sub === 'string' && claims.sub !== '' ? claims.sub : 'repo:<owner>/<repo>:environment:<environment>';
    return {
        Effect: 'Allow',
        Principal: { Federated: `arn:${partition}:iam::${account}:oidc-provider/${key}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: { StringEquals: { [`${key}:aud`]: aud, [`${key}:sub`]: sub } },
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
    checkTokenRequestUrl(url);
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
        const answer = await (0,retry/* withRetry */.bD)(async ({ timeoutMs }) => {
            const r = await httpGet(url, headers, timeoutMs, options.env, options.signal);
            if (r.status !== 200)
                throw new TokenHttpError(r.status, r.body);
            return r.body;
        }, { policy: options.policy ?? OIDC_RETRY, onRetry: options.onRetry, signal: options.signal });
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
    const last = e instanceof retry/* RetryExhausted */.IT ? e.last : e;
    const outcome = e instanceof retry/* RetryExhausted */.IT ? e.outcome : undefined;
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

;// CONCATENATED MODULE: ./src/aws/ambient-source.ts
/**
 * Where the SDK's default credential chain found the ambient credentials, in words a user can
 * act on. The chain marks what it resolved (`$source` features); the container and instance
 * providers leave no mark, and being last in the chain they are what an unmarked result is.
 */
function ambientSource(identity, env) {
    const marks = Object.keys(identity.$source ?? {});
    const has = (prefix) => marks.some((m) => m.startsWith(prefix));
    const profile = `profile '${env.AWS_PROFILE || 'default'}' of the shared AWS config files (${env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials'}, ${env.AWS_CONFIG_FILE || '~/.aws/config'})`;
    if (has('CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN'))
        return `the web identity token file AWS_WEB_IDENTITY_TOKEN_FILE with the role AWS_ROLE_ARN${env.AWS_ROLE_ARN ? ` (${env.AWS_ROLE_ARN})` : ''}`;
    if (has('CREDENTIALS_ENV_VARS')) {
        return `the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY${identity.sessionToken ? ' (with AWS_SESSION_TOKEN)' : ''}`;
    }
    if (has('CREDENTIALS_PROFILE_SSO') || has('CREDENTIALS_SSO'))
        return `the IAM Identity Center (SSO) login of ${profile}`;
    if (has('CREDENTIALS_PROFILE_PROCESS') || has('CREDENTIALS_PROCESS'))
        return `the credential_process of ${profile}`;
    if (has('CREDENTIALS_PROFILE'))
        return profile;
    if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
        return 'the container role (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / AWS_CONTAINER_CREDENTIALS_FULL_URI)';
    if (marks.length === 0)
        return "the runner's instance role (EC2 instance metadata)";
    return 'the default AWS credential chain';
}

;// CONCATENATED MODULE: ./src/aws/arn.ts
/** Reading ARNs. */
/** arn:aws:sts::123:assumed-role/name/session -> arn:aws:iam::123:role/name */
function roleArnOf(assumedRoleArn) {
    const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/(.+)\/[^/]+$/.exec(assumedRoleArn ?? '');
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}
/** The account id is the 5th field of any ARN. */
function accountOf(arn) {
    return arn.split(':')[4] ?? '';
}

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(3644);
;// CONCATENATED MODULE: ./src/aws/sts-hints.ts
/**
 * What to do about an STS refusal: the hint lines of ./explain.ts. Pure text from the failure.
 */


const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
function issuerOf(f) {
    const iss = f.token ? decodeClaims(f.token)?.iss : undefined;
    return typeof iss === 'string' && iss !== '' ? iss : GITHUB_ISSUER;
}
function indent(text) {
    return text.split('\n').map((l) => `  ${l}`).join('\n');
}
/** Why a wildcard on sub is dangerous, and what to do instead. */
const WILDCARD_WARNING = "Match sub exactly with StringEquals. Avoid StringLike wildcards such as 'repo:OWNER/REPO:*': it admits every branch, every pull request " +
    'and every environment of the repository, so anyone who can push a branch or open a pull request there could assume the role. ' +
    "To admit more jobs, list each exact sub, or run the deploying jobs in a GitHub environment with protection rules (required reviewers, " +
    "deployment branches) and trust only 'repo:OWNER/REPO:environment:NAME'. A job with environment: has that sub instead of the branch one.";
function webIdentityDeniedHint(f) {
    const claims = f.token ? decodeClaims(f.token) : undefined;
    if (!claims)
        return `The trust policy of ${f.roleArn} does not accept this job's GitHub OIDC token, or the role does not exist.`;
    return [
        `The trust policy of ${f.roleArn} does not accept this job's GitHub OIDC token (or the role does not exist). The token says:`,
        ...claimLines(claims),
        'A trust-policy statement that accepts exactly this job (StringEquals on its sub and aud):',
        indent(JSON.stringify(matchingTrustStatement(claims, f.roleArn), null, 2)),
        WILDCARD_WARNING,
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
function invalidTokenHint(f) {
    const message = f.answer.message;
    const iss = issuerOf(f);
    if (/No OpenIDConnect provider found/i.test(message)) {
        return 'The role\'s account has no IAM OIDC identity provider for GitHub. Create one for https://token.actions.githubusercontent.com with audience sts.amazonaws.com (see docs/credentials.md).';
    }
    if (/audience/i.test(message)) {
        return "The token's audience is not one the IAM OIDC provider lists. Set the audience input to a client id of the provider (default sts.amazonaws.com), or add it to the provider.";
    }
    if (/verification key|thumbprint|certificate/i.test(message)) {
        return [
            `AWS could not get the keys that sign the token from the identity provider ${iss} (its /.well-known/openid-configuration and the jwks_uri it names).`,
            "This is on the identity-provider side, between AWS and the issuer: not the role's trust policy, and not the runner's network. Check the IAM OIDC provider in the role's account:",
            `its URL must be exactly ${iss} (https, no trailing slash), and any thumbprints it lists must match that host's certificate.`,
            iss === GITHUB_ISSUER
                ? "If it is right, GitHub's OIDC service may be having trouble (https://www.githubstatus.com): re-run the job later."
                : 'GitHub Enterprise Server: the issuer must be reachable from the internet for AWS to fetch its keys.',
        ].join(' ');
    }
    return 'STS did not accept the GitHub OIDC token. Check that the IAM OIDC provider is for the issuer of this runner (GitHub Enterprise Server has its own issuer).';
}
function validationHint(message) {
    if (/role chaining/i.test(message))
        return 'A role assumed with another role\'s credentials may last at most 1 hour: set role-duration-seconds to 3600 or less.';
    if (/DurationSeconds/i.test(message))
        return 'role-duration-seconds exceeds the role\'s maximum session duration: lower it, or raise "Maximum session duration" on the role.';
    if (/RoleSessionName|roleSessionName/i.test(message))
        return 'role-session-name must be 2 to 64 characters of letters, digits and +=,.@_-.';
    if (/[Pp]olicy/.test(message))
        return 'The session-policy input is not a valid IAM policy document.';
    return 'STS rejected a parameter: check role-to-assume, role-session-name, role-duration-seconds and session-policy.';
}
/** Retrying did not help: say where the trouble is. */
function unavailableHint(f) {
    const at = f.endpoint ? ` at ${f.endpoint}` : '';
    if (f.answer.code === 'IDPCommunicationError') {
        return `STS could not reach the identity provider ${issuerOf(f)} to check the token, for the whole retry budget. That is between AWS and the issuer, not the runner's network: ` +
            "re-run the job later; if it persists, check https://www.githubstatus.com and the URL of the IAM OIDC provider.";
    }
    if (f.answer.foreign) {
        return `AWS STS${at} was unavailable, throttling or unreachable for the whole retry budget, and the answers were not AWS's: a proxy or a wrong endpoint may be in between. ` +
            'Check the proxy settings (HTTPS_PROXY, NO_PROXY) and AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL, then re-run the job.';
    }
    return `AWS STS${at} was unavailable, throttling or unreachable for the whole retry budget. Re-run the job; if it persists check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY) and AWS_ENDPOINT_URL_STS.`;
}
const REJECTED_WHY = {
    InvalidClientTokenId: 'AWS does not know their access key id: it was deleted, deactivated or mistyped, or temporary keys (ASIA…) came without their AWS_SESSION_TOKEN.',
    InvalidAccessKeyId: 'AWS does not know their access key id: it was deleted, deactivated or mistyped.',
    UnrecognizedClientException: 'AWS does not know their access key id or session token.',
    SignatureDoesNotMatch: "Their secret access key does not belong to the access key id (mistyped, or from another key pair), or the runner's clock is more than 5 minutes off.",
    InvalidSignatureException: "Their secret access key does not belong to the access key id, or the runner's clock is more than 5 minutes off.",
    ExpiredToken: 'They are temporary credentials that have expired: the step that issued them must run again (or issue them for longer).',
    ExpiredTokenException: 'They are temporary credentials that have expired: the step that issued them must run again (or issue them for longer).',
    RequestExpired: "The request's signature was too old when AWS saw it: check the runner's clock.",
};
/** role-to-assume is empty and the ambient credentials were refused: blame them, not roles. */
function ambientRejectedHint(code, source) {
    const from = source ?? 'the default AWS credential chain';
    return [
        `role-to-assume is empty, so the action used the ambient AWS credentials, from ${from}, and AWS rejected them.`,
        REJECTED_WHY[code] ?? 'They are incomplete or not valid.',
        'Fix or remove them where they are set (an earlier step, the job\'s env:, the runner), or set role-to-assume to use this job\'s GitHub OIDC token instead (permissions: id-token: write).',
    ].join(' ');
}

;// CONCATENATED MODULE: ./src/aws/explain.ts
/**
 * Turning an STS refusal into what went wrong and what to change. Pure: facts in, ActionError out.
 */




const TITLE = 'AWS credentials';
const NO_AMBIENT_HINT = 'role-to-assume is empty, so the ambient AWS credentials are used, and none were found. Set role-to-assume to use the GitHub OIDC token, ' +
    'or configure credentials in an earlier step (aws-actions/configure-aws-credentials), or run on a runner with an instance role.';
/** AWS error codes that say "these credentials are not valid" (as opposed to "not allowed"). */
const REJECTED_CREDENTIALS = new Set([
    'InvalidClientTokenId', 'SignatureDoesNotMatch', 'ExpiredToken', 'ExpiredTokenException', 'IncompleteSignature', 'InvalidAccessKeyId',
    'UnrecognizedClientException', 'InvalidSignatureException', 'AuthFailure', 'MissingAuthenticationToken', 'RequestExpired',
]);
const OPERATION = { 'web-identity': 'AssumeRoleWithWebIdentity', chain: 'AssumeRole', 'caller-identity': 'GetCallerIdentity' };
function subjectOf(f, code) {
    if (f.step !== 'caller-identity')
        return `could not assume ${f.roleArn}`;
    if (REJECTED_CREDENTIALS.has(code))
        return `rejected the ambient AWS credentials from ${f.ambientSource ?? 'the default AWS credential chain'}`;
    return 'could not identify the ambient AWS credentials';
}
function stsError(f) {
    const code = f.answer.code ?? '';
    const tries = f.outcome && f.outcome.attempts > 1 ? ` after ${f.outcome.attempts} attempts in ${(f.outcome.elapsedMs / 1000).toFixed(1)} s` : '';
    const message = `STS ${OPERATION[f.step]} ${subjectOf(f, code)}${tries} (${(0,describe_error/* answerText */.yy)(f.answer)}).`;
    const make = (hint, retryable = false) => new errors/* ActionError */.lZ(message, { hint, title: TITLE, retryable });
    if ((0,retry/* classify */.L8)(f.facts) !== 'permanent')
        return make(unavailableHint(f), true);
    if (f.answer.foreign) {
        return make(`That answer did not come from AWS STS: ${f.endpoint ?? 'the STS endpoint'} is not STS, or a proxy in between answered. Check AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL and the proxy settings (HTTPS_PROXY, NO_PROXY).`);
    }
    if (f.step === 'caller-identity' && REJECTED_CREDENTIALS.has(code))
        return make(ambientRejectedHint(code, f.ambientSource));
    if (code === 'AccessDenied')
        return make(f.step === 'chain' ? chainDeniedHint(f) : f.step === 'web-identity' ? webIdentityDeniedHint(f) : 'The ambient credentials may not call sts:GetCallerIdentity.');
    if (code === 'InvalidIdentityToken')
        return make(invalidTokenHint(f));
    if (code === 'ValidationError')
        return make(validationHint(f.answer.message));
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
    if (f.facts.name === 'IncompleteResponse')
        return make(`STS at ${f.endpoint ?? 'its endpoint'} answered without the expected fields. Re-run the job; if it persists, check AWS_ENDPOINT_URL_STS and any proxy in between.`);
    if (f.step === 'caller-identity')
        return make(`role-to-assume is empty, so the ambient AWS credentials from ${f.ambientSource ?? 'the default AWS credential chain'} were used: check them, or set role-to-assume.`);
    return make('Check role-to-assume, chain-role-to-assume and the roles\' trust policies.');
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
        return await (0,retry/* withRetry */.bD)(({ timeoutMs }) => {
            const limit = AbortSignal.timeout(timeoutMs);
            return send(ctx.signal ? AbortSignal.any([limit, ctx.signal]) : limit);
        }, {
            policy: ctx.policy ?? STS_RETRY,
            onRetry: (event) => ctx.onRetry?.(operation, event),
            signal: ctx.signal,
        });
    }
    catch (e) {
        const last = e instanceof retry/* RetryExhausted */.IT ? e.last : e;
        const outcome = e instanceof retry/* RetryExhausted */.IT ? e.outcome : undefined;
        throw stsError({ ...failure, answer: (0,describe_error/* describeAwsError */.Pp)(last, 'STS', operation), facts: (0,retry/* factsOf */.xS)(last), outcome, endpoint: endpointLabel(ctx) });
    }
}
function endpointLabel(ctx) {
    return ctx.env.AWS_ENDPOINT_URL_STS || ctx.env.AWS_ENDPOINT_URL || `sts.${ctx.region}.amazonaws.com`;
}
/** An STS answer of HTTP 200 that lacks what the operation returns. */
function incomplete(ctx, step, roleArn, operation, lacks) {
    const message = `without ${lacks}`;
    return stsError({ step, roleArn, answer: { service: 'STS', operation, status: 200, message }, facts: { name: 'IncompleteResponse', status: 200, message }, endpoint: endpointLabel(ctx) });
}
/** Masks first, then checks the answer is complete. */
function issued(ctx, out, step, roleArn, operation) {
    const c = out.Credentials ?? {};
    for (const part of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken])
        if (part)
            ctx.onSecret(part);
    const arn = out.AssumedRoleUser?.Arn ?? '';
    if (!c.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !(c.Expiration instanceof Date) || Number.isNaN(c.Expiration.getTime()) || arn === '') {
        throw incomplete(ctx, step, roleArn, operation, 'credentials, their expiration or the assumed-role ARN');
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
    return issued(ctx, out, 'web-identity', req.roleArn, 'AssumeRoleWithWebIdentity');
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
    return issued(ctx, out, 'chain', req.roleArn, 'AssumeRole');
}
/** GetCallerIdentity with the ambient (SDK default chain) credentials. */
async function ambientIdentity(ctx) {
    const { sts, client: c } = await client(ctx, undefined);
    let expiration;
    let source;
    try {
        const ambient = await c.config.credentials();
        for (const part of [ambient.accessKeyId, ambient.secretAccessKey, ambient.sessionToken])
            if (part)
                ctx.onSecret(part);
        expiration = ambient.expiration;
        source = ambientSource(ambient, ctx.env);
    }
    catch (e) {
        throw stsError({ step: 'caller-identity', roleArn: '', answer: (0,describe_error/* describeAwsError */.Pp)(e, 'STS', 'GetCallerIdentity'), facts: (0,retry/* factsOf */.xS)(e) });
    }
    const out = await call(ctx, 'GetCallerIdentity', { step: 'caller-identity', roleArn: '', ambientSource: source }, (abortSignal) => c.send(new sts.GetCallerIdentityCommand({}), { abortSignal }));
    if (!out.Arn)
        throw incomplete(ctx, 'caller-identity', '', 'GetCallerIdentity', 'the caller ARN');
    return { account: out.Account || accountOf(out.Arn), arn: out.Arn, expiration };
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
    checkAwsEndpointVariables(ctx.env, region);
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
        onRetry: (operation, e) => (0,credentials/* reportRetry */.vo)(`STS ${operation}`, e.attempt, e.maxAttempts, e.delayMs, (0,describe_error/* answerText */.yy)((0,describe_error/* describeAwsError */.Pp)(e.error, 'STS', operation))),
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
            onRetry: (e) => (0,credentials/* reportRetry */.vo)('GitHub OIDC token', e.attempt, e.maxAttempts, e.delayMs, e.error instanceof Error ? e.error.message : (0,retry/* shortReason */.PR)(e.error)),
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
        onRefreshFailed: (error, current) => (0,credentials/* reportRefreshFailed */.hj)((0,retry/* shortReason */.PR)(error), current.expiration),
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
/* unused harmony export credentialsSummary */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7994);
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
function credentialsSummary(r) {
    const rows = [
        ['Source', r.source === 'oidc' ? 'GitHub OIDC → STS' : 'ambient credentials'],
        ['Account', r.accountId || '(unknown)'],
        ['Identity', r.arn || '(unknown)'],
        ...(r.viaArn ? [['Chained from', r.viaArn]] : []),
        ['Region', r.region],
        ['Expires', r.expiration ? r.expiration.toISOString() : '(not reported)'],
    ];
    return new _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .SummaryDoc */ .VH().heading('AWS credentials').table(['Field', 'Value'], rows);
}
async function writeCredentialsSummary(r, env) {
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .S)(env, credentialsSummary(r));
}


/***/ })

};

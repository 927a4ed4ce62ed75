export const id = 982;
export const ids = [982];
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

/***/ 982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  eksAccess: () => (/* binding */ eksAccess)
});

// UNUSED EXPORTS: DESCRIBE_CLUSTER_RETRY, describeCluster

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(3644);
// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
// EXTERNAL MODULE: ./src/aws/describe-error.ts
var describe_error = __webpack_require__(6831);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/retry/index.ts + 4 modules
var retry = __webpack_require__(7565);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@smithy/signature-v4/dist-cjs/index.js
var dist_cjs = __webpack_require__(5118);
;// CONCATENATED MODULE: ./src/kube/eks-token.ts
/**
 * EKS bearer tokens, built exactly like `aws eks get-token`: a presigned STS
 * GetCallerIdentity URL carrying the signed header `x-k8s-aws-id: <cluster>`,
 * X-Amz-Expires=60, encoded as `k8s-aws-v1.` + base64url without padding.
 * The API server accepts such a token for 15 minutes after its X-Amz-Date.
 */


const EKS_TOKEN_PREFIX = 'k8s-aws-v1.';
/** How long the API server accepts a token. */
const EKS_TOKEN_LIFETIME_MS = 15 * 60_000;
/** Tokens are replaced well before their life ends. */
const EKS_TOKEN_REFRESH_MS = 10 * 60_000;
/** sha256 / HMAC-sha256 for the signer, from node:crypto. */
class NodeSha256 {
    h;
    constructor(secret) {
        this.h = secret === undefined ? (0,external_node_crypto_.createHash)('sha256') : (0,external_node_crypto_.createHmac)('sha256', bytes(secret));
    }
    update(data) {
        this.h.update(bytes(data));
    }
    async digest() {
        return new Uint8Array(this.h.digest());
    }
}
function bytes(data) {
    if (typeof data === 'string')
        return Buffer.from(data, 'utf8');
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return Buffer.from(data);
}
/** RFC 3986 query escaping (what SigV4 canonicalises to). */
function eks_token_escape(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The regional STS endpoint, as `aws eks get-token` uses it. */
function regionalStsEndpoint(region) {
    const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    return `https://sts.${region}.${suffix}`;
}
/** AWS_ENDPOINT_URL_STS, then AWS_ENDPOINT_URL, then the regional endpoint. */
function stsEndpointFor(region, env) {
    return env.AWS_ENDPOINT_URL_STS?.trim() || env.AWS_ENDPOINT_URL?.trim() || regionalStsEndpoint(region);
}
async function eksToken(req) {
    const url = new URL(req.stsEndpoint);
    const signer = new dist_cjs.SignatureV4({ service: 'sts', region: req.region, credentials: req.credentials, sha256: NodeSha256 });
    const signed = await signer.presign({
        method: 'GET',
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port ? { port: Number(url.port) } : {}),
        path: url.pathname || '/',
        query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
        headers: { host: url.host, 'x-k8s-aws-id': req.clusterName },
    }, { expiresIn: 60, signingDate: req.signingDate });
    const query = Object.entries(signed.query ?? {})
        .flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string').map((x) => `${eks_token_escape(k)}=${eks_token_escape(x)}`))
        .join('&');
    const presigned = `${url.protocol}//${url.host}${signed.path}?${query}`;
    const signedAt = new Date(Math.floor(req.signingDate.getTime() / 1000) * 1000);
    return {
        token: EKS_TOKEN_PREFIX + Buffer.from(presigned, 'utf8').toString('base64url'),
        signedAt,
        expiresAt: new Date(signedAt.getTime() + EKS_TOKEN_LIFETIME_MS),
    };
}
/** Decodes a token back to its presigned URL (for checks and tests); undefined when malformed. */
function decodeEksToken(token) {
    if (!token.startsWith(EKS_TOKEN_PREFIX))
        return undefined;
    const body = token.slice(EKS_TOKEN_PREFIX.length);
    if (!/^[A-Za-z0-9_-]+$/.test(body))
        return undefined;
    try {
        return new URL(Buffer.from(body, 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * Hands out a token, replacing it once it is EKS_TOKEN_REFRESH_MS old or when the API
 * server rejected it. A replacement is always signed at a later second than the token it
 * replaces, so it is never the same string.
 */
class EksTokenSource {
    current;
    now;
    opts;
    constructor(opts) {
        this.opts = opts;
        this.now = opts.now ?? Date.now;
    }
    async token() {
        const now = this.now();
        if (this.current && now - this.current.signedAt.getTime() < EKS_TOKEN_REFRESH_MS)
            return this.current.token;
        return this.renew();
    }
    /** The server rejected the current token: sign a new one. */
    async renew() {
        let at = this.now();
        if (this.current && at < this.current.signedAt.getTime() + 1000)
            at = this.current.signedAt.getTime() + 1000;
        const credentials = await this.opts.credentials();
        const next = await eksToken({ clusterName: this.opts.clusterName, region: this.opts.region, stsEndpoint: this.opts.stsEndpoint, credentials, signingDate: new Date(at) });
        this.opts.onToken?.(next.token);
        this.current = next;
        return next.token;
    }
}

;// CONCATENATED MODULE: ./src/kube/eks.ts
/**
 * Connection to an EKS cluster with the action's AWS credentials: DescribeCluster for the
 * endpoint and CA, and a bearer token built like `aws eks get-token`, renewed every
 * 10 minutes and whenever the API server answers 401.
 */








/** DescribeCluster under the shared retry policy (the SDK client itself makes one attempt). */
const DESCRIBE_CLUSTER_RETRY = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 4000, deadlineMs: 30_000, attemptTimeoutMs: 10_000 };
async function describeCluster(session, clusterName) {
    const { EKSClient, DescribeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(524)]).then(__webpack_require__.t.bind(__webpack_require__, 4524, 19));
    const client = new EKSClient((0,clients/* awsClientConfig */.r)(session, { requestTimeoutMs: DESCRIBE_CLUSTER_RETRY.attemptTimeoutMs }));
    let cluster;
    try {
        const out = await (0,retry/* withRetry */.bD)(({ timeoutMs }) => client.send(new DescribeClusterCommand({ name: clusterName }), { abortSignal: AbortSignal.timeout(timeoutMs) }), { policy: DESCRIBE_CLUSTER_RETRY });
        cluster = out.cluster;
    }
    catch (e) {
        throw describeClusterError(e instanceof retry/* RetryExhausted */.IT ? e.last : e, clusterName, session.region);
    }
    if (!cluster?.endpoint) {
        throw new errors/* ActionError */.lZ(`EKS cluster "${clusterName}" has no API endpoint yet (status ${cluster?.status ?? 'unknown'}).`, {
            hint: 'Wait until the cluster is ACTIVE, then re-run the job.',
            title: 'eks',
        });
    }
    return { info: { endpoint: cluster.endpoint.replace(/\/+$/, ''), caData: cluster.certificateAuthority?.data ?? '' }, client };
}
async function eksAccess(opts) {
    const { info, client } = await describeCluster(opts.session, opts.clusterName);
    const credentials = client.config.credentials;
    const tokens = new EksTokenSource({
        clusterName: opts.clusterName,
        region: opts.session.region,
        stsEndpoint: stsEndpointFor(opts.session.region, opts.env),
        credentials: async () => {
            try {
                return await credentials();
            }
            catch (e) {
                throw new errors/* ActionError */.lZ(`No AWS credentials to sign the EKS token with: ${(0,errors/* messageOf */.bD)(e)}`, {
                    hint: 'Set role-to-assume (GitHub OIDC) or provide credentials in the environment.',
                    title: 'eks',
                });
            }
        },
        onToken: (t) => opts.setSecret(t),
    });
    // The endpoint's scheme decides: EKS gives https with its own CA; plain http has no TLS to verify.
    // HTTPS_PROXY / NO_PROXY are honoured as for the AWS clients (Node's built-in proxy support).
    const proxyEnv = (0,proxy/* proxyEnvOf */.d)(opts.env);
    const agent = info.endpoint.startsWith('http:')
        ? new (external_node_http_default()).Agent({ keepAlive: true, proxyEnv })
        : new (external_node_https_default()).Agent({ keepAlive: true, proxyEnv, ...(info.caData ? { ca: Buffer.from(info.caData, 'base64') } : {}) });
    return {
        server: info.endpoint,
        source: `EKS cluster "${opts.clusterName}"`,
        eks: true,
        async prepare() {
            return { agent, headers: { authorization: `Bearer ${await tokens.token()}` } };
        },
        async renew() {
            await tokens.renew();
            return true;
        },
    };
}
/** A failed DescribeCluster in the action's words: the HTTP status and AWS error code always shown. */
function describeClusterError(e, clusterName, region) {
    const f = (0,describe_error/* describeAwsError */.Pp)(e, 'EKS', 'DescribeCluster');
    const answer = (0,describe_error/* sentence */.em)(`EKS DescribeCluster answered ${(0,describe_error/* answerText */.yy)(f)}`);
    if (f.code === 'ResourceNotFoundException') {
        return new errors/* ActionError */.lZ(`EKS cluster "${clusterName}" does not exist in region ${region}. ${answer}`, {
            hint: 'Check cluster-name and aws-region (aws eks list-clusters --region <region> lists them).',
            title: 'eks',
        });
    }
    if (f.code === 'UnrecognizedClientException' || f.code === 'InvalidSignatureException' || f.code === 'ExpiredTokenException') {
        return new errors/* ActionError */.lZ(`AWS did not accept the credentials for eks:DescribeCluster on "${clusterName}" (${(0,describe_error/* answerText */.yy)(f)}).`, {
            hint: 'With role-to-assume empty these are the ambient credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN, a profile, or the instance role): fix or remove them, or set role-to-assume to use the GitHub OIDC token.',
            title: 'eks',
        });
    }
    if (f.code === 'AccessDeniedException' || /not authorized/i.test(f.message)) {
        return new errors/* ActionError */.lZ(`AWS denied eks:DescribeCluster on "${clusterName}" (${(0,describe_error/* answerText */.yy)(f)}).`, {
            hint: `Allow eks:DescribeCluster on arn:aws:eks:${region}:<account>:cluster/${clusterName} in the role's IAM policy.`,
            title: 'eks',
        });
    }
    const retryable = (0,retry/* isRetryable */.r3)((0,retry/* classifyError */.fe)(e));
    return new errors/* ActionError */.lZ((0,describe_error/* failureLine */.Pu)({ ...f, operation: `DescribeCluster for "${clusterName}"` }), {
        hint: f.foreign
            ? 'The answer did not come from the EKS API: check AWS_ENDPOINT_URL_EKS / AWS_ENDPOINT_URL and the proxy settings (HTTPS_PROXY, NO_PROXY).'
            : retryable
                ? 'A network or service problem: check the network path to the EKS API and re-run the job.'
                : 'Check cluster-name, aws-region and the AWS credentials.',
        retryable,
        title: 'eks',
        cause: (0,describe_error/* awsCause */.hG)(e, f),
    });
}


/***/ })

};

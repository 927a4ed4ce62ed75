export const id = 624;
export const ids = [624,468];
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

/***/ 2624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ applyCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/argo/render.ts
var render = __webpack_require__(2105);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/kube/diff.ts
/**
 * A readable unified diff between the live object and the applied one. Pure.
 * Only what a user changes is compared: labels, annotations and spec (never
 * resourceVersion, managedFields, uid, timestamps or status).
 */

const MANAGED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
function asObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}
/** The user-visible part of an object, for comparing and showing. */
function comparable(object) {
    const o = asObj(object);
    const meta = asObj(o.metadata);
    const annotations = Object.fromEntries(Object.entries(asObj(meta.annotations)).filter(([k]) => !MANAGED_ANNOTATIONS.has(k)));
    const metadata = {};
    if (Object.keys(asObj(meta.labels)).length > 0)
        metadata.labels = asObj(meta.labels);
    if (Object.keys(annotations).length > 0)
        metadata.annotations = annotations;
    const out = { metadata };
    if (o.spec !== undefined)
        out.spec = o.spec;
    return out;
}
function toDiffYaml(object) {
    return (0,dist/* stringify */.As)(comparable(object), { sortMapEntries: true, lineWidth: 0 });
}
/** Line edit script: common prefix/suffix trimmed, LCS on the rest (plain replace when huge). */
function lineDiff(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const ops = a.slice(0, start).map((l) => [' ', l]);
    const x = a.slice(start, endA);
    const y = b.slice(start, endB);
    if (x.length * y.length > 4_000_000) {
        ops.push(...x.map((l) => ['-', l]), ...y.map((l) => ['+', l]));
    }
    else {
        ops.push(...lcsOps(x, y));
    }
    ops.push(...a.slice(endA).map((l) => [' ', l]));
    return ops;
}
function lcsOps(x, y) {
    const n = x.length;
    const m = y.length;
    const w = m + 1;
    const dp = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            dp[i * w + j] = x[i] === y[j] ? dp[(i + 1) * w + j + 1] + 1 : Math.max(dp[(i + 1) * w + j], dp[i * w + j + 1]);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (x[i] === y[j]) {
            ops.push([' ', x[i++]]);
            j++;
        }
        else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1])
            ops.push(['-', x[i++]]);
        else
            ops.push(['+', y[j++]]);
    }
    while (i < n)
        ops.push(['-', x[i++]]);
    while (j < m)
        ops.push(['+', y[j++]]);
    return ops;
}
/** Unified diff text with `context` lines around changes; '' when equal. */
function unifiedDiff(oldText, newText, labels, context = 3) {
    const a = oldText === '' ? [] : oldText.replace(/\n$/, '').split('\n');
    const b = newText === '' ? [] : newText.replace(/\n$/, '').split('\n');
    const ops = lineDiff(a, b);
    if (!ops.some(([k]) => k !== ' '))
        return '';
    const out = [`--- ${labels.old}`, `+++ ${labels.new}`];
    let k = 0;
    while (k < ops.length) {
        const firstChange = ops.findIndex((op, idx) => idx >= k && op[0] !== ' ');
        if (firstChange < 0)
            break;
        const from = Math.max(k, firstChange - context);
        let to = firstChange;
        // Extend the hunk while the next change is within 2*context unchanged lines.
        for (let idx = firstChange, quiet = 0; idx < ops.length; idx++) {
            if (ops[idx][0] === ' ')
                quiet++;
            else {
                quiet = 0;
                to = idx;
            }
            if (quiet > 2 * context)
                break;
        }
        const end = Math.min(ops.length, to + context + 1);
        const oldStart = ops.slice(0, from).filter(([t]) => t !== '+').length + 1;
        const newStart = ops.slice(0, from).filter(([t]) => t !== '-').length + 1;
        const hunk = ops.slice(from, end);
        const oldLen = hunk.filter(([t]) => t !== '+').length;
        const newLen = hunk.filter(([t]) => t !== '-').length;
        out.push(`@@ -${oldLen === 0 ? oldStart - 1 : oldStart},${oldLen} +${newLen === 0 ? newStart - 1 : newStart},${newLen} @@`);
        for (const [t, l] of hunk)
            out.push(`${t}${l}`);
        k = end;
    }
    return out.join('\n') + '\n';
}
/** Diff of two objects' user-visible parts; live undefined means "created". */
function objectDiff(live, next, name) {
    return unifiedDiff(live === undefined ? '' : toDiffYaml(live), toDiffYaml(next), { old: live === undefined ? '/dev/null' : `live/${name}`, new: `applied/${name}` });
}

;// CONCATENATED MODULE: ./src/kube/rbac.ts
/** The Kubernetes permissions the action needs, as text for hints and docs. */
const ARGO_GROUP = 'argoproj.io';
const ARGO_VERSION = 'v1alpha1';
const ARGO_API = `${ARGO_GROUP}/${ARGO_VERSION}`;
/** The field manager of every server-side apply the action makes. */
const FIELD_MANAGER = 'aphex-pipeline';
function neededPermissions(submit) {
    const perms = [{ resource: 'workflowtemplates', verbs: ['get', 'create', 'patch'] }];
    if (submit)
        perms.push({ resource: 'workflows', verbs: ['get', 'watch', 'create', 'patch'] });
    return perms;
}
function permissionLines(namespace, submit) {
    return neededPermissions(submit)
        .map((p) => `  ${p.resource}.${ARGO_GROUP} in namespace ${namespace}: ${p.verbs.join(', ')}`)
        .join('\n');
}
/** A Role + RoleBinding granting exactly what apply (and submit) need. */
function rbacSnippet(namespace, submit, subject = 'aphex-deployers') {
    const rules = neededPermissions(submit)
        .map((p) => `  - apiGroups: ["${ARGO_GROUP}"]\n    resources: ["${p.resource}"]\n    verbs: [${p.verbs.map((v) => `"${v}"`).join(', ')}]`)
        .join('\n');
    return [
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: Role',
        'metadata:',
        '  name: aphex-pipeline-deployer',
        `  namespace: ${namespace}`,
        'rules:',
        rules,
        '---',
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: RoleBinding',
        'metadata:',
        '  name: aphex-pipeline-deployer',
        `  namespace: ${namespace}`,
        'roleRef:',
        '  apiGroup: rbac.authorization.k8s.io',
        '  kind: Role',
        '  name: aphex-pipeline-deployer',
        'subjects:',
        '  - apiGroup: rbac.authorization.k8s.io',
        '    kind: Group',
        `    name: ${subject}`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/kube/apply.ts
/**
 * Server-side apply of the WorkflowTemplate: check Argo is installed, read the live object,
 * refuse objects this pipeline does not own, apply (or dry-run) with our field manager and
 * say what changed. Never deletes anything.
 */




function labelsOf(o) {
    const meta = o?.metadata;
    return meta?.labels ?? {};
}
/**
 * The labels that mark an object as this pipeline's: the renderer's ownership labels
 * (app.kubernetes.io/instance=<pipeline>, app.kubernetes.io/managed-by=aphex-pipeline-action, ...).
 * The rendered object must carry them itself.
 */
function ownershipLabels(t) {
    const own = (0,render/* ownershipLabels */.Hv)(t.pipeline);
    if (missingOwnership(t.object, own).length > 0 || Object.keys(own).length === 0) {
        throw new errors/* ActionError */.lZ(`The rendered WorkflowTemplate "${t.name}" lacks the ownership labels of pipeline "${t.pipeline}", so it could not be told apart from objects the pipeline does not own.`, {
            hint: 'This is a defect in the renderer; report it with the rendered template.',
        });
    }
    return own;
}
/** Pure: labels the live object lacks (or has with another value). */
function missingOwnership(live, own) {
    const have = labelsOf(live);
    return Object.entries(own)
        .filter(([k, v]) => have[k] !== v)
        .map(([k, v]) => `${k}=${v}`);
}
async function ensureArgoInstalled(client, resources, signal) {
    const res = await client.call({ op: { verb: 'discover', resource: ARGO_API }, method: 'GET', path: `/apis/${ARGO_API}`, accept: [404], signal });
    let names = [];
    if (res.status === 200) {
        try {
            names = (JSON.parse(res.body).resources ?? []).map((r) => r.name ?? '');
        }
        catch {
            names = [];
        }
    }
    const kinds = { workflowtemplates: 'WorkflowTemplate', workflows: 'Workflow' };
    const missing = resources.filter((r) => !names.includes(r));
    if (missing.length > 0) {
        const kind = kinds[missing[0]] ?? missing[0];
        throw new errors/* ActionError */.lZ(`Argo Workflows is not installed (CRD ${ARGO_API} ${kind} not found) in the cluster at ${client.access.server} (${client.access.source}).`, {
            hint: 'Install Argo Workflows in the cluster (https://argo-workflows.readthedocs.io/en/latest/installation/), or point cluster-name / kubeconfig at the cluster where it runs.',
            title: 'argo not installed',
        });
    }
}
function templatePath(namespace, name) {
    return `/apis/${ARGO_API}/namespaces/${namespace}/workflowtemplates/${name}`;
}
async function applyTemplate(client, t, dryRun, signal) {
    const own = ownershipLabels(t);
    const path = templatePath(t.namespace, t.name);
    const get = await client.call({ op: { verb: 'get', resource: 'workflowtemplates', name: t.name, namespace: t.namespace }, method: 'GET', path, accept: [404], signal });
    const live = get.status === 404 ? undefined : JSON.parse(get.body);
    if (live) {
        const missing = missingOwnership(live, own);
        if (missing.length > 0) {
            throw new errors/* ActionError */.lZ(`WorkflowTemplate "${t.name}" already exists in namespace ${t.namespace} but is not labelled as pipeline "${t.pipeline}"'s (missing ${missing.join(', ')}); the action does not overwrite objects it does not own.`, {
                hint: `If this template really belongs to the pipeline, label it once: kubectl label workflowtemplate -n ${t.namespace} ${t.name} ${missing.join(' ')} --overwrite. Otherwise choose another pipeline name (input pipeline).`,
                title: 'not owned',
            });
        }
    }
    const query = { fieldManager: FIELD_MANAGER, force: 'false' };
    if (dryRun)
        query.dryRun = 'All';
    const applied = await client.json({
        op: { verb: 'patch', resource: 'workflowtemplates', name: t.name, namespace: t.namespace },
        method: 'PATCH',
        path,
        query,
        body: JSON.stringify(t.object),
        contentType: 'application/apply-patch+yaml',
        signal,
    });
    const diff = objectDiff(live, applied.value, t.name);
    const result = live === undefined ? 'created' : diff === '' ? 'unchanged' : 'configured';
    const rv = applied.value.metadata?.resourceVersion ?? '';
    return { result, diff, dryRun, resourceVersion: rv };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
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






function awsErrorName(e) {
    return e?.name ?? '';
}
async function describeCluster(session, clusterName) {
    const { EKSClient, DescribeClusterCommand } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(524)]).then(__webpack_require__.t.bind(__webpack_require__, 4524, 19));
    const client = new EKSClient((0,clients/* awsClientConfig */.r)(session));
    let cluster;
    try {
        cluster = (await client.send(new DescribeClusterCommand({ name: clusterName }))).cluster;
    }
    catch (e) {
        const name = awsErrorName(e);
        if (name === 'ResourceNotFoundException') {
            throw new errors/* ActionError */.lZ(`EKS cluster "${clusterName}" does not exist in region ${session.region}.`, {
                hint: 'Check cluster-name and aws-region (aws eks list-clusters --region <region> lists them).',
                title: 'eks',
            });
        }
        if (name === 'AccessDeniedException' || name === 'UnrecognizedClientException' || /not authorized/i.test((0,errors/* messageOf */.bD)(e))) {
            throw new errors/* ActionError */.lZ(`AWS denied eks:DescribeCluster on "${clusterName}": ${(0,errors/* messageOf */.bD)(e)}`, {
                hint: `Allow eks:DescribeCluster on arn:aws:eks:${session.region}:<account>:cluster/${clusterName} in the role's IAM policy.`,
                title: 'eks',
            });
        }
        throw new errors/* ActionError */.lZ(`EKS DescribeCluster for "${clusterName}" failed: ${name ? `${name}: ` : ''}${(0,errors/* messageOf */.bD)(e)}`, {
            hint: 'Check the region, the network path to the EKS API and the AWS credentials.',
            retryable: true,
            title: 'eks',
            cause: e,
        });
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/kube/kubeconfig.ts
/**
 * Connection from a kubeconfig: the `kubeconfig` input, else KUBECONFIG (a path list), else
 * ~/.kube/config. Authentication (tokens, client certificates, exec plugins such as
 * `aws eks get-token`, OIDC) is whatever the kubeconfig says, done by @kubernetes/client-node.
 */



/** Pure: which kubeconfig file(s) to read. */
function chooseKubeconfig(input, env, workspace) {
    if (input !== '')
        return { files: [external_node_path_default().resolve(workspace, input)], from: "the 'kubeconfig' input" };
    const list = (env.KUBECONFIG ?? '').split((external_node_path_default()).delimiter).filter((p) => p.trim() !== '');
    if (list.length > 0)
        return { files: list.map((p) => external_node_path_default().resolve(workspace, p)), from: 'KUBECONFIG' };
    const home = env.HOME || env.USERPROFILE || '';
    return { files: [external_node_path_default().join(home, '.kube', 'config')], from: '~/.kube/config' };
}
const NO_CONFIG_HINT = "Set cluster-name to connect to an EKS cluster with the action's AWS credentials, or give a kubeconfig file with the kubeconfig input (or KUBECONFIG).";
async function kubeconfigAccess(input, env, workspace) {
    const choice = chooseKubeconfig(input, env, workspace);
    const files = choice.files.filter((f) => (0,external_node_fs_.existsSync)(f));
    if (files.length === 0) {
        throw new errors/* ActionError */.lZ(`No kubeconfig found: ${choice.files.join(', ')} (from ${choice.from}) does not exist.`, { hint: NO_CONFIG_HINT, title: 'kubeconfig' });
    }
    const { KubeConfig } = await __webpack_require__.e(/* import() */ 178).then(__webpack_require__.bind(__webpack_require__, 6178));
    const kc = new KubeConfig();
    try {
        kc.loadFromFile(files[0]);
        for (const f of files.slice(1)) {
            const more = new KubeConfig();
            more.loadFromFile(f);
            kc.mergeConfig(more, true);
        }
    }
    catch (e) {
        throw new errors/* ActionError */.lZ(`Cannot read kubeconfig ${files.join(', ')}: ${(0,errors/* messageOf */.bD)(e)}`, { hint: 'Check that the file is a valid kubeconfig (apiVersion: v1, kind: Config).', title: 'kubeconfig', cause: e });
    }
    const contextName = kc.getCurrentContext();
    const cluster = kc.getCurrentCluster();
    if (!contextName || !cluster) {
        throw new errors/* ActionError */.lZ(`Kubeconfig ${files.join(', ')} has no usable current-context${contextName ? ` ('${contextName}' names no cluster)` : ''}.`, {
            hint: 'Set current-context to a context whose cluster and user are defined in the file.',
            title: 'kubeconfig',
        });
    }
    const source = `kubeconfig context "${contextName}" from ${files.join(', ')}`;
    return {
        server: cluster.server.replace(/\/+$/, ''),
        source,
        eks: false,
        async prepare() {
            const opts = {};
            try {
                await kc.applyToHTTPSOptions(opts);
            }
            catch (e) {
                throw new errors/* ActionError */.lZ(`Cannot get credentials from the ${source}: ${(0,errors/* messageOf */.bD)(e)}`, {
                    hint: 'An exec plugin in the kubeconfig must be installed on the runner and able to run non-interactively; client certificate and key files must exist.',
                    title: 'kubeconfig',
                    cause: e,
                });
            }
            const headers = {};
            for (const [k, v] of Object.entries(opts.headers ?? {}))
                headers[k.toLowerCase()] = String(v);
            if (typeof opts.auth === 'string')
                headers.authorization = `Basic ${Buffer.from(opts.auth).toString('base64')}`;
            return { agent: opts.agent instanceof Object ? opts.agent : undefined, headers };
        },
    };
}

// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
;// CONCATENATED MODULE: ./src/kube/status-errors.ts
/**
 * Kubernetes API answers turned into errors a user can act on. Pure: takes the HTTP status,
 * the body and what we were doing; returns an ActionError.
 */


function parseStatus(body) {
    try {
        const v = JSON.parse(body);
        if (v !== null && typeof v === 'object' && v.kind === 'Status')
            return v;
    }
    catch {
        // not JSON
    }
    return undefined;
}
function describeOp(op) {
    const what = op.name ? `${op.resource} "${op.name}"` : op.resource;
    return `${op.verb} ${what}${op.namespace ? ` in namespace ${op.namespace}` : ''}`;
}
function serverText(status, body) {
    if (status?.message)
        return status.message;
    const text = body.trim().replace(/\s+/g, ' ');
    return text.length > 300 ? `${text.slice(0, 297)}...` : text || '(empty answer)';
}
function unauthorizedHint(target) {
    const perms = permissionLines(target.namespace, target.submit);
    if (target.eks) {
        return (`The cluster does not know the AWS identity the action signs its token with. Give that IAM role access: an EKS access entry ` +
            `(aws eks create-access-entry --cluster-name <cluster> --principal-arn <role ARN> --kubernetes-groups aphex-deployers) ` +
            `or a mapRoles entry in the aws-auth ConfigMap, then bind the group to a Role allowing:\n${perms}\n` +
            'See docs/kubernetes.md for the Role and RoleBinding.');
    }
    return (`The kubeconfig user's token or client certificate was not accepted (expired, revoked, or for another cluster). ` +
        `Refresh the kubeconfig (for EKS, prefer the cluster-name input, which signs a fresh token). The identity needs:\n${perms}`);
}
function forbiddenHint(target) {
    return `The identity needs these permissions:\n${permissionLines(target.namespace, target.submit)}\nFor example:\n${rbacSnippet(target.namespace, target.submit)}`;
}
/** `conflict with "kubectl-edit" using argoproj.io/v1alpha1` → kubectl-edit */
function conflictManagers(status) {
    const managers = new Set();
    const fields = [];
    for (const c of status?.details?.causes ?? []) {
        const m = /conflict with "([^"]+)"/.exec(c.message ?? '');
        if (m?.[1])
            managers.add(m[1]);
        if (c.field)
            fields.push(c.field);
    }
    if (managers.size === 0) {
        for (const m of (status?.message ?? '').matchAll(/conflict with "([^"]+)"/g))
            if (m[1])
                managers.add(m[1]);
    }
    return { managers: [...managers], fields };
}
function apiError(httpStatus, body, op, target) {
    const status = parseStatus(body);
    const text = serverText(status, body);
    const doing = describeOp(op);
    const at = `the Kubernetes API at ${target.server} (${target.source})`;
    switch (httpStatus) {
        case 401:
            return new errors/* ActionError */.lZ(`${at} rejected the credentials (401 Unauthorized) on ${doing}.`, { hint: unauthorizedHint(target), title: 'kubernetes 401' });
        case 403:
            return new errors/* ActionError */.lZ(`Kubernetes RBAC denied ${doing} (403 Forbidden): ${text}`, { hint: forbiddenHint(target), title: 'kubernetes 403' });
        case 404:
            if (status?.details?.kind === 'namespaces') {
                return new errors/* ActionError */.lZ(`Namespace "${status.details.name ?? op.namespace}" does not exist in ${at}.`, {
                    hint: `Set the namespace input to the namespace Argo Workflows watches (often "argo"), or create it: kubectl create namespace ${status.details.name ?? op.namespace}`,
                    title: 'kubernetes 404',
                });
            }
            return new errors/* ActionError */.lZ(`Not found (404) on ${doing}: ${text}`, { hint: 'Check the namespace and names, and that Argo Workflows is installed in this cluster.', title: 'kubernetes 404' });
        case 409:
            return conflictError(status, text, op);
        case 422:
            return invalidError(status, text, op);
        default:
            return new errors/* ActionError */.lZ(`${at} answered ${httpStatus}${status?.reason ? ` ${status.reason}` : ''} on ${doing}: ${text}`, {
                hint: httpStatus === 429 || httpStatus >= 500 ? 'The API server is overloaded or failing; the request was retried. Re-run the job later.' : 'See the message above.',
                retryable: httpStatus === 429 || httpStatus >= 500,
                title: `kubernetes ${httpStatus}`,
            });
    }
}
function conflictError(status, text, op) {
    const { managers, fields } = conflictManagers(status);
    if (managers.length === 0) {
        return new errors/* ActionError */.lZ(`Conflict (409) on ${describeOp(op)}: ${text}`, { hint: 'Another client changed the object at the same time; re-run the job.', retryable: true, title: 'kubernetes 409' });
    }
    const who = managers.map((m) => `"${m}"`).join(', ');
    return new errors/* ActionError */.lZ(`Server-side apply of ${op.resource} "${op.name}" conflicts with field manager ${who} on ${fields.length > 0 ? fields.join(', ') : 'some fields'} (409 Conflict).`, {
        hint: `Another client (${who}) changed these fields after the action applied them, and owns them now. Put the change into the config file instead, ` +
            `then hand the fields back once: kubectl apply --server-side --force-conflicts --field-manager=${FIELD_MANAGER} -n ${op.namespace ?? '<namespace>'} -f <the rendered template file>`,
        title: 'kubernetes 409',
    });
}
function invalidError(status, text, op) {
    const causes = (status?.details?.causes ?? []).map((c) => `  ${c.field ?? '(object)'}: ${c.message ?? c.reason ?? 'invalid'}`);
    return new errors/* ActionError */.lZ(`The Kubernetes API rejected ${op.resource} "${op.name ?? ''}" as invalid (422): ${text}${causes.length > 0 ? `\n${causes.join('\n')}` : ''}`, {
        hint: 'These are the API server\'s (or an admission webhook\'s) field errors for the rendered template; fix the config so it renders a valid object, or check the Argo Workflows version installed.',
        title: 'kubernetes 422',
    });
}
function networkError(error, op, target, attempts) {
    const e = error;
    const code = e?.code ?? e?.name ?? 'error';
    const what = e?.message ?? String(error);
    const hint = target.eks
        ? 'The runner must reach the cluster endpoint: enable public endpoint access for the runner\'s address range, or use a self-hosted runner inside the cluster\'s VPC.'
        : 'Check the server address in the kubeconfig and that the runner can reach it (VPN, firewall, proxy).';
    return new errors/* ActionError */.lZ(`Cannot reach the Kubernetes API at ${target.server} (${target.source}) to ${describeOp(op)}: ${code}: ${what} (after ${attempts} attempt${attempts === 1 ? '' : 's'}).`, {
        hint,
        retryable: true,
        title: 'kubernetes unreachable',
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/kube/transport.ts
/**
 * HTTP to the Kubernetes API: one place for timeouts, retries, credential renewal and
 * error mapping. Requests use node:http(s) with the agent and headers the connection
 * (kubeconfig or EKS) provides, so every kubeconfig auth method works unchanged.
 */





const MAX_ATTEMPTS = 4;
/** Back-off before attempt n+1 (n ≥ 1): 0.5 s, 1 s, 2 s, capped; Retry-After wins up to 5 s. */
function retryDelayMs(attempt, retryAfter) {
    const seconds = retryAfter !== undefined ? Number(retryAfter) : NaN;
    if (Number.isFinite(seconds) && seconds >= 0)
        return Math.min(seconds * 1000, 5000);
    return Math.min(500 * 2 ** (attempt - 1), 4000);
}
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
class CancelledError extends errors/* ActionError */.lZ {
    constructor() {
        super('The job was cancelled.', { title: 'cancelled' });
    }
}
/** Sleeps, and throws CancelledError when the job is cancelled before or during the sleep. */
async function sleep(ms, signal) {
    await (0,clock/* sleep */.y)(ms, signal);
    if (signal?.aborted)
        throw new CancelledError();
}
class KubeClient {
    access;
    target;
    constructor(access, target) {
        this.access = access;
        this.target = target;
    }
    url(path, query) {
        const u = new URL(this.access.server + path);
        for (const [k, v] of Object.entries(query ?? {}))
            u.searchParams.set(k, v);
        return u;
    }
    /** Sends with retries; returns 2xx answers and the statuses in req.accept; throws ActionError otherwise. */
    async call(req) {
        let renewed = false;
        for (let attempt = 1;; attempt++) {
            let res;
            try {
                res = await this.once(req);
            }
            catch (e) {
                if (e instanceof errors/* ActionError */.lZ)
                    throw e;
                const code = e.code ?? '';
                const resend = req.idempotent !== false || NOT_SENT.has(code);
                if (!resend || attempt >= MAX_ATTEMPTS)
                    throw networkError(e, req.op, this.target, attempt);
                await sleep(retryDelayMs(attempt), req.signal);
                continue;
            }
            if (res.status === 401 && !renewed && this.access.renew && (await this.access.renew())) {
                renewed = true;
                attempt--;
                continue;
            }
            if (res.status < 300 || req.accept?.includes(res.status))
                return res;
            const transient = res.status === 429 || (res.status >= 500 && (req.idempotent !== false || res.status === 503));
            if (transient && attempt < MAX_ATTEMPTS) {
                const ra = res.headers['retry-after'];
                await sleep(retryDelayMs(attempt, Array.isArray(ra) ? ra[0] : ra), req.signal);
                continue;
            }
            throw apiError(res.status, res.body, req.op, this.target);
        }
    }
    async json(req) {
        const res = await this.call(req);
        return { status: res.status, value: (res.body ? JSON.parse(res.body) : {}) };
    }
    /** One attempt. Rejects with CancelledError on cancel, a timeout error, or the socket error. */
    async once(req) {
        const { agent, headers } = await this.access.prepare();
        const timeoutMs = req.timeoutMs ?? 30000;
        return new Promise((resolve, reject) => {
            if (req.signal?.aborted)
                return reject(new CancelledError());
            const u = this.url(req.path, req.query);
            const mod = u.protocol === 'http:' ? (external_node_http_default()) : (external_node_https_default());
            const r = mod.request(u, {
                method: req.method,
                agent,
                headers: {
                    accept: 'application/json',
                    'user-agent': 'aphex-pipeline-action',
                    ...headers,
                    ...(req.body !== undefined ? { 'content-type': req.contentType ?? 'application/json', 'content-length': Buffer.byteLength(req.body) } : {}),
                },
            });
            const timer = setTimeout(() => r.destroy(Object.assign(new Error(`no answer within ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' })), timeoutMs);
            const onAbort = () => {
                r.destroy(new CancelledError());
            };
            req.signal?.addEventListener('abort', onAbort, { once: true });
            const done = () => {
                clearTimeout(timer);
                req.signal?.removeEventListener('abort', onAbort);
            };
            r.on('error', (e) => (done(), reject(e)));
            r.on('response', (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', (e) => (done(), reject(e)));
                res.on('end', () => {
                    done();
                    resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
                });
            });
            r.end(req.body);
        });
    }
    /**
     * A watch: streams newline-delimited JSON events to onEvent until the server ends the
     * stream, the signal aborts, or idleMs pass without data. Returns the HTTP status
     * (non-2xx: the body is not streamed).
     */
    async watch(req, onEvent, idleMs, onOpen) {
        const { agent, headers } = await this.access.prepare();
        return new Promise((resolve, reject) => {
            if (req.signal?.aborted)
                return resolve(0);
            const u = this.url(req.path, req.query);
            const mod = u.protocol === 'http:' ? (external_node_http_default()) : (external_node_https_default());
            const r = mod.request(u, { method: 'GET', agent, headers: { accept: 'application/json', 'user-agent': 'aphex-pipeline-action', ...headers } });
            let timer = setTimeout(() => r.destroy(), idleMs);
            const onAbort = () => {
                r.destroy();
            };
            req.signal?.addEventListener('abort', onAbort, { once: true });
            const finish = (status) => {
                clearTimeout(timer);
                req.signal?.removeEventListener('abort', onAbort);
                resolve(status);
            };
            r.on('error', (e) => (req.signal?.aborted ? finish(0) : (clearTimeout(timer), reject(e))));
            const deliver = (line) => {
                try {
                    onEvent(JSON.parse(line));
                }
                catch {
                    r.destroy();
                }
            };
            r.on('response', (res) => {
                const status = res.statusCode ?? 0;
                onOpen?.(status);
                let buf = '';
                res.setEncoding('utf8');
                res.on('data', (chunk) => {
                    clearTimeout(timer);
                    timer = setTimeout(() => r.destroy(), idleMs);
                    if (status >= 300)
                        return;
                    buf += chunk;
                    let nl;
                    while ((nl = buf.indexOf('\n')) >= 0) {
                        const line = buf.slice(0, nl).trim();
                        buf = buf.slice(nl + 1);
                        if (line)
                            deliver(line);
                    }
                });
                res.on('end', () => {
                    if (status < 300 && buf.trim())
                        deliver(buf.trim());
                    finish(status);
                });
                res.on('error', () => finish(status));
            });
            r.end();
        });
    }
}

;// CONCATENATED MODULE: ./src/kube/connect.ts



async function connect(ctx) {
    const s = ctx.settings;
    let access;
    if (s.clusterName !== '') {
        const { openAwsSession } = await __webpack_require__.e(/* import() */ 38).then(__webpack_require__.bind(__webpack_require__, 7038));
        const session = await openAwsSession(ctx);
        access = await eksAccess({ session, clusterName: s.clusterName, env: ctx.env, setSecret: (v) => ctx.setSecret(v) });
    }
    else {
        access = await kubeconfigAccess(s.kubeconfig, ctx.env, ctx.workspace);
    }
    return new KubeClient(access, { server: access.server, source: access.source, eks: access.eks, submit: s.submit, namespace: s.namespace });
}

;// CONCATENATED MODULE: ./src/kube/workflow-api.ts
/** Workflow calls: submit, read, watch, terminate. */


function workflowsPath(namespace) {
    return `/apis/${ARGO_API}/namespaces/${namespace}/workflows`;
}
const SUBMISSION_ANNOTATION = 'aphex-pipeline/submission';
/**
 * Creates the Workflow. The name is fixed before the first attempt, so a POST resent after a
 * lost answer meets 409 AlreadyExists; the submission annotation proves it is ours.
 */
async function submitWorkflow(client, manifest, signal) {
    const meta = manifest.metadata;
    const op = { verb: 'create', resource: 'workflows', name: meta.name, namespace: meta.namespace };
    const res = await client.call({ op, method: 'POST', path: workflowsPath(meta.namespace), body: JSON.stringify(manifest), signal, accept: [409] });
    if (res.status !== 409)
        return JSON.parse(res.body);
    const existing = await getWorkflow(client, meta.namespace, meta.name, signal);
    const ours = existing.metadata.annotations?.[SUBMISSION_ANNOTATION];
    if (ours !== undefined && ours === meta.annotations[SUBMISSION_ANNOTATION])
        return existing;
    throw new errors/* ActionError */.lZ(`A Workflow named "${meta.name}" already exists in namespace ${meta.namespace}.`, { hint: 'Re-run the job; a new name is chosen each time.', retryable: true });
}
async function getWorkflow(client, namespace, name, signal) {
    const op = { verb: 'get', resource: 'workflows', name, namespace };
    return (await client.json({ op, method: 'GET', path: `${workflowsPath(namespace)}/${name}`, signal })).value;
}
/** What `argo terminate` does: spec.shutdown=Terminate (merge patch). Bounded to fit the cancel grace period. */
async function terminateWorkflow(client, namespace, name, timeoutMs = 4000) {
    const op = { verb: 'patch', resource: 'workflows', name, namespace };
    await client.call({
        op,
        method: 'PATCH',
        path: `${workflowsPath(namespace)}/${name}`,
        body: JSON.stringify({ spec: { shutdown: 'Terminate' } }),
        contentType: 'application/merge-patch+json',
        timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
    });
}

// EXTERNAL MODULE: ./src/stack-outputs.ts + 1 modules
var stack_outputs = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/argo/templates.ts
var templates = __webpack_require__(3562);
;// CONCATENATED MODULE: ./src/argo/outputs.ts
/**
 * Reading a finished Workflow's global outputs back: one `stack-outputs-<environment id>` JSON
 * parameter per deployed environment (see templates.ts), in the stack-outputs contract's shape.
 */


/**
 * The stack outputs per environment from `status.outputs.parameters`, sorted by environment id.
 * Values that are not `{"<stack>": {"<key>": "<string>"}}` JSON are reported in `invalid`.
 */
function environmentOutputs(parameters) {
    const environments = [];
    const invalid = [];
    for (const p of parameters) {
        if (!p.name.startsWith(templates/* GLOBAL_OUTPUT_PREFIX */.h1))
            continue;
        const environment = p.name.slice(templates/* GLOBAL_OUTPUT_PREFIX */.h1.length);
        const outputs = (0,stack_outputs/* parseStackOutputs */.Mw)(p.value ?? '{}');
        if (outputs)
            environments.push({ environment, outputs });
        else
            invalid.push(p.name);
    }
    environments.sort((a, b) => (a.environment < b.environment ? -1 : a.environment > b.environment ? 1 : 0));
    return { environments, invalid };
}

;// CONCATENATED MODULE: ./src/kube/workflow.ts
/**
 * Workflow model: the object we submit, and what we read back from its status. Pure.
 */




const TERMINAL = ['Succeeded', 'Failed', 'Error'];
function buildWorkflow(s) {
    return {
        apiVersion: ARGO_API,
        kind: 'Workflow',
        metadata: { name: s.name, namespace: s.namespace, labels: s.labels, annotations: s.annotations },
        spec: {
            workflowTemplateRef: { name: s.templateName },
            arguments: { parameters: s.parameters.map((p) => ({ name: p.name, value: p.value })) },
        },
    };
}
/** `<base>-<5 random chars>`, like generateName, but chosen before the POST so a retry is idempotent. */
function workflowName(base, random = Math.random) {
    const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
    let suffix = '';
    for (let i = 0; i < 5; i++)
        suffix += alphabet[Math.floor(random() * alphabet.length)];
    return `${base.slice(0, 63 - 6).replace(/-+$/, '')}-${suffix}`;
}
function phaseOf(wf) {
    return wf.status?.phase ?? '';
}
function isTerminal(phase) {
    return TERMINAL.includes(phase);
}
/** Nodes a user thinks of as steps: pods and suspend/approval nodes. */
function isStepNode(n) {
    return n.type === 'Pod' || n.type === 'Suspend' || n.type === 'Container' || n.type === 'HTTP' || n.type === 'Plugin';
}
function nodeLabel(n) {
    return n.name && n.name.includes('.') ? n.name.slice(n.name.indexOf('.') + 1) : n.displayName || n.name || n.id;
}
/** Phase changes of step nodes between two snapshots, in start order. */
function transitions(prev, next) {
    const before = prev?.status?.nodes ?? {};
    const out = [];
    for (const n of Object.values(next.status?.nodes ?? {})) {
        if (!isStepNode(n) || !n.phase)
            continue;
        const old = before[n.id]?.phase ?? '';
        if (old === n.phase)
            continue;
        out.push({ node: nodeLabel(n), from: old, to: n.phase, ...(n.message && n.phase !== 'Running' ? { message: n.message } : {}), at: n.finishedAt ?? n.startedAt ?? '' });
    }
    return out.sort((a, b) => a.at.localeCompare(b.at) || a.node.localeCompare(b.node)).map(({ at: _at, ...t }) => t);
}
/** The step node that failed first (Pod/Suspend/... with Failed or Error), else any failed node. */
function failingNode(wf) {
    const failed = Object.values(wf.status?.nodes ?? {}).filter((n) => n.phase === 'Failed' || n.phase === 'Error');
    const byTime = (a, b) => (a.finishedAt ?? '~').localeCompare(b.finishedAt ?? '~');
    return failed.filter(isStepNode).sort(byTime)[0] ?? failed.filter((n) => n.message).sort(byTime)[0];
}
/** Argo's pod name for a node (POD_NAMES=v2): `<workflow>-<template>-<hash from the node id>`. */
function podName(workflow, node) {
    const prefix = `${workflow}-`;
    if (node.templateName && node.id.startsWith(prefix) && /^\d+$/.test(node.id.slice(prefix.length))) {
        return `${workflow}-${node.templateName}-${node.id.slice(prefix.length)}`;
    }
    return node.id;
}
function logCommands(namespace, workflow, node) {
    const lines = [`argo logs -n ${namespace} ${workflow}`];
    if (node && node.type === 'Pod')
        lines.push(`kubectl logs -n ${namespace} ${podName(workflow, node)} -c main`);
    lines.push(`kubectl logs -n ${namespace} -l workflows.argoproj.io/workflow=${workflow} -c main --prefix --tail=-1`);
    return lines;
}
/**
 * Merges the stack outputs of a finished Workflow: the renderer's per-environment
 * `stack-outputs-<environment>` parameters (malformed ones are reported in `invalid`), plus any
 * other global output parameter whose value is JSON {"<Stack>": {"<Key>": "<value>"}}.
 * A stack name deployed by several environments (the same stack in dev and prod) is keyed
 * `<environment>/<Stack>` so no environment's outputs hide another's.
 */
function stackOutputsOf(wf) {
    const params = (wf.status?.outputs?.parameters ?? []).filter((p) => typeof p?.name === 'string');
    const { environments, invalid } = environmentOutputs(params);
    const sources = environments.map((e) => ({ environment: e.environment, outputs: e.outputs }));
    for (const p of params) {
        if (p.name.startsWith(templates/* GLOBAL_OUTPUT_PREFIX */.h1) || typeof p.value !== 'string' || !p.value.trimStart().startsWith('{'))
            continue;
        const outputs = (0,stack_outputs/* parseStackOutputs */.Mw)(p.value);
        if (outputs)
            sources.push({ outputs });
    }
    const envCount = new Map();
    for (const s of sources)
        if (s.environment !== undefined)
            for (const stack of Object.keys(s.outputs))
                envCount.set(stack, (envCount.get(stack) ?? 0) + 1);
    const merged = {};
    for (const { environment, outputs } of sources) {
        for (const [stack, keys] of Object.entries(outputs)) {
            const key = environment !== undefined && (envCount.get(stack) ?? 0) > 1 ? `${environment}/${stack}` : stack;
            merged[key] = { ...(merged[key] ?? {}), ...keys };
        }
    }
    return { outputs: merged, invalid };
}
function stepRows(wf) {
    return Object.values(wf.status?.nodes ?? {})
        .filter(isStepNode)
        .sort((a, b) => (a.startedAt ?? '~').localeCompare(b.startedAt ?? '~') || nodeLabel(a).localeCompare(nodeLabel(b)))
        .map((n) => ({ step: nodeLabel(n), phase: n.phase ?? '', started: n.startedAt ?? '', finished: n.finishedAt ?? '', message: n.message ?? '' }));
}

;// CONCATENATED MODULE: ./src/kube/wait.ts
/**
 * Awaiting a Workflow: a watch notices every change at once; a GET now and then is the safety
 * net (and the only source when the watch cannot run, e.g. RBAC lacks `watch`).
 */



/**
 * Pure polling policy. With a live watch, completion is seen as it happens, so a GET every
 * 30 s only guards against a silently stalled stream (2 calls a minute). Without one:
 * every 2 s in the first minute (short runs end promptly), 5 s until 5 minutes, then 10 s.
 */
function pollDelayMs(s) {
    if (s.watching)
        return 30_000;
    if (s.elapsedMs < 60_000)
        return 2_000;
    if (s.elapsedMs < 5 * 60_000)
        return 5_000;
    return 10_000;
}
/** After this many consecutive failed watch attempts we rely on polling alone. */
const MAX_WATCH_FAILURES = 3;
class WorkflowWatch {
    /** Optimistic until a watch attempt fails; a stream that simply ends is reopened at once. */
    healthy = true;
    latest;
    failures = 0;
    stopped = false;
    waiter;
    /** An event arrived while nobody waited. */
    pending = false;
    stop = new AbortController();
    client;
    namespace;
    name;
    resourceVersion;
    constructor(client, namespace, name, resourceVersion) {
        this.client = client;
        this.namespace = namespace;
        this.name = name;
        this.resourceVersion = resourceVersion;
    }
    changed() {
        if (this.pending) {
            this.pending = false;
            return Promise.resolve('event');
        }
        return new Promise((resolve) => (this.waiter = () => resolve('event')));
    }
    cancelWait() {
        this.waiter = undefined;
    }
    close() {
        this.stopped = true;
        this.stop.abort();
    }
    onEvent(ev) {
        if (ev.type === 'ERROR') {
            // 410 Gone: our resourceVersion is too old; restart from the current state.
            this.resourceVersion = undefined;
            return;
        }
        const rv = ev.object?.metadata?.resourceVersion;
        if (rv)
            this.resourceVersion = rv;
        if (ev.type === 'ADDED' || ev.type === 'MODIFIED' || ev.type === 'DELETED') {
            this.latest = ev.object;
            const w = this.waiter;
            this.waiter = undefined;
            if (w)
                w();
            else
                this.pending = true;
        }
    }
    async run() {
        while (!this.stopped && this.failures < MAX_WATCH_FAILURES) {
            const query = { watch: '1', fieldSelector: `metadata.name=${this.name}`, timeoutSeconds: '300', allowWatchBookmarks: 'true' };
            if (this.resourceVersion)
                query.resourceVersion = this.resourceVersion;
            let status = 0;
            try {
                status = await this.client.watch({ op: { verb: 'watch', resource: 'workflows', namespace: this.namespace }, method: 'GET', path: workflowsPath(this.namespace), query, signal: this.stop.signal }, (e) => this.onEvent(e), 330_000, (s) => (this.healthy = s < 300));
            }
            catch {
                status = -1;
            }
            if (this.stopped)
                break;
            if (status === 401 && this.client.access.renew)
                await this.client.access.renew().catch(() => false);
            if (status === 403 || status === 404 || status === 405)
                this.failures = MAX_WATCH_FAILURES;
            else if (status >= 200 && status < 300)
                this.failures = 0;
            else
                this.failures++;
            this.healthy = this.failures === 0;
            if (this.failures > 0 && this.failures < MAX_WATCH_FAILURES)
                await new Promise((r) => setTimeout(r, 500 * this.failures));
        }
        this.healthy = false;
        // Wake the waiting loop so it switches to polling now rather than after a long safety interval.
        const w = this.waiter;
        this.waiter = undefined;
        w?.();
    }
}
function tick(ms, signal, watch) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(new CancelledError());
        const onAbort = () => (clearTimeout(t), watch.cancelWait(), reject(new CancelledError()));
        const t = setTimeout(() => (signal.removeEventListener('abort', onAbort), watch.cancelWait(), resolve('timer')), ms);
        signal.addEventListener('abort', onAbort, { once: true });
        void watch.changed().then(() => (clearTimeout(t), signal.removeEventListener('abort', onAbort), resolve('event')));
    });
}
async function awaitWorkflow(o) {
    const now = o.now ?? Date.now;
    const start = now();
    const deadline = start + o.timeoutMs;
    let wf = await getWorkflow(o.client, o.namespace, o.name, o.signal);
    let polls = 1;
    o.onUpdate(undefined, wf);
    if (isTerminal(phaseOf(wf)))
        return { workflow: wf, timedOut: false, polls };
    const watch = new WorkflowWatch(o.client, o.namespace, o.name, wf.metadata.resourceVersion);
    void watch.run();
    try {
        for (;;) {
            const remaining = deadline - now();
            if (remaining <= 0)
                return { workflow: wf, timedOut: true, polls };
            const delay = Math.min(pollDelayMs({ elapsedMs: now() - start, watching: watch.healthy }), remaining);
            const woke = await tick(delay, o.signal, watch);
            let next;
            if (woke === 'event' && watch.latest) {
                if (watch.latest.metadata?.resourceVersion === wf.metadata.resourceVersion)
                    continue;
                next = watch.latest;
            }
            else {
                if (now() >= deadline)
                    return { workflow: wf, timedOut: true, polls };
                next = await getWorkflow(o.client, o.namespace, o.name, o.signal);
                polls++;
            }
            o.onUpdate(wf, next);
            wf = next;
            if (isTerminal(phaseOf(wf)))
                return { workflow: wf, timedOut: false, polls };
        }
    }
    finally {
        watch.close();
    }
}

;// CONCATENATED MODULE: ./src/kube/parameters.ts
/**
 * Workflow parameters for the job context. The rendered template declares `repository` and
 * `revision`; `branch` is passed too so the Workflow (and the Argo UI) shows where it came from.
 */
const CONTEXT_PARAMETERS = { commit: 'revision', repo: 'repository', branch: 'branch' };
function declaredParameters(template) {
    const spec = template.spec;
    return (spec?.arguments?.parameters ?? []).map((p) => p.name ?? '').filter((n) => n !== '');
}
function contextParameters(s, env) {
    const repoUrl = s.run.repository ? `${s.run.serverUrl}/${s.run.repository}.git` : '';
    const branch = env.GITHUB_HEAD_REF?.trim() || s.run.refName;
    return [
        { name: CONTEXT_PARAMETERS.commit, value: s.commitSha },
        { name: CONTEXT_PARAMETERS.repo, value: repoUrl },
        { name: CONTEXT_PARAMETERS.branch, value: branch },
    ];
}
/**
 * Context parameters, then workflow-parameters (which win on a name clash). A workflow-parameter
 * the template does not declare is passed on with a warning (likely a typo).
 */
function submitParameters(template, s, env, warn) {
    const declared = declaredParameters(template);
    const byName = new Map();
    for (const p of contextParameters(s, env))
        if (p.value !== '')
            byName.set(p.name, p.value);
    for (const p of s.workflowParameters) {
        if (declared.length > 0 && !declared.includes(p.name)) {
            warn(`workflow-parameters line ${p.line}: the WorkflowTemplate declares no parameter '${p.name}' (it declares ${declared.join(', ')}); passing it anyway.`);
        }
        byName.set(p.name, p.value);
    }
    return [...byName.entries()].map(([name, value]) => ({ name, value }));
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(8179);
;// CONCATENATED MODULE: ./src/report/kube-apply.ts
/** Log lines and job summary of applying the WorkflowTemplate. Plain data in. */

function reportConnecting(server, source) {
    core/* info */.pq(`Kubernetes API: ${server} (${source})`);
}
function reportApplying(r) {
    core/* info */.pq(`${r.dryRun ? 'Dry run: server-side applying' : 'Server-side applying'} WorkflowTemplate ${r.namespace}/${r.name} as field manager ${r.fieldManager}`);
}
function verdict(r) {
    return r.dryRun ? `would be ${r.result} (dry run: nothing was changed)` : r.result;
}
function reportApplied(r) {
    core/* info */.pq(`WorkflowTemplate ${r.namespace}/${r.name} ${verdict(r)}`);
    if (r.diff !== '') {
        core/* startGroup */.Oh(r.result === 'created' ? 'New WorkflowTemplate' : 'Changes (live → applied)');
        core/* info */.pq(r.diff.replace(/\n$/, ''));
        core/* endGroup */.N4();
    }
}
/** At most SUMMARY_DIFF_LINES lines of a diff in the summary (the log has all of it). */
const SUMMARY_DIFF_LINES = 300;
function capped(diff) {
    const lines = diff.replace(/\n$/, '').split('\n');
    if (lines.length <= SUMMARY_DIFF_LINES)
        return diff;
    return `${lines.slice(0, SUMMARY_DIFF_LINES).join('\n')}\n... ${lines.length - SUMMARY_DIFF_LINES} more lines in the step log\n`;
}
async function writeApplySummary(r) {
    const s = core/* summary */.z
        .addHeading(`WorkflowTemplate ${r.namespace}/${r.name}: ${verdict(r)}`, 3)
        .addRaw(`Cluster: \`${r.server}\` (${r.source}), field manager \`${r.fieldManager}\`, template ${r.digest ? `\`${r.digest}\`` : ''}`, true);
    if (r.result === 'created')
        s.addRaw(`\nNew object (${r.diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).length} lines); the full diff is in the step log.\n`, true);
    else if (r.diff !== '')
        s.addRaw('\n```diff\n' + capped(r.diff).replace(/```/g, '`\u200b``') + '```\n', true);
    else
        s.addRaw('\nNo changes.\n', true);
    await s.write();
}

;// CONCATENATED MODULE: ./src/report/workflow-summary.ts
/** Log lines and job summary of a submitted Workflow. Plain data in. */

function reportSubmitted(namespace, name, template, parameters) {
    const args = parameters.map((p) => `${p.name}=${p.value}`).join(', ');
    core/* info */.pq(`Submitted Workflow ${namespace}/${name} from WorkflowTemplate ${template}${args ? ` with ${args}` : ''}`);
}
function reportPhase(name, phase, message) {
    core/* info */.pq(`Workflow ${name}: ${phase || 'Pending'}${message ? ` (${message})` : ''}`);
}
function reportTransitions(lines) {
    for (const t of lines)
        core/* info */.pq(`  ${t.node}: ${t.from || 'new'} → ${t.to}${t.message ? ` (${t.message})` : ''}`);
}
function reportNotWaiting(name) {
    core/* info */.pq(`Not waiting for Workflow ${name} (wait: false).`);
}
function reportDryRunNoSubmit() {
    core/* info */.pq('Dry run: no Workflow is submitted.');
}
function reportTimeout(name, minutes, phase) {
    core/* warning */.$e(`Workflow ${name} did not finish within ${minutes} minutes; it keeps running (phase ${phase || 'Pending'}).`, { title: 'workflow timeout' });
}
function reportCancel(name, terminated, problem) {
    if (terminated)
        core/* warning */.$e(`Job cancelled: asked Workflow ${name} to terminate (spec.shutdown=Terminate).`, { title: 'cancelled' });
    else if (problem)
        core/* warning */.$e(`Job cancelled, but Workflow ${name} could not be terminated: ${problem}. Terminate it with: argo terminate ${name}`, { title: 'cancelled' });
    else
        core/* warning */.$e(`Job cancelled; Workflow ${name} keeps running (stop-on-cancel: false).`, { title: 'cancelled' });
}
function reportStackOutputs(json, perKey, ambiguous) {
    core/* info */.pq(`stack-outputs: ${json}`);
    if (perKey > 0)
        core/* info */.pq(`  ${perKey} output key${perKey === 1 ? '' : 's'} also set as outputs of their own`);
    if (ambiguous.length > 0)
        core/* info */.pq(`  only in the JSON (present in several stacks or named like an action output): ${ambiguous.join(', ')}`);
}
function reportInvalidOutputs(names) {
    core/* warning */.$e(`Workflow output ${names.join(', ')} is not stack-outputs JSON ({"<Stack>": {"<Key>": "<value>"}}) and was left out of stack-outputs.`, { title: 'stack-outputs' });
}
function cell(s) {
    return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
async function writeWorkflowSummary(w) {
    const header = '| Step | Phase | Started | Finished | Message |\n|---|---|---|---|---|\n';
    const body = w.rows.map((r) => `| ${cell(r.step)} | ${cell(r.phase)} | ${cell(r.started)} | ${cell(r.finished)} | ${cell(r.message)} |`).join('\n');
    let md = `Workflow \`${w.namespace}/${w.name}\`${w.message ? `: ${cell(w.message)}` : ''}\n\n`;
    md += w.rows.length > 0 ? `${header}${body}\n` : 'No steps ran.\n';
    if (w.logs && w.logs.length > 0)
        md += `\nLogs:\n\n\`\`\`sh\n${w.logs.join('\n')}\n\`\`\`\n`;
    await core/* summary */.z.addHeading(`Workflow ${w.name}: ${w.phase || 'Pending'}`, 3).addRaw(md, true).write();
}
function reportParameterWarning(message) {
    core/* warning */.$e(message, { title: 'workflow-parameters' });
}

// EXTERNAL MODULE: ./src/commands/render.ts
var commands_render = __webpack_require__(3468);
;// CONCATENATED MODULE: ./src/commands/apply.ts













async function applyCommand(ctx) {
    const s = ctx.settings;
    const template = await (0,commands_render.renderTemplate)(ctx);
    const client = await connect(ctx);
    reportConnecting(client.access.server, client.access.source);
    await ensureArgoInstalled(client, s.submit && !s.dryRun ? ['workflowtemplates', 'workflows'] : ['workflowtemplates'], ctx.signal);
    reportApplying({ name: template.name, namespace: template.namespace, fieldManager: FIELD_MANAGER, dryRun: s.dryRun });
    const outcome = await applyTemplate(client, template, s.dryRun, ctx.signal);
    ctx.setOutput('apply-result', outcome.result);
    const report = { name: template.name, namespace: template.namespace, server: client.access.server, source: client.access.source, fieldManager: FIELD_MANAGER, digest: template.digest, ...outcome };
    reportApplied(report);
    await writeApplySummary(report);
    if (!s.submit)
        return;
    if (s.dryRun) {
        reportDryRunNoSubmit();
        return;
    }
    await runWorkflow(ctx, client, template);
}
async function runWorkflow(ctx, client, template) {
    const s = ctx.settings;
    const parameters = submitParameters(template.object, s, ctx.env, (msg) => reportParameterWarning(msg));
    const name = workflowName(template.name.replace(/-template$/, ''));
    const manifest = buildWorkflow({
        name,
        namespace: template.namespace,
        templateName: template.name,
        labels: ownershipLabels(template),
        annotations: { [SUBMISSION_ANNOTATION]: `${s.run.runId || 'local'}-${s.run.runAttempt}-${Date.now().toString(36)}`, ...(s.run.runUrl ? { 'aphex-pipeline/run-url': s.run.runUrl } : {}) },
        parameters,
    });
    let submitted;
    try {
        submitted = await submitWorkflow(client, manifest, ctx.signal);
    }
    catch (e) {
        // Cancelled while the create was in flight: it may have landed, so stop it by name.
        if ((e instanceof CancelledError || ctx.signal.aborted) && s.stopOnCancel)
            await terminateWorkflow(client, template.namespace, name).catch(() => undefined);
        throw e;
    }
    ctx.setOutput('workflow-name', name);
    reportSubmitted(template.namespace, name, template.name, parameters);
    if (!s.wait) {
        ctx.setOutput('workflow-status', phaseOf(submitted) || 'Pending');
        reportNotWaiting(name);
        return;
    }
    let last = submitted;
    const onUpdate = (prev, next) => {
        reportTransitions(transitions(prev, next));
        if (prev === undefined || phaseOf(prev) !== phaseOf(next))
            reportPhase(name, phaseOf(next), next.status?.message);
        last = next;
    };
    let result;
    try {
        result = await awaitWorkflow({ client, namespace: template.namespace, name, timeoutMs: s.timeoutMinutes * 60_000, signal: ctx.signal, onUpdate });
    }
    catch (e) {
        if (e instanceof CancelledError || ctx.signal.aborted)
            return cancelled(ctx, client, template.namespace, name, last);
        throw e;
    }
    await finish(ctx, template.namespace, result.workflow, result.timedOut);
}
async function cancelled(ctx, client, namespace, name, last) {
    ctx.setOutput('workflow-status', phaseOf(last) || 'Running');
    if (!ctx.settings.stopOnCancel) {
        reportCancel(name, false);
        throw new errors/* ActionError */.lZ(`The job was cancelled while waiting for Workflow ${name}; it keeps running.`, { hint: `Follow it with: argo watch -n ${namespace} ${name}`, title: 'cancelled' });
    }
    try {
        await terminateWorkflow(client, namespace, name);
        reportCancel(name, true);
    }
    catch (e) {
        reportCancel(name, false, e.message);
    }
    throw new errors/* ActionError */.lZ(`The job was cancelled; Workflow ${name} was asked to terminate.`, { hint: `Check it with: argo get -n ${namespace} ${name}`, title: 'cancelled' });
}
async function finish(ctx, namespace, wf, timedOut) {
    const name = wf.metadata.name;
    const phase = phaseOf(wf);
    ctx.setOutput('workflow-status', timedOut && !isTerminal(phase) ? 'Running' : phase);
    const { outputs, invalid } = stackOutputsOf(wf);
    const plan = (0,stack_outputs/* setStackOutputs */.rn)(ctx, outputs);
    if (Object.keys(outputs).length > 0)
        reportStackOutputs(plan.json, plan.perKey.length, plan.ambiguous);
    if (invalid.length > 0)
        reportInvalidOutputs(invalid);
    const failed = phase === 'Failed' || phase === 'Error';
    const node = failed ? failingNode(wf) : undefined;
    const logs = failed ? logCommands(namespace, name, node) : undefined;
    await writeWorkflowSummary({ namespace, name, phase: timedOut ? `${phase || 'Pending'} (timed out)` : phase, message: wf.status?.message, rows: stepRows(wf), logs });
    if (timedOut) {
        reportTimeout(name, ctx.settings.timeoutMinutes, phase);
        throw new errors/* ActionError */.lZ(`Workflow ${name} did not finish within timeout-minutes (${ctx.settings.timeoutMinutes}); it keeps running.`, {
            hint: `Raise timeout-minutes, or follow it with: argo watch -n ${namespace} ${name}`,
            title: 'workflow timeout',
        });
    }
    if (!failed)
        return;
    const where = node ? `step ${nodeLabel(node)} ${node.phase === 'Error' ? 'errored' : 'failed'}: ${node.message ?? '(no message)'}` : wf.status?.message ?? '(no message)';
    throw new errors/* ActionError */.lZ(`Workflow ${name} ${phase}: ${where}`, { hint: `Read its logs:\n  ${(logs ?? []).join('\n  ')}`, title: 'workflow failed' });
}


/***/ }),

/***/ 3468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ renderCommand),
/* harmony export */   renderTemplate: () => (/* binding */ renderTemplate)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _argo_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8870);
/* harmony import */ var _report_config_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4963);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6559);
/**
 * `render`: validate, render the WorkflowTemplate, write it to template-path and set
 * template-name, template-path and template-digest.
 */







/** validate + render + write template-path; sets template-name/-path/-digest outputs. */
async function renderTemplate(ctx) {
    const { config, file } = await (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__.loadConfig)(ctx);
    const options = (0,_validate_js__WEBPACK_IMPORTED_MODULE_6__.renderOptions)(ctx, config);
    const result = (0,_argo_index_js__WEBPACK_IMPORTED_MODULE_4__/* .renderPipeline */ .ju)(config, options);
    const target = templatePath(ctx, options.pipeline);
    await writeTemplate(target, result.yaml);
    ctx.setOutput('template-name', result.name);
    ctx.setOutput('template-path', target);
    ctx.setOutput('template-digest', result.digest);
    (0,_report_config_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .logRendered */ .qG)(result.name, result.digest, target);
    await (0,_report_config_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeConfigSummary */ .Qm)(ctx.env, config, file, { name: result.name, digest: result.digest, yaml: result.yaml, path: target });
    return {
        name: result.name,
        namespace: result.namespace,
        pipeline: options.pipeline,
        yaml: result.yaml,
        object: result.object,
        digest: result.digest,
        path: target,
    };
}
/** Input template-path (relative to the workspace), else `<RUNNER_TEMP or tmp>/<pipeline>-workflow-template.yaml`. */
function templatePath(ctx, pipeline) {
    const given = ctx.settings.templatePath;
    if (given !== '')
        return node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ctx.workspace, given);
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(ctx.env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(), `${pipeline}-workflow-template.yaml`);
}
async function writeTemplate(target, yaml) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(target, yaml, 'utf8');
    }
    catch (e) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Could not write the WorkflowTemplate to ${target}: ${e.message}`, {
            hint: "Set the input 'template-path' to a writable file path.",
            title: 'input template-path',
            cause: e,
        });
    }
}
async function renderCommand(ctx) {
    await renderTemplate(ctx);
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

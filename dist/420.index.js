export const id = 420;
export const ids = [420];
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

/***/ 4096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ credentialsCommand)
/* harmony export */ });
/* harmony import */ var _aws_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7038);
/* harmony import */ var _report_credentials_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9064);


async function credentialsCommand(ctx) {
    const session = await (0,_aws_session_js__WEBPACK_IMPORTED_MODULE_0__.openAwsSession)(ctx, { identifyAmbient: true });
    if (ctx.env.GITHUB_STEP_SUMMARY) {
        await (0,_report_credentials_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCredentialsSummary */ .eL)({
            source: session.source ?? 'ambient',
            accountId: session.accountId ?? '',
            arn: session.arn ?? '',
            expiration: session.expiration,
            viaArn: session.viaArn,
            exported: session.source === 'oidc',
            region: session.region,
        });
    }
}


/***/ })

};

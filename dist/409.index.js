export const id = 409;
export const ids = [409];
export const modules = {

/***/ 8409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ startCommand)
});

// EXTERNAL MODULE: ./src/aws/session.ts + 11 modules
var session = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/clock.ts
var src_clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/codepipeline/api.ts
var codepipeline_api = __webpack_require__(3359);
// EXTERNAL MODULE: ./src/codepipeline/estimate.ts
var estimate = __webpack_require__(5341);
// EXTERNAL MODULE: ./src/codepipeline/once.ts
var once = __webpack_require__(3294);
// EXTERNAL MODULE: ./src/codepipeline/run.ts + 4 modules
var run = __webpack_require__(4855);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/codepipeline/token.ts
/**
 * The default idempotency token of StartPipelineExecution.
 *
 * Same run, same attempt, same job, same pipeline and same inputs -> same token, so a step that
 * is retried (or runs twice) inside one attempt gets the execution it already started. A re-run
 * of the workflow is a new attempt: a deliberate re-deploy that starts a new execution. Matrix
 * legs differ by their variables / source revisions, so each gets its own execution.
 */

/** `gh-<runId>-<attempt>-<hash>`; undefined outside GitHub Actions (no run id). */
function defaultClientRequestToken(run, inputs) {
    if (run.runId === '')
        return undefined;
    const material = JSON.stringify([
        run.repository,
        run.job,
        inputs.pipelineName,
        inputs.variables.map((v) => [v.name, v.value]),
        inputs.sourceRevisions.map((r) => [r.actionName, r.revisionType, r.revisionValue]),
    ]);
    const hash = (0,external_node_crypto_.createHash)('sha256').update(material).digest('hex').slice(0, 32);
    const safe = (s) => s.replace(/[^a-zA-Z0-9]/g, '').slice(0, 24);
    return `gh-${safe(run.runId)}-${safe(run.runAttempt || '1')}-${hash}`;
}

// EXTERNAL MODULE: ./src/codepipeline/url.ts
var codepipeline_url = __webpack_require__(9842);
// EXTERNAL MODULE: ./src/github/record.ts
var record = __webpack_require__(5358);
// EXTERNAL MODULE: ./src/report/evidence.ts
var evidence = __webpack_require__(3877);
// EXTERNAL MODULE: ./src/report/pipeline-log.ts
var pipeline_log = __webpack_require__(705);
// EXTERNAL MODULE: ./src/report/pipeline-summary.ts
var pipeline_summary = __webpack_require__(7647);
// EXTERNAL MODULE: ./src/stack-outputs.ts + 1 modules
var stack_outputs = __webpack_require__(4851);
;// CONCATENATED MODULE: ./src/commands/start.ts













/** An execution this much older than our request was started by an earlier try of this step. */
const REUSED_AFTER_MS = 30_000;
async function startCommand(ctx) {
    const s = ctx.settings;
    const clock = src_clock/* realClock */.d;
    const deadline = clock.now() + s.timeoutMinutes * 60_000;
    const api = await (0,codepipeline_api/* openPipelineApi */.V)(await (0,session.openAwsSession)(ctx), s.pipelineName);
    const sourceRevisions = s.sourceRevisions.map((r) => ({ actionName: r.actionName, revisionType: r.revisionType, revisionValue: r.revisionValue }));
    const token = s.clientRequestToken || defaultClientRequestToken(s.run, { pipelineName: s.pipelineName, variables: s.variables, sourceRevisions });
    const requestedAt = clock.now();
    const input = {
        ...(token ? { clientRequestToken: token } : {}),
        ...(s.variables.length > 0 ? { variables: s.variables.map((v) => ({ name: v.name, value: v.value })) } : {}),
        ...(sourceRevisions.length > 0 ? { sourceRevisions } : {}),
    };
    // The token makes a repeated request return the execution the first one started; without it, a retry could start a second.
    const executionId = await (0,once/* once */.Oo)('StartPipelineExecution', () => api.start(input), { clock, signal: ctx.signal, log: pipeline_log/* info */.pq, policy: token ? once/* ONE_OFF_RETRY */.iE : once/* SINGLE_ATTEMPT */.t$ });
    const url = (0,codepipeline_url/* executionUrl */.M)(api.region, s.pipelineName, executionId);
    ctx.setOutput('execution-id', executionId);
    ctx.setOutput('execution-url', url);
    (0,pipeline_log/* info */.pq)(`Started execution ${executionId} of pipeline ${s.pipelineName}: ${url}`);
    if (token)
        (0,pipeline_log/* info */.pq)(`client-request-token: ${token}`);
    const deployment = await (0,record/* recordPipelineDeployment */.d)({ token: s.githubToken, environment: s.environment, apiUrl: ctx.env.GITHUB_API_URL ?? '', repository: s.run.repository, ref: s.run.sha, pipelineName: s.pipelineName, executionId, url });
    if (!s.wait) {
        ctx.setOutput('execution-status', 'InProgress');
        (0,pipeline_log/* info */.pq)('wait: false, so not awaiting the execution.');
        return;
    }
    const recent = await (0,run/* preparePipeline */.Y)(api, { clock, signal: ctx.signal, info: pipeline_log/* info */.pq, warn: pipeline_log/* warn */.R8 });
    const startedAt = (0,estimate/* startOf */.GH)(recent, executionId);
    if (startedAt !== undefined && startedAt < requestedAt - REUSED_AFTER_MS) {
        (0,pipeline_log/* info */.pq)(`This client-request-token already started execution ${executionId} at ${new Date(startedAt).toISOString()} (an earlier try of this step): no second execution was started.`);
    }
    const outputs = { set: (name, value) => ctx.setOutput(name, value), stackOutputs: (o) => (0,stack_outputs/* setStackOutputs */.rn)(ctx, o) };
    const report = {
        info: pipeline_log/* info */.pq,
        warn: pipeline_log/* warn */.R8,
        progress: (title) => new pipeline_log/* ProgressLog */.qw(title),
        result: async (r, extra, stacks) => {
            (0,pipeline_log/* logResult */.AX)(r);
            await (0,pipeline_summary/* writePipelineSummary */.WB)(r, extra, stacks, ctx.env);
        },
        evidence: (items) => (0,evidence/* reportEvidence */.al)(items, ctx.env),
    };
    await (0,run/* awaitAndReport */.w)({
        api,
        executionId,
        recent,
        deadline,
        timeoutMinutes: s.timeoutMinutes,
        followSuperseded: s.followSuperseded,
        stopReason: s.stopOnCancel ? `GitHub run ${s.run.runUrl || s.run.runId || '(unknown)'} was cancelled`.slice(0, 200) : undefined,
        signal: ctx.signal,
        clock,
        deployment,
        outputs,
        report,
    });
}


/***/ }),

/***/ 5358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ recordPipelineDeployment)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/**
 * The GitHub Deployment of a CodePipeline execution, when github-token and environment ask for
 * one. Light on purpose: the GitHub client (./deployments.ts) is loaded only when a Deployment
 * is recorded.
 */

/** Records the Deployment and sets it in_progress; undefined when none is asked for or it could not be recorded (warned). */
async function recordPipelineDeployment(d) {
    if (d.token === '')
        return undefined;
    if (d.environment === '') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('github-token is set but environment is empty: no GitHub Deployment recorded.');
        return undefined;
    }
    const { createDeployment } = await Promise.all(/* import() */[__webpack_require__.e(413), __webpack_require__.e(887)]).then(__webpack_require__.bind(__webpack_require__, 6887));
    const record = await createDeployment({
        token: d.token,
        apiUrl: d.apiUrl || 'https://api.github.com',
        repository: d.repository,
        ref: d.ref,
        environment: d.environment,
        description: `CodePipeline ${d.pipelineName}`,
        payload: { pipeline: d.pipelineName, executionId: d.executionId },
    });
    await record?.status('in_progress', d.url, `CodePipeline ${d.pipelineName} execution in progress`);
    return record;
}


/***/ })

};

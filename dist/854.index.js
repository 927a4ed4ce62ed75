export const id = 854;
export const ids = [854];
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

/***/ 7620:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ applyCommand)
});

// EXTERNAL MODULE: ./src/kube/apply.ts + 1 modules
var apply = __webpack_require__(4506);
// EXTERNAL MODULE: ./src/kube/connect.ts + 6 modules
var connect = __webpack_require__(1919);
// EXTERNAL MODULE: ./src/kube/rbac.ts
var rbac = __webpack_require__(9301);
// EXTERNAL MODULE: ./src/kube/transport.ts
var transport = __webpack_require__(7076);
// EXTERNAL MODULE: ./src/workflow/api.ts
var api = __webpack_require__(8845);
// EXTERNAL MODULE: ./src/workflow/follow.ts + 5 modules
var follow = __webpack_require__(6350);
// EXTERNAL MODULE: ./src/workflow/model.ts + 1 modules
var model = __webpack_require__(6648);
;// CONCATENATED MODULE: ./src/workflow/parameters.ts
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

// EXTERNAL MODULE: ./src/report/kube-apply.ts
var kube_apply = __webpack_require__(7208);
// EXTERNAL MODULE: ./src/report/workflow-summary.ts
var workflow_summary = __webpack_require__(8000);
// EXTERNAL MODULE: ./src/pipeline-template.ts + 2 modules
var pipeline_template = __webpack_require__(9673);
;// CONCATENATED MODULE: ./src/commands/apply.ts











async function applyCommand(ctx) {
    const s = ctx.settings;
    const template = await (0,pipeline_template/* renderTemplate */.Xm)(ctx);
    const client = await (0,connect/* connect */.N)(ctx, s.submit && !s.dryRun ? 'submit' : 'apply');
    (0,kube_apply/* reportConnecting */.BO)(client.access.server, client.access.source);
    await (0,apply/* ensureArgoInstalled */.gD)(client, s.submit && !s.dryRun ? ['workflowtemplates', 'workflows'] : ['workflowtemplates'], ctx.signal);
    (0,kube_apply/* reportApplying */.H0)({ name: template.name, namespace: template.namespace, fieldManager: rbac/* FIELD_MANAGER */.vy, dryRun: s.dryRun });
    const outcome = await (0,apply/* applyTemplate */.XF)(client, template, s.dryRun, ctx.signal);
    ctx.setOutput('apply-result', outcome.result);
    const report = { name: template.name, namespace: template.namespace, server: client.access.server, source: client.access.source, fieldManager: rbac/* FIELD_MANAGER */.vy, digest: template.digest, ...outcome };
    (0,kube_apply/* reportApplied */.QR)(report);
    await (0,kube_apply/* writeApplySummary */.Kw)(report, ctx.env);
    if (!s.submit)
        return;
    if (s.dryRun) {
        workflow_summary/* reportDryRunNoSubmit */.er();
        return;
    }
    await runWorkflow(ctx, client, template);
}
async function runWorkflow(ctx, client, template) {
    const s = ctx.settings;
    const parameters = submitParameters(template.object, s, ctx.env, (msg) => workflow_summary/* reportParameterWarning */.yR(msg));
    const name = (0,model/* workflowName */.tv)(template.name.replace(/-template$/, ''));
    const manifest = (0,model/* buildWorkflow */.aL)({
        name,
        namespace: template.namespace,
        templateName: template.name,
        labels: (0,apply/* ownershipLabels */.Hv)(template),
        annotations: { [api/* SUBMISSION_ANNOTATION */.XO]: `${s.run.runId || 'local'}-${s.run.runAttempt}-${Date.now().toString(36)}`, ...(s.run.runUrl ? { 'aphex-pipeline/run-url': s.run.runUrl } : {}) },
        parameters,
    });
    let submitted;
    try {
        submitted = await (0,api/* submitWorkflow */.Cc)(client, manifest, ctx.signal);
    }
    catch (e) {
        // Cancelled while the create was in flight: it may have landed, so stop it by name.
        if ((e instanceof transport/* CancelledError */.cc || ctx.signal.aborted) && s.stopOnCancel)
            await (0,api/* terminateWorkflow */.x6)(client, template.namespace, name).catch(() => undefined);
        throw e;
    }
    ctx.setOutput('workflow-name', name);
    workflow_summary/* reportSubmitted */.iU(template.namespace, name, template.name, parameters);
    if (!s.wait) {
        ctx.setOutput('workflow-status', (0,model/* phaseOf */.hU)(submitted) || 'Pending');
        workflow_summary/* reportNotWaiting */.PO(name);
        return;
    }
    await (0,follow/* followWorkflow */.B)({ ctx, client, namespace: template.namespace, name, initial: submitted, deadline: client.clock.now() + s.timeoutMinutes * 60_000 });
}


/***/ }),

/***/ 3000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ MAX_LOG_LINES),
/* harmony export */   OV: () => (/* binding */ SUMMARY_LOG_LINES),
/* harmony export */   of: () => (/* binding */ MAX_STACK_FAILURES)
/* harmony export */ });
/**
 * What the action found out about a failed action, besides CodePipeline's own errorDetails: the
 * end of a CodeBuild build's log, the failed events of a CloudFormation deployment, or one note
 * saying why there is nothing to show (access denied, no log in CloudWatch Logs, out of time).
 */
/** The most log lines shown for one build. */
const MAX_LOG_LINES = 100;
/** The most log lines the job summary shows (the log group has them all). */
const SUMMARY_LOG_LINES = 30;
/** The most stack failures listed for one stack. */
const MAX_STACK_FAILURES = 25;


/***/ }),

/***/ 3877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   al: () => (/* binding */ reportEvidence),
/* harmony export */   kG: () => (/* binding */ echoVerbatim)
/* harmony export */ });
/* unused harmony exports logEvidence, evidenceSummary */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _evidence_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3000);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7663);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7994);
/**
 * Failure evidence in the job: each build log and stack's failed events in a log group, one note
 * per action that has none, and a job summary section. The log lines are another program's text:
 * they are echoed between ::stop-commands::<random token> and ::<token>::, so that no line of
 * them can act as a workflow command (set an output, add a mask, fail the step).
 */






/** Prints `lines` as text only: workflow commands are off between the two markers. */
function echoVerbatim(lines) {
    const token = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomBytes)(16).toString('hex');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`::stop-commands::${token}`);
    for (const line of lines)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(line));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`::${token}::`);
}
function where(e) {
    return `${e.stage}.${e.action}`;
}
function stackLines(e) {
    return e.failures.map((f, i) => `${i === 0 ? 'First failure' : 'Then'}: ${f.resource} (${f.type}) ${f.status} at ${f.at}: ${f.reason || 'no reason given'}`);
}
/** The evidence in the log: a group per build log or stack, a warning per note. */
function logEvidence(items) {
    for (const e of items) {
        if (e.kind === 'note') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${where(e)}: ${e.text}`, { title: 'failure evidence' });
            continue;
        }
        const title = e.kind === 'build-log' ? `Build log of ${where(e)}: last ${e.lines.length} lines of build ${e.buildId}` : `Stack ${e.stack} of ${where(e)}: ${e.failures.length} failed event${e.failures.length === 1 ? '' : 's'}, first failure first`;
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(title);
        echoVerbatim(e.kind === 'build-log' ? (e.lines.length > 0 ? e.lines : ['(the log stream is empty)']) : stackLines(e));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        if (e.kind === 'stack-events')
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${where(e)}: stack ${e.stack} first failed at ${e.failures[0]?.resource}: ${e.failures[0]?.status}: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(e.failures[0]?.reason ?? '')}`);
    }
}
function buildSection(doc, e) {
    const shown = e.lines.slice(-_evidence_model_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARY_LOG_LINES */ .OV);
    const more = e.lines.length > shown.length ? ` (last ${shown.length} of the ${e.lines.length} lines in the job log)` : '';
    doc.paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<b>${where(e)}</b> — build ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(e.buildId)}, ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .link */ .nf)(e.deepLink, `${e.group} ${e.stream}`)}${more}`);
    doc.codeBlock(shown.length > 0 ? shown.join('\n') : '(the log stream is empty)', 'text');
}
function stackSection(doc, e) {
    doc.paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<b>${where(e)}</b> — stack ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(e.stack)}, failed events of this deployment, first failure first`);
    doc.table(['Resource', 'Type', 'Status', 'Reason', 'Time'], e.failures.map((f) => [f.resource, f.type, f.status, f.reason, f.at]));
}
function evidenceSummary(items) {
    const doc = new _markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .SummaryDoc */ .VH();
    if (items.length === 0)
        return doc;
    doc.heading('Why it failed', 4);
    for (const e of items) {
        if (e.kind === 'build-log')
            buildSection(doc, e);
        else if (e.kind === 'stack-events')
            stackSection(doc, e);
        else
            doc.paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<b>${where(e)}</b> — ${e.text}`);
    }
    return doc;
}
/** Log and job summary; never throws (a summary that cannot be written is a warning of its own). */
async function reportEvidence(items, env) {
    logEvidence(items);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .S)(env, evidenceSummary(items));
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
    'started-at',
    'ended-at',
    'artifact-revisions',
    'stages',
    'matched',
    'event-type',
    'stage-name',
    'action-name',
    'template-name',
    'template-path',
    'template-digest',
    'apply-result',
    'pipeline-version',
    'workflow-name',
    'workflow-status',
    'pending-approval',
    'delete-result',
];

// EXTERNAL MODULE: ./src/util/guards.ts
var guards = __webpack_require__(6936);
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
    return (0,guards/* isObj */.s)(v) && Object.values(v).every((s) => (0,guards/* isObj */.s)(s) && Object.values(s).every((x) => typeof x === 'string'));
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

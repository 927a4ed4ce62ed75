export const id = 350;
export const ids = [350];
export const modules = {

/***/ 5842:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZX: () => (/* binding */ stepLogsSection),
/* harmony export */   sb: () => (/* binding */ logStepLogs)
/* harmony export */ });
/* unused harmony export SUMMARY_LOG_LINES */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _evidence_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3877);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4285);
/**
 * The failed steps' logs of a Workflow in the job: the last lines of each in a log group, echoed
 * with workflow commands stopped (echoVerbatim), and an excerpt in the job summary; for a step
 * without a log, why (pod deleted, RBAC) and the commands that read it. Plain data in.
 */



/** Lines of each log in the job summary (the log group has up to 100). */
const SUMMARY_LOG_LINES = 30;
function missingLine(l) {
    const rbac = l.why === 'forbidden' ? ' The identity needs the verb get on pods/log (RBAC, docs/kubernetes.md).' : '';
    return `No log of step ${l.step}: ${l.detail}.${rbac} Read it with: ${l.commands.join('  or  ')}`;
}
function logStepLogs(logs) {
    for (const l of logs) {
        if (l.kind === 'missing') {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(missingLine(l), { title: 'step logs' });
            continue;
        }
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`Last ${l.lines.length} lines of ${l.step} (pod ${l.pod}, container main)`);
        (0,_evidence_js__WEBPACK_IMPORTED_MODULE_1__/* .echoVerbatim */ .kG)(l.lines.length > 0 ? l.lines : ['(the log is empty)']);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    }
}
/** The summary section: an excerpt of each failed step's log, or why there is none. */
function stepLogsSection(doc, logs) {
    if (logs.length === 0)
        return doc;
    doc.heading('Logs of the failed steps', 4);
    for (const l of logs) {
        if (l.kind === 'missing') {
            doc.paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<b>${l.step}</b> — no log: ${l.detail}.${l.why === 'forbidden' ? ' The identity needs the verb get on pods/log.' : ''}`);
            doc.codeBlock(l.commands.join('\n'), 'sh');
            continue;
        }
        const shown = l.lines.slice(-SUMMARY_LOG_LINES);
        const more = l.lines.length > shown.length ? ` (last ${shown.length} of the ${l.lines.length} lines in the step log)` : '';
        doc.paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .html */ .qy) `<b>${l.step}</b> — pod ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)(l.pod)}, container ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .code */ .aY)('main')}${more}`);
        doc.codeBlock(shown.length > 0 ? shown.join('\n') : '(the log is empty)', 'text');
    }
    return doc;
}


/***/ }),

/***/ 8000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ reportPhase),
/* harmony export */   Cb: () => (/* binding */ reportTimeout),
/* harmony export */   DP: () => (/* binding */ reportDecision),
/* harmony export */   PO: () => (/* binding */ reportNotWaiting),
/* harmony export */   R6: () => (/* binding */ reportStackOutputs),
/* harmony export */   er: () => (/* binding */ reportDryRunNoSubmit),
/* harmony export */   f3: () => (/* binding */ reportTransitions),
/* harmony export */   i4: () => (/* binding */ reportInvalidOutputs),
/* harmony export */   iU: () => (/* binding */ reportSubmitted),
/* harmony export */   iz: () => (/* binding */ reportPending),
/* harmony export */   lQ: () => (/* binding */ reportCancel),
/* harmony export */   vq: () => (/* binding */ writeWorkflowSummary),
/* harmony export */   yR: () => (/* binding */ reportParameterWarning)
/* harmony export */ });
/* unused harmony export workflowSummary */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7994);
/* harmony import */ var _workflow_logs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5842);
/** Log lines and job summary of a submitted Workflow. Plain data in. */




function reportSubmitted(namespace, name, template, parameters) {
    const args = parameters.map((p) => `${p.name}=${p.value}`).join(', ');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Submitted Workflow ${namespace}/${name} from WorkflowTemplate ${template}${args ? ` with ${args}` : ''}`);
}
function reportPhase(name, phase, message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Workflow ${name}: ${phase || 'Pending'}${message ? ` (${message})` : ''}`);
}
function reportTransitions(lines) {
    for (const t of lines)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  ${t.node}: ${t.from || 'new'} → ${t.to}${t.message ? ` (${t.message})` : ''}`);
}
function reportNotWaiting(name) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Not waiting for Workflow ${name} (wait: false).`);
}
function reportDryRunNoSubmit() {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('Dry run: no Workflow is submitted.');
}
function reportTimeout(name, minutes, phase) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Workflow ${name} did not finish within ${minutes} minutes; it keeps running (phase ${phase || 'Pending'}).`, { title: 'workflow timeout' });
}
function reportCancel(name, terminated, problem) {
    if (terminated)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Job cancelled: asked Workflow ${name} to terminate (spec.shutdown=Terminate).`, { title: 'cancelled' });
    else if (problem)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Job cancelled, but Workflow ${name} could not be terminated: ${problem}. Terminate it with: argo terminate ${name}`, { title: 'cancelled' });
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Job cancelled; Workflow ${name} keeps running (stop-on-cancel: false).`, { title: 'cancelled' });
}
function reportStackOutputs(json, perKey, ambiguous) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`stack-outputs: ${json}`);
    if (perKey > 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  ${perKey} output key${perKey === 1 ? '' : 's'} also set as outputs of their own`);
    if (ambiguous.length > 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  only in the JSON (present in several stacks or named like an action output): ${ambiguous.join(', ')}`);
}
function reportInvalidOutputs(names) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Workflow output ${names.join(', ')} is not stack-outputs JSON ({"<Stack>": {"<Key>": "<value>"}}) and was left out of stack-outputs.`, { title: 'stack-outputs' });
}
function reportPending(name, p) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`Workflow ${name} waits for approval of environment ${p.environment}${p.since ? ` (since ${p.since})` : ''}. This step ends here; approve it from a later job.`, { title: 'approval' });
    if (p.others.length > 0)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Also waiting for approval: ${p.others.join(', ')}.`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('The step that approves it (in a job of a GitHub environment with required reviewers):');
    for (const line of p.snippet.replace(/\n$/, '').split('\n'))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`  ${line}`);
}
function reportDecision(name, environment, message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Workflow ${name}, environment ${environment}: ${message}`);
}
function workflowSummary(w) {
    const doc = new _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .SummaryDoc */ .VH().heading(`Workflow ${w.name}: ${w.phase || 'Pending'}`);
    doc.paragraph(w.message ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `Workflow ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${w.namespace}/${w.name}`)}: ${w.message}` : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `Workflow ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(`${w.namespace}/${w.name}`)}`);
    if (w.rows.length === 0)
        doc.paragraph('No steps ran.');
    else
        doc.table(['Step', 'Phase', 'Started', 'Finished', 'Message'], w.rows.map((r) => [r.step, r.phase, r.started, r.finished, r.message]));
    if (w.pending) {
        const others = w.pending.others.length > 0 ? ` Also waiting: ${w.pending.others.join(', ')}.` : '';
        doc.paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `<b>Waiting for approval: ${w.pending.environment}</b>${w.pending.since ? ` since ${w.pending.since}` : ''}.${others} Approve it from a later job, in a GitHub environment with required reviewers:`);
        doc.codeBlock(w.pending.snippet, 'yaml');
    }
    (0,_workflow_logs_js__WEBPACK_IMPORTED_MODULE_3__/* .stepLogsSection */ .ZX)(doc, w.stepLogs ?? []);
    if (w.logs && w.logs.length > 0)
        doc.paragraph('All logs:').codeBlock(w.logs.join('\n'), 'sh');
    return doc;
}
async function writeWorkflowSummary(w, env) {
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .S)(env, workflowSummary(w));
}
function reportParameterWarning(message) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, { title: 'workflow-parameters' });
}


/***/ }),

/***/ 8845:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ submitWorkflow),
/* harmony export */   Mw: () => (/* binding */ getWorkflow),
/* harmony export */   XO: () => (/* binding */ SUBMISSION_ANNOTATION),
/* harmony export */   ib: () => (/* binding */ workflowsPath),
/* harmony export */   x6: () => (/* binding */ terminateWorkflow)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _kube_rbac_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9301);
/** Workflow calls on the Kubernetes API: submit, read, terminate (the watch is in watch.ts). */


function workflowsPath(namespace) {
    return `/apis/${_kube_rbac_js__WEBPACK_IMPORTED_MODULE_1__/* .ARGO_API */ .nC}/namespaces/${namespace}/workflows`;
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`A Workflow named "${meta.name}" already exists in namespace ${meta.namespace}.`, { hint: 'Re-run the job; a new name is chosen each time.', retryable: true });
}
/** Reads the Workflow. `attempts: 1` for a wait loop's look: the loop retries by looking again. */
async function getWorkflow(client, namespace, name, signal, attempts) {
    const op = { verb: 'get', resource: 'workflows', name, namespace };
    return (await client.json({ op, method: 'GET', path: `${workflowsPath(namespace)}/${name}`, signal, ...(attempts ? { attempts } : {}) })).value;
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
        deadlineMs: timeoutMs,
        signal: AbortSignal.timeout(timeoutMs),
    });
}


/***/ }),

/***/ 6965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ pendingApprovals),
/* harmony export */   PS: () => (/* binding */ approvalState),
/* harmony export */   zq: () => (/* binding */ approvalNodes)
/* harmony export */ });
/* unused harmony exports isWaiting, pipelineEnvironments */
/* harmony import */ var _aphex_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1778);
/* harmony import */ var _argo_templates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3562);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6648);
/**
 * Approvals in a running Workflow: the rendered template's `approval` step is an Argo suspend
 * node, one per environment with `approval: true`. A suspend node of type Suspend in phase
 * Running is waiting; `argo resume` (and `approve`) marks it Succeeded, `argo stop` with a node
 * field selector (and `approve` with Rejected) marks it Failed. Pure.
 */



function isWaiting(node) {
    return node.type === 'Suspend' && node.phase === 'Running';
}
function environmentOf(node) {
    const input = node.inputs?.parameters?.find((p) => p.name === 'environment')?.value;
    if (input !== undefined && input !== '')
        return { environment: input, id: (0,_aphex_names_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentId */ .Xo)(input) };
    const fromName = /\.env-([a-z0-9-]+)\.approve$/.exec(node.name)?.[1];
    return fromName ? { environment: fromName, id: fromName } : undefined;
}
/** Every approval node (waiting, answered or skipped) with its environment. */
function approvalNodes(wf) {
    const out = [];
    for (const node of Object.values(wf.status?.nodes ?? {})) {
        if (node.templateName !== _argo_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE */ .nE.approval && node.templateRef?.template !== _argo_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE */ .nE.approval)
            continue;
        const env = environmentOf(node);
        if (env)
            out.push({ ...env, node });
    }
    return out;
}
/** Approvals waiting now, the longest-waiting first (then by environment name). */
function pendingApprovals(wf) {
    const since = (a) => a.node.startedAt || '~';
    return approvalNodes(wf)
        .filter((a) => isWaiting(a.node))
        .sort((a, b) => since(a).localeCompare(since(b)) || a.environment.localeCompare(b.environment));
}
/** The environments of the Workflow's pipeline, from the template it runs (when Argo stored it). */
function pipelineEnvironments(wf) {
    const spec = wf.status?.storedWorkflowTemplateSpec;
    const main = spec?.templates?.find((t) => t.name === _argo_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE */ .nE.main);
    if (!main?.dag?.tasks)
        return undefined;
    return main.dag.tasks
        .filter((t) => t.template === _argo_templates_js__WEBPACK_IMPORTED_MODULE_1__/* .TEMPLATE */ .nE.environment)
        .map((t) => {
        const arg = (n) => t.arguments?.parameters?.find((p) => p.name === n)?.value ?? '';
        return { name: arg('environment'), id: arg('environment-id') || (0,_aphex_names_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentId */ .Xo)(arg('environment')), approval: arg('approval') === 'true' };
    });
}
const sameEnvironment = (given, name, id) => given === name || (0,_aphex_names_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentId */ .Xo)(given) === id;
function approvalState(wf, environment) {
    if (wf.status?.offloadNodeStatusVersion)
        return { kind: 'unreadable', why: 'offloaded' };
    if (wf.status?.compressedNodes)
        return { kind: 'unreadable', why: 'compressed' };
    const approval = approvalNodes(wf).find((a) => sameEnvironment(environment, a.environment, a.id));
    if (approval) {
        if (isWaiting(approval.node))
            return { kind: 'waiting', approval };
        if (approval.node.phase === 'Succeeded')
            return { kind: 'approved', approval };
        if (approval.node.phase === 'Failed' || approval.node.phase === 'Error')
            return { kind: 'rejected', approval };
        if (approval.node.phase === 'Skipped' || approval.node.phase === 'Omitted')
            return { kind: 'no-approval', environment: approval.environment };
    }
    const envs = pipelineEnvironments(wf);
    const known = envs?.find((e) => sameEnvironment(environment, e.name, e.id));
    if (envs && !known)
        return { kind: 'unknown', environment, known: envs.map((e) => e.name) };
    if (known && !known.approval)
        return { kind: 'no-approval', environment: known.name };
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isTerminal */ .Hd)((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseOf */ .hU)(wf)))
        return { kind: 'finished', phase: (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .phaseOf */ .hU)(wf) };
    return { kind: 'not-reached', environment: known?.name ?? environment, pending: pendingApprovals(wf) };
}


/***/ }),

/***/ 6350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B: () => (/* binding */ followWorkflow)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/kube/transport.ts
var transport = __webpack_require__(7076);
// EXTERNAL MODULE: ./src/report/pipeline-log.ts
var pipeline_log = __webpack_require__(705);
// EXTERNAL MODULE: ./src/report/workflow-logs.ts
var workflow_logs = __webpack_require__(5842);
// EXTERNAL MODULE: ./src/report/workflow-summary.ts
var workflow_summary = __webpack_require__(8000);
// EXTERNAL MODULE: ./src/stack-outputs.ts + 1 modules
var stack_outputs = __webpack_require__(4851);
// EXTERNAL MODULE: ./src/workflow/api.ts
var api = __webpack_require__(8845);
// EXTERNAL MODULE: ./src/workflow/approvals.ts
var approvals = __webpack_require__(6965);
// EXTERNAL MODULE: ./src/argo/templates.ts
var templates = __webpack_require__(3562);
// EXTERNAL MODULE: ./src/workflow/model.ts + 1 modules
var model = __webpack_require__(6648);
;// CONCATENATED MODULE: ./src/workflow/failure.ts
/**
 * What a failed Workflow's step message says went wrong: a rejected approval, a failed pipeline
 * deployment (the environments then ran on the WorkflowTemplate already in the cluster), or the
 * first failed step. Pure.
 */



const failed = (n) => n.phase === 'Failed' || n.phase === 'Error';
const verb = (n) => (n.phase === 'Error' ? 'errored' : 'failed');
const stepText = (n) => `step ${(0,model/* nodeLabel */.dA)(n)} ${verb(n)}: ${n.message || '(no message)'}`;
/** The failed pipeline deployment step, when it failed. */
function failedPipelineDeployment(wf) {
    return Object.values(wf.status?.nodes ?? {}).find((n) => n.type === 'Pod' && failed(n) && (n.templateName === templates/* TEMPLATE */.nE.deployPipeline || n.templateRef?.template === templates/* TEMPLATE */.nE.deployPipeline));
}
/** The reason of a failed Workflow, one line, for the step's error message. */
function failureReason(wf) {
    const rejected = (0,approvals/* approvalNodes */.zq)(wf).find((a) => failed(a.node));
    if (rejected)
        return `environment ${rejected.environment} was not approved: ${rejected.node.message || rejected.node.phase}`;
    const pipeline = failedPipelineDeployment(wf);
    if (pipeline) {
        const others = Object.values(wf.status?.nodes ?? {}).filter((n) => n !== pipeline && (0,model/* isStepNode */.$m)(n) && failed(n) && n.name.replace(/\(\d+\)$/, '') !== pipeline.name.replace(/\(\d+\)$/, ''));
        const then = others.length > 0 ? `; then ${stepText(others[0])}` : '';
        return (`the pipeline deployment step (deploy-pipeline) ${verb(pipeline)}: ${pipeline.message || '(no message)'}. ` +
            `The environments ran on the WorkflowTemplate already in the cluster, without this commit's pipeline changes${then}`);
    }
    const node = (0,model/* failingNode */.dP)(wf);
    return node ? stepText(node) : wf.status?.message || '(no message)';
}

// EXTERNAL MODULE: ./src/kube/status-errors.ts
var status_errors = __webpack_require__(8127);
;// CONCATENATED MODULE: ./src/workflow/logs.ts
/**
 * The end of a failed Workflow's step logs, read like `kubectl logs <pod> -c main --tail=100`
 * (GET pods/<pod>/log with container=main and tailLines): the evidence of why it failed, in the
 * job itself. Each failed Pod node (the last attempt of a retried step) gives one entry, or a
 * note saying why there is no log (the pod was deleted by podGC, RBAC denies pods/log, ...).
 */




/** Lines kept per step. */
const TAIL_LINES = 100;
/** Steps whose logs are read (the earliest failures). */
const MAX_FAILED_STEPS = 5;
/** Bytes read per log at most (a minified line can be long). */
const LIMIT_BYTES = 64 * 1024;
/** All the log reads of one failure together. */
const LOGS_BUDGET_MS = 20_000;
/** The failed Pod nodes, one per step (a retried step's last attempt), earliest failure first. */
function failedPods(wf) {
    const byStep = new Map();
    const failed = Object.values(wf.status?.nodes ?? {}).filter((n) => n.type === 'Pod' && (n.phase === 'Failed' || n.phase === 'Error'));
    for (const n of failed) {
        const step = n.name.replace(/\(\d+\)$/, '');
        const seen = byStep.get(step);
        if (!seen || (n.finishedAt ?? '') > (seen.finishedAt ?? ''))
            byStep.set(step, n);
    }
    return [...byStep.values()].sort((a, b) => (a.finishedAt ?? '~').localeCompare(b.finishedAt ?? '~')).slice(0, MAX_FAILED_STEPS);
}
/** Text → lines, the last TAIL_LINES; CR alone counts as a line end (it could hide a line). */
function tailLines(text, max = TAIL_LINES) {
    const lines = text.split(/\r\n|\r|\n/);
    if (lines.at(-1) === '')
        lines.pop();
    return lines.slice(-max);
}
function missing(wf, namespace, node, why, detail) {
    return { kind: 'missing', step: (0,model/* nodeLabel */.dA)(node), pod: (0,model/* podName */.Bh)(wf, node), why, detail, commands: (0,model/* logCommands */.Bp)(namespace, wf, node) };
}
async function readLog(client, namespace, wf, node, signal) {
    const pod = (0,model/* podName */.Bh)(wf, node);
    const op = { verb: 'get', resource: 'pods/log', name: pod, namespace };
    try {
        const res = await client.call({
            op,
            method: 'GET',
            path: `/api/v1/namespaces/${namespace}/pods/${pod}/log`,
            query: { container: 'main', tailLines: String(TAIL_LINES), limitBytes: String(LIMIT_BYTES) },
            text: true,
            accept: [400, 403, 404],
            signal,
            deadlineMs: 10_000,
        });
        const text = (0,status_errors/* parseStatus */.i$)(res.body)?.message ?? res.body.trim();
        if (res.status === 404)
            return missing(wf, namespace, node, 'gone', `pod ${pod} no longer exists (deleted by the Workflow's podGC or ttlStrategy, or with its node)`);
        if (res.status === 403)
            return missing(wf, namespace, node, 'forbidden', `RBAC denies get on pods/log in namespace ${namespace}: ${text}`);
        if (res.status === 400)
            return missing(wf, namespace, node, 'unavailable', text);
        return { kind: 'log', step: (0,model/* nodeLabel */.dA)(node), pod, lines: tailLines(res.body) };
    }
    catch (e) {
        const why = e instanceof transport/* CancelledError */.cc ? (signal.aborted ? `reading it was cut short (the job was cancelled, or the ${LOGS_BUDGET_MS / 1000} s for all logs passed)` : e.message) : (0,errors/* messageOf */.bD)(e);
        return missing(wf, namespace, node, 'unavailable', why);
    }
}
/** The logs of the failed steps, read one after the other within LOGS_BUDGET_MS; cancelling the job ends it. */
async function failedStepLogs(client, namespace, wf, jobSignal) {
    const signal = AbortSignal.any([jobSignal, AbortSignal.timeout(LOGS_BUDGET_MS)]);
    const out = [];
    for (const node of failedPods(wf)) {
        if (jobSignal.aborted)
            break;
        out.push(signal.aborted ? missing(wf, namespace, node, 'unavailable', `no time left to read it (${LOGS_BUDGET_MS / 1000} s for all logs)`) : await readLog(client, namespace, wf, node, signal));
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/workflow/snippet.ts
/**
 * The workflow step that approves a waiting environment, as YAML to paste into a later job: the
 * same action reference, Workflow, namespace and cluster connection as the step that found the
 * approval waiting. Pure.
 */

/** The placeholder the README and examples use when the runner does not name the action. */
const ACTION_PLACEHOLDER = 'your-org/aphex-pipeline-action@v1';
/** `owner/repo@ref` of the running action (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF), else the placeholder. */
function actionReference(env) {
    const repo = env.GITHUB_ACTION_REPOSITORY ?? '';
    const ref = env.GITHUB_ACTION_REF ?? '';
    return /^[\w.-]+\/[\w.-]+$/.test(repo) && /^[\w./-]+$/.test(ref) ? `${repo}@${ref}` : ACTION_PLACEHOLDER;
}
function approveStep(s, uses) {
    const connection = s.clusterName !== '' ? { 'cluster-name': s.clusterName } : { ...(s.kubeconfig ? { kubeconfig: s.kubeconfig } : {}), ...(s.kubeContext ? { 'kube-context': s.kubeContext } : {}) };
    const aws = s.clusterName !== '' ? { ...(s.awsRegion ? { 'aws-region': s.awsRegion } : {}), ...(s.roleToAssume ? { 'role-to-assume': s.roleToAssume } : {}) } : {};
    const step = {
        name: `Approve ${s.environment}`,
        uses,
        with: {
            command: 'approve',
            'workflow-name': s.workflowName,
            environment: s.environment,
            'approval-result': 'Approved',
            namespace: s.namespace,
            ...connection,
            ...aws,
        },
    };
    // YAML 1.2, as GitHub reads workflows: plain scalars where they stay strings, quotes elsewhere.
    return (0,dist/* stringify */.As)([step], { lineWidth: 0 });
}

// EXTERNAL MODULE: ./src/retry/index.ts + 4 modules
var retry = __webpack_require__(7565);
;// CONCATENATED MODULE: ./src/workflow/watch.ts


/** After this many consecutive failed watch attempts we rely on polling alone. */
const MAX_WATCH_FAILURES = 3;
/** Before reopening a failed watch (the shared back-off; polling covers the gap). */
const WATCH_BACKOFF = { baseMs: 500, maxMs: 2000 };
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
    clock;
    namespace;
    name;
    resourceVersion;
    constructor(client, clock, namespace, name, resourceVersion) {
        this.client = client;
        this.clock = clock;
        this.namespace = namespace;
        this.name = name;
        this.resourceVersion = resourceVersion;
    }
    /** Resolves at the next event (at once when one arrived since the last call). */
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
    wake() {
        const w = this.waiter;
        this.waiter = undefined;
        if (w)
            w();
        else
            this.pending = true;
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
            this.wake();
        }
    }
    async run() {
        while (!this.stopped && this.failures < MAX_WATCH_FAILURES) {
            const query = { watch: '1', fieldSelector: `metadata.name=${this.name}`, timeoutSeconds: '300', allowWatchBookmarks: 'true' };
            if (this.resourceVersion)
                query.resourceVersion = this.resourceVersion;
            let status = 0;
            try {
                status = await this.client.watch({ op: { verb: 'watch', resource: 'workflows', namespace: this.namespace }, method: 'GET', path: (0,api/* workflowsPath */.ib)(this.namespace), query, signal: this.stop.signal }, (e) => this.onEvent(e), 330_000, (s) => (this.healthy = s < 300));
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
                await this.clock.sleep((0,retry/* backoffDelay */.EY)(WATCH_BACKOFF, this.failures, this.clock.random()), this.stop.signal);
        }
        this.healthy = false;
        // Wake the waiting loop so it switches to polling now rather than after a long safety interval.
        const w = this.waiter;
        this.waiter = undefined;
        w?.();
    }
}

;// CONCATENATED MODULE: ./src/workflow/wait.ts







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
/** Sleeps ms, or less when the watch delivers. Throws CancelledError when the job is cancelled. */
async function tick(ms, signal, watch, clock) {
    if (signal.aborted)
        throw new transport/* CancelledError */.cc();
    const wake = new AbortController();
    let woke = 'timer';
    void watch?.changed().then(() => {
        woke = 'event';
        wake.abort();
    });
    await clock.sleep(ms, AbortSignal.any([signal, wake.signal]));
    watch?.cancelWait();
    if (signal.aborted)
        throw new transport/* CancelledError */.cc();
    return woke;
}
class Looker {
    polls = 0;
    /** Delay before the next look after a failed one; undefined after a good look. */
    retryDelayMs;
    streak;
    o;
    clock;
    constructor(o, clock) {
        this.o = o;
        this.clock = clock;
        this.streak = new retry/* FailureStreak */.ld({ budgetMs: (0,retry/* persistBudgetMs */.UA)(o.timeoutMs), what: `Workflow ${o.name}` });
    }
    /** One GET; undefined when it failed in a way worth looking again. */
    async look() {
        this.polls++;
        try {
            const wf = await (0,api/* getWorkflow */.Mw)(this.o.client, this.o.namespace, this.o.name, this.o.signal, 1);
            this.retryDelayMs = undefined;
            const line = this.streak.succeed();
            if (line)
                this.o.onRetry?.(line);
            return wf;
        }
        catch (e) {
            if (e instanceof transport/* CancelledError */.cc || this.o.signal.aborted)
                throw new transport/* CancelledError */.cc();
            if (!(0,retry/* isRetryable */.r3)((0,retry/* classifyError */.fe)(e)))
                throw e;
            const now = this.clock.now();
            const v = this.streak.fail(e, now, this.clock.random());
            if (v.log)
                this.o.onRetry?.(v.log);
            if (v.exhausted) {
                const hint = e instanceof errors/* ActionError */.lZ && e.hint ? `${e.hint}\n` : '';
                const cause = e.message.replace(/([^.!?])$/, '$1.');
                throw new errors/* ActionError */.lZ(`Stopped waiting for Workflow ${this.o.name} after ${this.streak.summary(now)}: ${cause} The Workflow itself may still be running.`, {
                    hint: `${hint}Follow it with: argo watch -n ${this.o.namespace} ${this.o.name}`,
                    title: 'workflow wait',
                    retryable: true,
                });
            }
            this.retryDelayMs = v.delayMs;
            return undefined;
        }
    }
}
async function awaitWorkflow(o) {
    const clock = o.clock ?? o.client.clock;
    const start = clock.now();
    const deadline = start + o.timeoutMs;
    const looker = new Looker(o, clock);
    let wf;
    let watch;
    const result = (timedOut, stopped = false) => ({ workflow: wf ?? o.initial ?? { metadata: { name: o.name } }, timedOut, stopped, polls: looker.polls });
    try {
        for (let first = true;; first = false) {
            const remaining = deadline - clock.now();
            if (!first && remaining <= 0)
                return result(true);
            let woke = 'timer';
            if (!first) {
                const delay = looker.retryDelayMs ?? pollDelayMs({ elapsedMs: clock.now() - start, watching: watch?.healthy ?? false });
                woke = await tick(Math.min(delay, remaining), o.signal, watch, clock);
            }
            let next;
            if (woke === 'event' && watch?.latest) {
                if (watch.latest.metadata?.resourceVersion === wf?.metadata.resourceVersion)
                    continue;
                next = watch.latest;
            }
            else {
                if (!first && clock.now() >= deadline)
                    return result(true);
                next = await looker.look();
                if (!next)
                    continue;
            }
            o.onUpdate(wf, next);
            wf = next;
            if ((0,model/* isTerminal */.Hd)((0,model/* phaseOf */.hU)(wf)))
                return result(false);
            if (o.stopWhen?.(wf))
                return result(false, true);
            if (!watch) {
                watch = new WorkflowWatch(o.client, clock, o.namespace, o.name, wf.metadata.resourceVersion);
                void watch.run();
            }
        }
    }
    finally {
        watch?.close();
    }
}

;// CONCATENATED MODULE: ./src/workflow/follow.ts













async function followWorkflow(o) {
    const { ctx, name } = o;
    const clock = o.clock ?? o.client.clock;
    let last = o.initial;
    // Changes since what the step already knew (the create's answer, the Workflow read or answered).
    const onUpdate = (prev, next) => {
        const before = prev ?? o.initial;
        workflow_summary/* reportTransitions */.f3((0,model/* transitions */.bm)(before, next));
        if (before === undefined || (0,model/* phaseOf */.hU)(before) !== (0,model/* phaseOf */.hU)(next))
            workflow_summary/* reportPhase */.A0(name, (0,model/* phaseOf */.hU)(next), next.status?.message);
        last = next;
    };
    let result;
    try {
        result = await awaitWorkflow({
            client: o.client,
            namespace: o.namespace,
            name,
            timeoutMs: Math.max(0, o.deadline - clock.now()),
            signal: ctx.signal,
            onUpdate,
            onRetry: pipeline_log/* info */.pq,
            ...(o.initial ? { initial: o.initial } : {}),
            stopWhen: (wf) => (0,approvals/* pendingApprovals */.ML)(wf).length > 0,
            clock,
        });
    }
    catch (e) {
        if (e instanceof transport/* CancelledError */.cc || ctx.signal.aborted)
            return cancelled(o, last);
        ctx.setOutput('workflow-status', (0,model/* phaseOf */.hU)(last ?? { metadata: { name } }) || 'Running');
        throw e;
    }
    setOutcomeOutputs(ctx, result.workflow, result.timedOut);
    if (result.stopped)
        return reportApprovalWait(o, result.workflow);
    await conclude(o, result.workflow, result.timedOut);
}
function setOutcomeOutputs(ctx, wf, timedOut) {
    const phase = (0,model/* phaseOf */.hU)(wf);
    ctx.setOutput('workflow-status', timedOut && !(0,model/* isTerminal */.Hd)(phase) ? 'Running' : phase || 'Pending');
    ctx.setOutput('pending-approval', (0,approvals/* pendingApprovals */.ML)(wf)[0]?.environment ?? '');
    const { outputs, invalid } = (0,model/* stackOutputsOf */.WZ)(wf);
    const plan = (0,stack_outputs/* setStackOutputs */.rn)(ctx, outputs);
    if (Object.keys(outputs).length > 0)
        workflow_summary/* reportStackOutputs */.R6(plan.json, plan.perKey.length, plan.ambiguous);
    if (invalid.length > 0)
        workflow_summary/* reportInvalidOutputs */.i4(invalid);
}
async function reportApprovalWait(o, wf) {
    const s = o.ctx.settings;
    const [first, ...others] = (0,approvals/* pendingApprovals */.ML)(wf);
    if (!first)
        return;
    const snippet = approveStep({ workflowName: o.name, environment: first.environment, namespace: o.namespace, clusterName: s.clusterName, awsRegion: s.awsRegion, roleToAssume: s.roleToAssume, kubeconfig: s.kubeconfig, kubeContext: s.kubeContext }, actionReference(o.ctx.env));
    const pending = { environment: first.environment, since: first.node.startedAt ?? '', others: others.map((a) => a.environment), snippet };
    workflow_summary/* reportPending */.iz(o.name, pending);
    const phase = `${(0,model/* phaseOf */.hU)(wf) || 'Running'} (waiting for approval of ${first.environment})`;
    await workflow_summary/* writeWorkflowSummary */.vq({ namespace: o.namespace, name: o.name, phase, message: wf.status?.message, rows: (0,model/* stepRows */.w0)(wf), pending }, o.ctx.env);
}
async function conclude(o, wf, timedOut) {
    const { ctx, name, namespace } = o;
    const phase = (0,model/* phaseOf */.hU)(wf);
    const failed = phase === 'Failed' || phase === 'Error';
    const logs = failed ? (0,model/* logCommands */.Bp)(namespace, wf, (0,model/* failingNode */.dP)(wf)) : undefined;
    const stepLogs = failed ? await failedStepLogs(o.client, namespace, wf, ctx.signal) : [];
    (0,workflow_logs/* logStepLogs */.sb)(stepLogs);
    await workflow_summary/* writeWorkflowSummary */.vq({ namespace, name, phase: timedOut ? `${phase || 'Pending'} (timed out)` : phase, message: wf.status?.message, rows: (0,model/* stepRows */.w0)(wf), logs, stepLogs }, ctx.env);
    if (timedOut) {
        workflow_summary/* reportTimeout */.Cb(name, ctx.settings.timeoutMinutes, phase);
        throw new errors/* ActionError */.lZ(`Workflow ${name} did not finish within timeout-minutes (${ctx.settings.timeoutMinutes}); it keeps running.`, {
            hint: `Raise timeout-minutes, or follow it with: argo watch -n ${namespace} ${name}`,
            title: 'workflow timeout',
        });
    }
    if (!failed)
        return;
    const shown = stepLogs.some((l) => l.kind === 'log') ? 'The end of the failed steps\' logs is in the log group above and in the job summary. ' : '';
    throw new errors/* ActionError */.lZ(`Workflow ${name} ${phase}: ${failureReason(wf)}`, { hint: `${shown}Read all logs with:\n  ${(logs ?? []).join('\n  ')}`, title: 'workflow failed' });
}
async function cancelled(o, last) {
    const { ctx, client, namespace, name } = o;
    ctx.setOutput('workflow-status', (last && (0,model/* phaseOf */.hU)(last)) || 'Running');
    if (!ctx.settings.stopOnCancel) {
        workflow_summary/* reportCancel */.lQ(name, false);
        throw new errors/* ActionError */.lZ(`The job was cancelled while waiting for Workflow ${name}; it keeps running.`, { hint: `Follow it with: argo watch -n ${namespace} ${name}`, title: 'cancelled' });
    }
    try {
        await (0,api/* terminateWorkflow */.x6)(client, namespace, name);
        workflow_summary/* reportCancel */.lQ(name, true);
    }
    catch (e) {
        workflow_summary/* reportCancel */.lQ(name, false, e.message);
    }
    throw new errors/* ActionError */.lZ(`The job was cancelled; Workflow ${name} was asked to terminate.`, { hint: `Check it with: argo get -n ${namespace} ${name}`, title: 'cancelled' });
}


/***/ }),

/***/ 6648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  aL: () => (/* binding */ buildWorkflow),
  dP: () => (/* binding */ failingNode),
  $m: () => (/* binding */ isStepNode),
  Hd: () => (/* binding */ isTerminal),
  Bp: () => (/* binding */ logCommands),
  dA: () => (/* binding */ nodeLabel),
  hU: () => (/* binding */ phaseOf),
  Bh: () => (/* binding */ podName),
  WZ: () => (/* binding */ stackOutputsOf),
  w0: () => (/* binding */ stepRows),
  bm: () => (/* binding */ transitions),
  tv: () => (/* binding */ workflowName)
});

// UNUSED EXPORTS: POD_NAME_FORMAT_ANNOTATION, TERMINAL, fnv1a32

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

// EXTERNAL MODULE: ./src/kube/rbac.ts
var rbac = __webpack_require__(9301);
;// CONCATENATED MODULE: ./src/workflow/model.ts
/**
 * Workflow model: the object we submit, and what we read back from its status. Pure.
 */




const TERMINAL = ['Succeeded', 'Failed', 'Error'];
function buildWorkflow(s) {
    return {
        apiVersion: rbac/* ARGO_API */.nC,
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
/** FNV-1a, 32 bits: Argo's hash of a node name in node ids and pod names. */
function fnv1a32(text) {
    let h = 0x811c9dc5;
    for (const b of Buffer.from(text, 'utf8'))
        h = Math.imul(h ^ b, 0x01000193) >>> 0;
    return h >>> 0;
}
/** The annotation Argo records the pod naming scheme in (v1: the node id; v2: template and hash). */
const POD_NAME_FORMAT_ANNOTATION = 'workflows.argoproj.io/pod-name-format';
/**
 * Argo's pod name for a Pod node. POD_NAMES v2 (the default since Argo 3.2, and whatever the
 * Workflow's pod-name-format annotation does not say otherwise):
 * `<workflow>-<template>-<fnv-1a 32 of the node's full name>`, the prefix cut to 242 characters;
 * v1: the node id.
 */
function podName(wf, node) {
    const workflow = typeof wf === 'string' ? wf : wf.metadata.name;
    const format = typeof wf === 'string' ? undefined : wf.metadata.annotations?.[POD_NAME_FORMAT_ANNOTATION];
    if (format === 'v1')
        return node.id;
    if (node.name === workflow)
        return workflow;
    const template = node.templateRef?.template || node.templateName || '';
    const prefix = (template ? `${workflow}-${template}` : workflow).slice(0, 253 - 10 - 1);
    return `${prefix}-${fnv1a32(node.name)}`;
}
function logCommands(namespace, workflow, node) {
    const name = typeof workflow === 'string' ? workflow : workflow.metadata.name;
    const lines = [`argo logs -n ${namespace} ${name}`];
    if (node && node.type === 'Pod')
        lines.push(`kubectl logs -n ${namespace} ${podName(workflow, node)} -c main`);
    lines.push(`kubectl logs -n ${namespace} -l workflows.argoproj.io/workflow=${name} -c main --prefix --tail=-1`);
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
/** Each node's depth in the graph: the longest path to it from a node nothing leads to (linear, cycles ignored). */
function depths(nodes) {
    const indegree = new Map(Object.keys(nodes).map((id) => [id, 0]));
    for (const n of Object.values(nodes))
        for (const c of n.children ?? [])
            if (indegree.has(c))
                indegree.set(c, indegree.get(c) + 1);
    const depth = new Map();
    const queue = [...indegree].filter(([, d]) => d === 0).map(([id]) => id);
    for (const id of queue) {
        for (const c of nodes[id]?.children ?? []) {
            if (!indegree.has(c))
                continue;
            depth.set(c, Math.max(depth.get(c) ?? 0, (depth.get(id) ?? 0) + 1));
            indegree.set(c, indegree.get(c) - 1);
            if (indegree.get(c) === 0)
                queue.push(c);
        }
    }
    return depth;
}
/** Earlier first; not started (no time) last. ISO times compare as strings. */
function byStart(a, b) {
    const x = a.startedAt || undefined;
    const y = b.startedAt || undefined;
    if (x === y)
        return 0;
    if (x === undefined || y === undefined)
        return x === undefined ? 1 : -1;
    return x < y ? -1 : 1;
}
/** The summary's step rows in execution order: by start time, then in dependency order (so steps not started yet follow the graph). */
function stepRows(wf) {
    const nodes = wf.status?.nodes ?? {};
    const depth = depths(nodes);
    return Object.values(nodes)
        .filter(isStepNode)
        .sort((a, b) => byStart(a, b) || (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0) || nodeLabel(a).localeCompare(nodeLabel(b)))
        .map((n) => ({ step: nodeLabel(n), phase: n.phase ?? '', started: n.startedAt ?? '', finished: n.finishedAt ?? '', message: n.message ?? '' }));
}


/***/ })

};

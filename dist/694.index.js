export const id = 694;
export const ids = [694,806];
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


/***/ }),

/***/ 4537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  approveWorkflowStep: () => (/* binding */ approveWorkflowStep),
  awaitWorkflowStep: () => (/* binding */ awaitWorkflowStep),
  decisionOf: () => (/* binding */ decisionOf)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/kube/apply.ts + 1 modules
var apply = __webpack_require__(4506);
// EXTERNAL MODULE: ./src/kube/connect.ts + 6 modules
var connect = __webpack_require__(1919);
// EXTERNAL MODULE: ./src/report/kube-apply.ts
var kube_apply = __webpack_require__(7208);
// EXTERNAL MODULE: ./src/report/pipeline-log.ts
var pipeline_log = __webpack_require__(705);
// EXTERNAL MODULE: ./src/report/workflow-summary.ts
var workflow_summary = __webpack_require__(8000);
// EXTERNAL MODULE: ./src/workflow/api.ts
var api = __webpack_require__(8845);
// EXTERNAL MODULE: ./src/workflow/approvals.ts
var approvals = __webpack_require__(6965);
// EXTERNAL MODULE: ./src/retry/index.ts + 4 modules
var retry = __webpack_require__(7565);
// EXTERNAL MODULE: ./src/workflow/model.ts + 1 modules
var model = __webpack_require__(6648);
;// CONCATENATED MODULE: ./src/workflow/refusals.ts
/**
 * Why `approve` answers nothing: the environment is not waiting for approval. One message per
 * case, naming the Workflow, the environment and what to do instead. Pure.
 */


const AWAIT_HINT = 'A step with command await and this workflow-name returns as soon as an approval waits, with the environment in its output pending-approval: run approve after it.';
function refusal(wf, environment, state, namespace, raced) {
    const name = wf.metadata.name;
    const title = 'approve';
    const notWaiting = `Environment ${environment} of Workflow ${name} is not waiting for approval`;
    switch (state.kind) {
        case 'approved':
        case 'rejected': {
            const what = state.kind === 'approved' ? 'it was already approved' : 'it was already rejected or stopped';
            const by = raced ? ' while this step was answering it' : '';
            return new errors/* ActionError */.lZ(`${notWaiting}: ${what}${by} (${state.approval.node.message || state.approval.node.phase}).`, {
                hint: `Nothing was changed. Follow the Workflow with: argo get -n ${namespace} ${name}`,
                title,
            });
        }
        case 'finished':
            return new errors/* ActionError */.lZ(`${notWaiting}: the Workflow has finished (${state.phase}).`, { hint: 'Nothing was changed. Deploy again with a new run (command apply with submit: true).', title });
        case 'no-approval':
            return new errors/* ActionError */.lZ(`${notWaiting}: ${state.environment} has no approval step (approval is not true for it in aphex-config.yaml).`, { hint: 'Nothing was changed. Only environments with approval: true wait for one.', title });
        case 'unknown':
            return new errors/* ActionError */.lZ(`Workflow ${name} has no environment ${environment}; its environments are: ${state.known.join(', ') || '(none)'}.`, {
                hint: 'Set the input environment to one of them, as named in aphex-config.yaml.',
                title,
            });
        case 'not-reached': {
            const waiting = state.pending.length > 0 ? ` Waiting for approval now: ${state.pending.map((a) => a.environment).join(', ')}.` : '';
            return new errors/* ActionError */.lZ(`${notWaiting} (yet): the Workflow is ${(0,model/* phaseOf */.hU)(wf) || 'Pending'} and has not reached its approval.${waiting}`, { hint: `Nothing was changed. ${AWAIT_HINT}`, title });
        }
        case 'unreadable': {
            const where = state.why === 'offloaded' ? "keeps its node status in Argo's database (node status offloading)" : 'has its node status compressed';
            return new errors/* ActionError */.lZ(`Workflow ${name} ${where}, so its approval cannot be answered through the Kubernetes API.`, {
                hint: `Answer it with the Argo CLI, which reads the nodes through the Argo Server: argo resume -n ${namespace} ${name} --node-field-selector inputs.parameters.environment.value=${environment} (or argo stop with the same selector to reject it).`,
                title,
            });
        }
    }
}

;// CONCATENATED MODULE: ./src/workflow/decide.ts





/** `aphex-pipeline/approval-<environment id>`: a JSON record of the decision. */
const APPROVAL_ANNOTATION_PREFIX = 'aphex-pipeline/approval-';
/** How often a decision is written again after the Workflow changed under it (409). */
const DECIDE_ATTEMPTS = 5;
function decisionMessage(d) {
    const who = d.actor ? `@${d.actor}` : 'an unknown GitHub user';
    return `${d.result} by ${who} in ${d.runUrl || 'a GitHub Actions run'}${d.summary ? `: ${d.summary}` : ''}`;
}
/** The merge patch that answers `approval` of `wf` (read at wf.metadata.resourceVersion). Pure. */
function decisionPatch(wf, approval, d) {
    const record = { environment: approval.environment, result: d.result, actor: d.actor, run: d.runUrl, summary: d.summary, at: d.at };
    return {
        metadata: {
            resourceVersion: wf.metadata.resourceVersion,
            annotations: { [`${APPROVAL_ANNOTATION_PREFIX}${approval.id}`]: JSON.stringify(record) },
        },
        status: {
            nodes: { [approval.node.id]: { phase: d.result === 'Approved' ? 'Succeeded' : 'Failed', message: decisionMessage(d), finishedAt: d.at } },
        },
    };
}
/** Reads the Workflow, checks the environment waits, writes the decision; again on 409. */
async function decide(o) {
    const clock = o.clock ?? o.client.clock;
    let conflicts = 0;
    for (;;) {
        const wf = await (0,api/* getWorkflow */.Mw)(o.client, o.namespace, o.name, o.signal);
        const state = (0,approvals/* approvalState */.PS)(wf, o.environment);
        if (state.kind !== 'waiting')
            throw refusal(wf, o.environment, state, o.namespace, conflicts > 0);
        const res = await o.client.call({
            op: { verb: 'patch', resource: 'workflows', name: o.name, namespace: o.namespace },
            method: 'PATCH',
            path: `${(0,api/* workflowsPath */.ib)(o.namespace)}/${o.name}`,
            body: JSON.stringify(decisionPatch(wf, state.approval, o.decision)),
            contentType: 'application/merge-patch+json',
            accept: [409],
            signal: o.signal,
        });
        if (res.status !== 409)
            return { workflow: JSON.parse(res.body), approval: state.approval, conflicts };
        conflicts++;
        if (conflicts >= DECIDE_ATTEMPTS) {
            throw new errors/* ActionError */.lZ(`Workflow ${o.name} changed ${conflicts} times while the approval of ${state.approval.environment} was being written (409 Conflict each time); it was not answered.`, {
                hint: `The Workflow controller updates it often while pods run. Re-run the job; or answer it with: argo resume -n ${o.namespace} ${o.name} --node-field-selector inputs.parameters.environment.value=${state.approval.environment}`,
                title: 'approve conflict',
                retryable: true,
            });
        }
        await clock.sleep((0,retry/* backoffDelay */.EY)({ baseMs: 200, maxMs: 2000 }, conflicts, clock.random()), o.signal);
    }
}

// EXTERNAL MODULE: ./src/workflow/follow.ts + 5 modules
var follow = __webpack_require__(6350);
;// CONCATENATED MODULE: ./src/workflow/steps.ts











async function steps_open(ctx, purpose) {
    // One deadline for the command, connecting included (the client's clock is the real one).
    const deadline = Date.now() + ctx.settings.timeoutMinutes * 60_000;
    const client = await (0,connect/* connect */.N)(ctx, purpose);
    (0,kube_apply/* reportConnecting */.BO)(client.access.server, client.access.source);
    await (0,apply/* ensureArgoInstalled */.gD)(client, ['workflows'], ctx.signal);
    ctx.setOutput('workflow-name', ctx.settings.workflowName);
    return { client, deadline };
}
/** The Workflow, or a clear error when it does not exist (never created, or deleted by its ttlStrategy). */
async function existing(ctx, client) {
    const { namespace, workflowName: name } = ctx.settings;
    const res = await client.call({ op: { verb: 'get', resource: 'workflows', name, namespace }, method: 'GET', path: `${(0,api/* workflowsPath */.ib)(namespace)}/${name}`, accept: [404], signal: ctx.signal });
    if (res.status === 404) {
        throw new errors/* ActionError */.lZ(`Workflow ${name} does not exist in namespace ${namespace}.`, {
            hint: 'Check workflow-name and namespace (the workflow-name output of the step that submitted it). Finished Workflows of an AphexPipeline are deleted a day after success and a week after failure (ttlStrategy).',
            title: 'workflow not found',
        });
    }
    return JSON.parse(res.body);
}
/** await with workflow-name: follow that Workflow to its end or its next approval. */
async function awaitWorkflowStep(ctx) {
    const { client, deadline } = await steps_open(ctx, 'follow');
    const initial = await existing(ctx, client);
    (0,pipeline_log/* info */.pq)(`Awaiting Workflow ${ctx.settings.namespace}/${ctx.settings.workflowName} (${(0,model/* phaseOf */.hU)(initial) || 'Pending'}).`);
    await (0,follow/* followWorkflow */.B)({ ctx, client, namespace: ctx.settings.namespace, name: ctx.settings.workflowName, initial, deadline });
}
/** The approval's record: the default summary (which names the run) is left out, since the record names the run. */
function decisionOf(ctx, now) {
    const s = ctx.settings;
    const summary = s.approvalSummary === `Approved from GitHub run ${s.run.runUrl}` ? '' : s.approvalSummary;
    return { result: s.approvalResult, actor: s.run.actor, runUrl: s.run.runUrl, summary, at: new Date(now).toISOString().replace(/\.\d+Z$/, 'Z') };
}
/** approve with workflow-name: answer the environment's approval, then (wait) follow the Workflow. */
async function approveWorkflowStep(ctx) {
    const s = ctx.settings;
    if (s.environment === '') {
        throw new errors/* InputError */.dz('environment', 'is empty, and approve with workflow-name answers the approval of one environment', 'the environment whose approval to answer, as named in aphex-config.yaml', 'environment: production');
    }
    const { client, deadline } = await steps_open(ctx, 'approve');
    const decision = decisionOf(ctx, client.clock.now());
    const answered = await decide({ client, namespace: s.namespace, name: s.workflowName, environment: s.environment, decision, signal: ctx.signal });
    workflow_summary/* reportDecision */.DP(s.workflowName, answered.approval.environment, decisionMessage(decision));
    if (!s.wait) {
        ctx.setOutput('workflow-status', (0,model/* phaseOf */.hU)(answered.workflow) || 'Running');
        ctx.setOutput('pending-approval', (0,approvals/* pendingApprovals */.ML)(answered.workflow)[0]?.environment ?? '');
        workflow_summary/* reportNotWaiting */.PO(s.workflowName);
        return;
    }
    await (0,follow/* followWorkflow */.B)({ ctx, client, namespace: s.namespace, name: s.workflowName, initial: answered.workflow, deadline });
}


/***/ })

};

export const id = 559;
export const ids = [559];
export const modules = {

/***/ 560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ MAX_TEMPLATES),
/* harmony export */   Ii: () => (/* binding */ MAX_STEP_ARGUMENT_BYTES),
/* harmony export */   Ts: () => (/* binding */ MAX_INPUT_PARAMETERS),
/* harmony export */   U7: () => (/* binding */ MAX_FIELD_NAME),
/* harmony export */   U9: () => (/* binding */ MAX_ENVIRONMENTS),
/* harmony export */   Xp: () => (/* binding */ MAX_OBJECT_NAME),
/* harmony export */   bk: () => (/* binding */ MAX_DAG_TASKS),
/* harmony export */   dp: () => (/* binding */ byteLength),
/* harmony export */   lu: () => (/* binding */ MAX_OBJECT_BYTES)
/* harmony export */ });
/* unused harmony exports FIXED_DAG_TASKS, MAX_ENVIRONMENT_NAME */
/**
 * Argo Workflows and Kubernetes limits the rendered WorkflowTemplate must respect, and what they
 * mean for the config. Each limit carries its name and source so errors can cite it.
 */
/** WorkflowTemplate CRD: `dag.tasks` has maxItems 200. */
const MAX_DAG_TASKS = { value: 200, what: "Argo's limit of 200 tasks in one DAG template (WorkflowTemplate CRD, dag.tasks maxItems)" };
/** WorkflowTemplate CRD: `spec.templates` has maxItems 200. */
const MAX_TEMPLATES = { value: 200, what: "Argo's limit of 200 templates in one WorkflowTemplate (CRD, spec.templates maxItems)" };
/** WorkflowTemplate CRD: `inputs.parameters` has maxItems 500. */
const MAX_INPUT_PARAMETERS = { value: 500, what: "Argo's limit of 500 input parameters per template (CRD, inputs.parameters maxItems)" };
/** Argo validation: template, task and step names are at most 128 characters. */
const MAX_FIELD_NAME = { value: 128, what: "Argo's limit of 128 characters for template, task and step names" };
/** Argo validation (maxCharsInObjectName): WorkflowTemplate names are at most 63 characters. */
const MAX_OBJECT_NAME = { value: 63, what: "Argo's and Kubernetes' limit of 63 characters for a WorkflowTemplate name" };
/**
 * Kubernetes stores objects in etcd; Argo documents that resources must stay under 1 MB
 * (etcd's default request limit is 1.5 MiB). We keep the template's JSON under 1 MiB.
 */
const MAX_OBJECT_BYTES = { value: 1024 * 1024, what: 'the 1 MiB size limit for a Kubernetes object stored in etcd (Argo: "resources must be under 1MB")' };
/**
 * Linux caps one argument or environment string at 128 KiB (MAX_ARG_STRLEN). Argo hands each
 * pod its template, arguments substituted, in one environment variable (ARGO_TEMPLATE), so the
 * values passed to one step must stay well below it: we allow 96 KiB and keep 32 KiB for the rest.
 */
const MAX_STEP_ARGUMENT_BYTES = { value: 96 * 1024, what: "the 96 KiB budget for one step's arguments (Linux caps an environment string, which carries a pod's template, at 128 KiB)" };
/** Tasks of the main DAG besides the environments: validate, build, deploy-pipeline. */
const FIXED_DAG_TASKS = 3;
/** The largest number of environments the main DAG admits. */
const MAX_ENVIRONMENTS = MAX_DAG_TASKS.value - FIXED_DAG_TASKS;
/** Environment names become Argo task and output names; keep them short. */
const MAX_ENVIRONMENT_NAME = 50;
/** UTF-8 byte length. */
function byteLength(s) {
    return Buffer.byteLength(s, 'utf8');
}


/***/ }),

/***/ 1778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NN: () => (/* binding */ defaultPipelineName),
/* harmony export */   Xo: () => (/* binding */ environmentId),
/* harmony export */   h: () => (/* binding */ suggestion),
/* harmony export */   h0: () => (/* binding */ short)
/* harmony export */ });
/* unused harmony exports DNS_LABEL, normaliseName, editDistance, didYouMean */
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
/** A value shortened for a message (long or multi-line strings would drown it). */
function short(s, max = 60) {
    const one = s.replace(/\r?\n/g, '⏎');
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

/***/ 8870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tO: () => (/* binding */ checkPipeline),
  ju: () => (/* binding */ renderPipeline)
});

// UNUSED EXPORTS: lintError

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aphex/limits.ts
var limits = __webpack_require__(560);
;// CONCATENATED MODULE: ./src/argo/lint-vars.ts
/**
 * Variable references in a WorkflowTemplate: every `{{…}}` must name something that exists where
 * it is used. Only the forms the renderer emits are admitted; anything else is reported.
 */
/** Global variables Argo defines for every Workflow. */
const WORKFLOW_GLOBALS = new Set(['workflow.name', 'workflow.namespace', 'workflow.uid', 'workflow.serviceAccountName', 'workflow.creationTimestamp', 'workflow.mainEntrypoint']);
/** Every string inside `value` with its path. */
function strings(value, path, out = []) {
    if (typeof value === 'string')
        out.push([path, value]);
    else if (Array.isArray(value))
        value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
    else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value))
            strings(v, `${path}.${k}`, out);
    return out;
}
/** Problems with the `{{…}}` tags of `text` in `scope` (empty when all resolve). */
function checkTags(text, scope) {
    const problems = [];
    let rest = text;
    for (let guard = 0; guard < 10000; guard++) {
        const open = rest.indexOf('{{');
        if (open < 0)
            break;
        const close = rest.indexOf('}}', open + 2);
        if (close < 0) {
            problems.push(`has an unclosed '{{'`);
            break;
        }
        const tag = rest.slice(open + 2, close);
        const why = resolve(tag, scope);
        if (why)
            problems.push(`{{${tag}}} ${why}`);
        rest = rest.slice(close + 2);
    }
    return problems;
}
/** undefined when `tag` resolves; otherwise why not. */
function resolve(tag, scope) {
    if (tag !== tag.trim() || tag === '')
        return 'is not a variable reference (no spaces, not empty)';
    if (tag.startsWith('='))
        return 'is an expression tag, which this template does not use';
    if (WORKFLOW_GLOBALS.has(tag))
        return undefined;
    const parts = tag.split('.');
    if (parts[0] === 'workflow' && parts[1] === 'parameters' && parts.length === 3) {
        return scope.workflowParameters.has(parts[2]) ? undefined : `names Workflow parameter '${parts[2]}', which spec.arguments does not declare`;
    }
    if (parts[0] === 'inputs' && parts[1] === 'parameters' && parts.length === 3) {
        return scope.inputs.has(parts[2]) ? undefined : `names input '${parts[2]}', which this template does not declare`;
    }
    if ((parts[0] === 'tasks' || parts[0] === 'steps') && parts.length === 5 && parts[2] === 'outputs' && parts[3] === 'parameters') {
        if (parts[0] !== scope.nodeKind)
            return `refers to ${parts[0]} outside a ${parts[0] === 'tasks' ? 'DAG' : 'steps'} template`;
        const outputs = scope.nodes.get(parts[1]);
        if (!outputs)
            return `refers to ${parts[0]} '${parts[1]}', which is not ${parts[0] === 'tasks' ? 'an ancestor of this task (add it to depends)' : 'an earlier step'}`;
        return outputs.has(parts[4]) ? undefined : `names output '${parts[4]}', which the template of '${parts[1]}' does not declare`;
    }
    return 'is not a variable this template can use';
}
/**
 * Parses an Argo `depends` expression into the task names it mentions; throws on text that is
 * not one (names, optional .Result suffixes, &&, ||, !, parentheses).
 */
function dependsNames(expr) {
    const names = [];
    const tokens = expr.split(/(&&|\|\||!|\(|\))/).map((t) => t.trim()).filter((t) => t !== '');
    for (const t of tokens) {
        if (['&&', '||', '!', '(', ')'].includes(t))
            continue;
        const m = /^([a-zA-Z][-a-zA-Z0-9]*)(\.(Succeeded|Failed|Errored|Skipped|Omitted|Daemoned|AnySucceeded|AllFailed))?$/.exec(t);
        if (!m)
            throw new Error(`'${t}' is not a task name or task.Result`);
        names.push(m[1]);
    }
    return names;
}

;// CONCATENATED MODULE: ./src/argo/lint.ts
/**
 * An argo-lint-equivalent check of a WorkflowTemplate object: everything the renderer could get
 * wrong (names, references, DAG shape, output sources, variables, Argo's limits). Pure.
 */


const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v) => (Array.isArray(v) ? v : []);
const objs = (v) => arr(v).filter(isObj);
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Our template names: lower-case, as pod names are built from them. */
const TEMPLATE_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** Argo: task and step names. */
const FIELD_NAME = /^[a-zA-Z0-9][-a-zA-Z0-9]*$/;
const PARAM_NAME = /^[-a-zA-Z0-9_]+$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const TYPES = ['container', 'script', 'dag', 'steps', 'resource', 'suspend', 'containerSet', 'data', 'http', 'plugin'];
const LEAF = ['container', 'script', 'containerSet'];
function lintWorkflowTemplate(wt) {
    const problems = [];
    const add = (path, message, limit) => void problems.push({ path, message, ...(limit ? { limit } : {}) });
    if (!isObj(wt) || !isObj(wt.metadata) || !isObj(wt.spec))
        return [{ path: '', message: 'is not a WorkflowTemplate (metadata and spec are required)' }];
    lintMetadata(wt.metadata, add);
    const spec = wt.spec;
    const templates = objs(spec.templates);
    if (templates.length === 0)
        add('spec.templates', 'must list at least one template');
    if (templates.length > limits/* MAX_TEMPLATES */.$h.value)
        add('spec.templates', `has ${templates.length} templates`, limits/* MAX_TEMPLATES */.$h);
    const byName = new Map();
    templates.forEach((t, i) => {
        const name = String(t.name ?? '');
        const at = `spec.templates[${i}]`;
        if (!TEMPLATE_NAME.test(name) || name.length > limits/* MAX_OBJECT_NAME */.Xp.value)
            add(`${at}.name`, `'${name}' is not a lower-case name of at most 63 characters (a-z, 0-9, '-')`);
        if (byName.has(name))
            add(`${at}.name`, `'${name}' is not unique`);
        byName.set(name, t);
    });
    if (!byName.has(String(spec.entrypoint ?? '')))
        add('spec.entrypoint', `'${String(spec.entrypoint)}' is not a template`);
    const workflowParameters = new Set(objs(isObj(spec.arguments) ? spec.arguments.parameters : []).map((p) => String(p.name)));
    const globalScope = { workflowParameters, inputs: new Set(), nodes: new Map() };
    for (const [path, s] of strings({ ...spec, templates: undefined }, 'spec'))
        for (const why of checkTags(s, globalScope))
            add(path, why);
    templates.forEach((t, i) => lintTemplate(t, `spec.templates[${i}]`, byName, workflowParameters, add));
    const bytes = (0,limits/* byteLength */.dp)(JSON.stringify(wt));
    if (bytes > limits/* MAX_OBJECT_BYTES */.lu.value)
        add('', `is ${bytes} bytes as JSON`, limits/* MAX_OBJECT_BYTES */.lu);
    return problems;
}
function lintMetadata(meta, add) {
    const name = String(meta.name ?? '');
    if (!DNS_SUBDOMAIN.test(name))
        add('metadata.name', `'${name}' is not a Kubernetes name (lower-case letters, digits, '-' and '.')`);
    if (name.length > limits/* MAX_OBJECT_NAME */.Xp.value)
        add('metadata.name', `'${name}' is ${name.length} characters long`, limits/* MAX_OBJECT_NAME */.Xp);
    const ns = String(meta.namespace ?? '');
    if (!DNS_LABEL.test(ns) || ns.length > 63)
        add('metadata.namespace', `'${ns}' is not a namespace name`);
    for (const [k, v] of Object.entries(isObj(meta.labels) ? meta.labels : {})) {
        const [prefix, key] = k.includes('/') ? [k.slice(0, k.indexOf('/')), k.slice(k.indexOf('/') + 1)] : ['', k];
        if ((prefix !== '' && (!DNS_SUBDOMAIN.test(prefix) || prefix.length > 253)) || !/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(key))
            add(`metadata.labels.${k}`, 'is not a valid label key');
        if (typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v))
            add(`metadata.labels.${k}`, `value '${String(v)}' is not a valid label value (at most 63 characters)`);
    }
}
function paramNames(list, at, add, limit) {
    const names = new Set();
    const items = objs(list);
    if (limit && items.length > limit.value)
        add(at, `has ${items.length} parameters`, limit);
    items.forEach((p, i) => {
        const name = String(p.name ?? '');
        if (!PARAM_NAME.test(name))
            add(`${at}[${i}].name`, `'${name}' is not a parameter name (letters, digits, '_' and '-')`);
        if (names.has(name))
            add(`${at}[${i}].name`, `'${name}' is not unique`);
        names.add(name);
    });
    return names;
}
function lintTemplate(t, at, byName, workflowParameters, add) {
    const types = TYPES.filter((k) => t[k] !== undefined);
    if (types.length !== 1)
        add(at, `must have exactly one template type, has ${types.length === 0 ? 'none' : types.join(', ')}`);
    const type = types[0] ?? '';
    const inputs = paramNames(isObj(t.inputs) ? t.inputs.parameters : [], `${at}.inputs.parameters`, add, limits/* MAX_INPUT_PARAMETERS */.Ts);
    const base = { workflowParameters, inputs, nodes: new Map() };
    let nodes = { scopes: new Map(), all: new Map() };
    if (type === 'dag')
        nodes = lintDag(t, at, byName, base, add);
    if (type === 'steps')
        nodes = lintSteps(t, at, byName, base, add);
    const kind = type === 'dag' ? 'tasks' : type === 'steps' ? 'steps' : undefined;
    // Each task or step is checked in its own scope; the rest of the template in the base scope.
    const nodeValues = type === 'dag' ? objs(isObj(t.dag) ? t.dag.tasks : []).map((n, i) => [`${at}.dag.tasks[${i}]`, n]) : type === 'steps' ? arr(t.steps).flatMap((g, i) => objs(g).map((n, j) => [`${at}.steps[${i}][${j}]`, n])) : [];
    for (const [path, node] of nodeValues) {
        const scope = nodes.scopes.get(path) ?? base;
        for (const [p, s] of strings(node, path))
            for (const why of checkTags(s, scope))
                add(p, why);
    }
    const rest = { ...t, outputs: undefined, ...(type === 'dag' ? { dag: { ...t.dag, tasks: undefined } } : {}), ...(type === 'steps' ? { steps: undefined } : {}) };
    for (const [path, s] of strings(rest, at))
        for (const why of checkTags(s, base))
            add(path, why);
    lintOutputs(t, at, type, { ...base, nodes: nodes.all, ...(kind ? { nodeKind: kind } : {}) }, add);
    if (LEAF.includes(type)) {
        const bytes = (0,limits/* byteLength */.dp)(JSON.stringify(t));
        if (bytes > limits/* MAX_STEP_ARGUMENT_BYTES */.Ii.value)
            add(at, `is ${bytes} bytes`, limits/* MAX_STEP_ARGUMENT_BYTES */.Ii);
    }
}
function lintOutputs(t, at, type, scope, add) {
    const list = objs(isObj(t.outputs) ? t.outputs.parameters : []);
    paramNames(list, `${at}.outputs.parameters`, add);
    list.forEach((p, i) => {
        const here = `${at}.outputs.parameters[${i}]`;
        const vf = isObj(p.valueFrom) ? p.valueFrom : undefined;
        if (vf && p.value !== undefined)
            add(here, 'has both value and valueFrom');
        if (!vf && p.value === undefined)
            add(here, 'has neither value nor valueFrom');
        if (vf) {
            const sources = ['path', 'jqFilter', 'jsonPath', 'parameter', 'expression', 'supplied'].filter((k) => vf[k] !== undefined && vf[k] !== '');
            if (sources.length !== 1)
                add(`${here}.valueFrom`, `must have exactly one source, has ${sources.join(', ') || 'none'}`);
            if (LEAF.includes(type) && vf.path === undefined)
                add(`${here}.valueFrom`, `must use path in a ${type} template (jqFilter and jsonPath are for resource templates)`);
            if (LEAF.includes(type) && vf.default === undefined)
                add(`${here}.valueFrom`, 'has no default: a missing file would fail the step');
            if ((type === 'dag' || type === 'steps') && vf.parameter === undefined && vf.expression === undefined)
                add(`${here}.valueFrom`, `must use parameter or expression in a ${type} template`);
        }
        const g = p.globalName;
        if (g !== undefined && (typeof g !== 'string' || (!g.includes('{{') && !PARAM_NAME.test(g))))
            add(`${here}.globalName`, `'${String(g)}' is not a parameter name`);
        for (const [path, s] of strings(p, here))
            for (const why of checkTags(s, scope))
                add(path, why);
    });
}
function outputsOf(t) {
    return new Set(objs(t && isObj(t.outputs) ? t.outputs.parameters : []).map((p) => String(p.name)));
}
/** Checks a task or step's call: the template exists and gets exactly the inputs it needs. */
function lintCall(node, at, byName, add) {
    const target = byName.get(String(node.template ?? ''));
    if (!target) {
        add(`${at}.template`, `'${String(node.template)}' is not a template of this WorkflowTemplate`);
        return;
    }
    const declared = objs(isObj(target.inputs) ? target.inputs.parameters : []);
    const given = paramNames(isObj(node.arguments) ? node.arguments.parameters : [], `${at}.arguments.parameters`, add);
    for (const name of given)
        if (!declared.some((d) => d.name === name))
            add(`${at}.arguments`, `passes '${name}', which template '${String(target.name)}' does not declare`);
    for (const d of declared)
        if (d.value === undefined && d.default === undefined && !given.has(String(d.name)))
            add(`${at}.arguments`, `does not pass '${String(d.name)}', which template '${String(target.name)}' requires`);
    const bytes = (0,limits/* byteLength */.dp)(JSON.stringify(node.arguments ?? {}));
    if (bytes > limits/* MAX_STEP_ARGUMENT_BYTES */.Ii.value)
        add(`${at}.arguments`, `are ${bytes} bytes`, limits/* MAX_STEP_ARGUMENT_BYTES */.Ii);
}
function nodeName(n, at, seen, add) {
    const name = String(n.name ?? '');
    if (!FIELD_NAME.test(name))
        add(`${at}.name`, `'${name}' is not a task or step name (letters, digits, '-')`);
    if (name.length > limits/* MAX_FIELD_NAME */.U7.value)
        add(`${at}.name`, `'${name}' is ${name.length} characters long`, limits/* MAX_FIELD_NAME */.U7);
    if (seen.has(name))
        add(`${at}.name`, `'${name}' is not unique`);
    seen.add(name);
    return name;
}
function lintDag(t, at, byName, base, add) {
    const tasks = objs(isObj(t.dag) ? t.dag.tasks : []);
    if (tasks.length === 0)
        add(`${at}.dag.tasks`, 'must list at least one task');
    if (tasks.length > limits/* MAX_DAG_TASKS */.bk.value)
        add(`${at}.dag.tasks`, `has ${tasks.length} tasks`, limits/* MAX_DAG_TASKS */.bk);
    const seen = new Set();
    const deps = new Map();
    tasks.forEach((task, i) => {
        const here = `${at}.dag.tasks[${i}]`;
        const name = nodeName(task, here, seen, add);
        if (task.dependencies !== undefined)
            add(here, "uses 'dependencies'; this template uses 'depends' only");
        if (/^[0-9]/.test(name) && task.depends !== undefined)
            add(`${here}.name`, "cannot begin with a digit when using 'depends'");
        let names = [];
        try {
            names = task.depends === undefined ? [] : dependsNames(String(task.depends));
        }
        catch (e) {
            add(`${here}.depends`, e.message);
        }
        deps.set(name, names);
        lintCall(task, here, byName, add);
    });
    deps.forEach((names, task) => names.forEach((d) => !deps.has(d) && add(`${at}.dag`, `task '${task}' depends on '${d}', which is not a task`)));
    const cycle = findCycle(deps);
    if (cycle)
        add(`${at}.dag`, `has a dependency cycle: ${cycle.join(' -> ')}`);
    const outputs = new Map(tasks.map((task) => [String(task.name), outputsOf(byName.get(String(task.template)))]));
    const scopes = new Map();
    tasks.forEach((task, i) => {
        const visible = new Map();
        if (!cycle)
            for (const a of ancestors(String(task.name), deps))
                visible.set(a, outputs.get(a) ?? new Set());
        scopes.set(`${at}.dag.tasks[${i}]`, { ...base, nodes: visible, nodeKind: 'tasks' });
    });
    return { scopes, all: outputs };
}
function lintSteps(t, at, byName, base, add) {
    const groups = arr(t.steps);
    const seen = new Set();
    const earlier = new Map();
    const scopes = new Map();
    groups.forEach((group, g) => {
        const steps = objs(group);
        if (!Array.isArray(group) || steps.length === 0)
            add(`${at}.steps[${g}]`, 'must be a list of at least one step');
        const visible = new Map(earlier);
        steps.forEach((step, s) => {
            const here = `${at}.steps[${g}][${s}]`;
            nodeName(step, here, seen, add);
            lintCall(step, here, byName, add);
            scopes.set(here, { ...base, nodes: visible, nodeKind: 'steps' });
        });
        for (const step of steps)
            earlier.set(String(step.name), outputsOf(byName.get(String(step.template))));
    });
    return { scopes, all: earlier };
}
function ancestors(task, deps) {
    const out = new Set();
    const todo = [...(deps.get(task) ?? [])];
    for (let guard = 0; todo.length > 0 && guard < 100000; guard++) {
        const d = todo.pop();
        if (out.has(d))
            continue;
        out.add(d);
        todo.push(...(deps.get(d) ?? []));
    }
    return out;
}
function findCycle(deps) {
    const state = new Map();
    const stack = [];
    const visit = (n) => {
        if (state.get(n) === 2)
            return undefined;
        if (state.get(n) === 1)
            return [...stack.slice(stack.indexOf(n)), n];
        state.set(n, 1);
        stack.push(n);
        for (const d of deps.get(n) ?? []) {
            const c = deps.has(d) ? visit(d) : undefined;
            if (c)
                return c;
        }
        stack.pop();
        state.set(n, 2);
        return undefined;
    };
    for (const n of deps.keys()) {
        const c = visit(n);
        if (c)
            return c;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/argo/render.ts
var render = __webpack_require__(2105);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/argo/yaml.ts
/**
 * Deterministic YAML for Kubernetes. Kubernetes reads YAML 1.1 (y, yes, on, 0755 and 1:30 are not
 * strings there), so every string value that is not plainly a word is double-quoted: the text
 * means the same to YAML 1.1 and 1.2 readers, and identical objects give identical bytes.
 */

/** Plain (unquoted) only for these: starts with a letter, then letters, digits and . _ / -. */
const SAFE_PLAIN = /^[A-Za-z][A-Za-z0-9._/-]*$/;
/** Words YAML 1.1 resolves to booleans or null. */
const YAML11_WORDS = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL)$/;
function toYaml(value) {
    const doc = new dist/* Document */.yo(value, { aliasDuplicateObjects: false });
    (0,dist/* visit */.YR)(doc, {
        Scalar(key, node) {
            if (key === 'key' || !(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
                return;
            if (!SAFE_PLAIN.test(node.value) || YAML11_WORDS.test(node.value))
                node.type = 'QUOTE_DOUBLE';
        },
    });
    return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
}

;// CONCATENATED MODULE: ./src/argo/index.ts
/**
 * The renderer's front door: config + options → WorkflowTemplate object, deterministic YAML and
 * its digest, checked by the lint. Throws ActionError when the template would not be admitted.
 */





/** The WorkflowTemplate object, checked by the lint (no YAML): what `validate` needs. */
function checkPipeline(config, options) {
    const object = (0,render/* renderWorkflowTemplate */.oO)(config, options);
    const problems = lintWorkflowTemplate(object);
    if (problems.length > 0)
        throw lintError(problems);
    return object;
}
function renderPipeline(config, options) {
    const object = checkPipeline(config, options);
    const yaml = toYaml(object);
    return { name: object.metadata.name, namespace: object.metadata.namespace, object, yaml, digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(yaml).digest('hex')}` };
}
function lintError(problems) {
    const limits = problems.filter((p) => p.limit);
    const lines = problems.slice(0, 20).map((p) => `  ${p.path || '(template)'}: ${p.message}${p.limit ? ` — over ${p.limit.what}` : ''}`);
    if (problems.length > 20)
        lines.push(`  ... and ${problems.length - 20} more`);
    if (limits.length > 0) {
        return new errors/* ActionError */.lZ(`The config needs a WorkflowTemplate beyond ${limits[0]?.limit?.what}:\n${lines.join('\n')}`, {
            hint: 'Make the config smaller: fewer environments, or long commands moved into scripts in the repository.',
            title: 'Argo limit',
        });
    }
    return new errors/* ActionError */.lZ(`The rendered WorkflowTemplate would not pass Argo's checks:\n${lines.join('\n')}`, {
        hint: 'This is a defect in aphex-pipeline-action, not in your config: please report it with the config that caused it.',
        title: 'render',
    });
}


/***/ }),

/***/ 2105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hv: () => (/* binding */ ownershipLabels),
/* harmony export */   oO: () => (/* binding */ renderWorkflowTemplate)
/* harmony export */ });
/* unused harmony exports DEFAULTS, MANAGED_BY, templateName, environmentTask, roleArn */
/* harmony import */ var _aphex_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1778);
/* harmony import */ var _aphex_regions_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2119);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3562);



/** Workflow defaults (docs/config.md, "Rendered template"). */
const DEFAULTS = {
    /** 24 h, approvals included. */
    activeDeadlineSeconds: 86400,
    /** Finished Workflows are deleted a day after success, a week after failure. */
    ttlSecondsAfterSuccess: 86400,
    ttlSecondsAfterFailure: 604800,
    podGCStrategy: 'OnPodSuccess',
    /** The Workflow parameter `revision` when none is given at submission. */
    revision: 'HEAD',
};
const MANAGED_BY = 'aphex-pipeline-action';
function templateName(pipeline) {
    return `${pipeline}-template`;
}
/** Task name of an environment in the main DAG. */
function environmentTask(name) {
    return `env-${(0,_aphex_names_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentId */ .Xo)(name)}`;
}
function ownershipLabels(pipeline) {
    return {
        'app.kubernetes.io/name': 'aphex-pipeline',
        'app.kubernetes.io/instance': pipeline,
        'app.kubernetes.io/managed-by': MANAGED_BY,
    };
}
function renderWorkflowTemplate(config, o) {
    const name = templateName(o.pipeline);
    const labels = ownershipLabels(o.pipeline);
    return {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'WorkflowTemplate',
        metadata: { name, namespace: o.namespace, labels },
        spec: {
            entrypoint: _templates_js__WEBPACK_IMPORTED_MODULE_0__/* .TEMPLATE */ .nE.main,
            ...(o.serviceAccount ? { serviceAccountName: o.serviceAccount } : {}),
            arguments: {
                parameters: [
                    { name: 'repository', value: o.repositoryUrl ?? '' },
                    { name: 'revision', value: DEFAULTS.revision },
                    // Set by `apply` with `submit` from the job (head branch of a pull request), so the
                    // Workflow and the Argo UI show where a run came from.
                    { name: 'branch', value: '' },
                ],
            },
            synchronization: { mutexes: [{ name: `aphex-${o.pipeline}` }] },
            activeDeadlineSeconds: DEFAULTS.activeDeadlineSeconds,
            podGC: { strategy: DEFAULTS.podGCStrategy },
            ttlStrategy: { secondsAfterSuccess: DEFAULTS.ttlSecondsAfterSuccess, secondsAfterFailure: DEFAULTS.ttlSecondsAfterFailure },
            workflowMetadata: { labels: { ...labels } },
            templates: [
                mainDag(config),
                (0,_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .validateTemplate */ .dC)(o),
                (0,_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .buildTemplate */ .Z)(o, [...config.build.commands]),
                (0,_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .deployPipelineTemplate */ .i9)(o, name),
                (0,_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .environmentTemplate */ .YB)(),
                (0,_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .approvalTemplate */ .eo)(),
                (0,_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .deployStacksTemplate */ .vh)(o),
                (0,_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .testTemplate */ .FZ)(o),
            ],
        },
    };
}
function mainDag(config) {
    const tasks = [
        { name: 'validate', template: _templates_js__WEBPACK_IMPORTED_MODULE_0__/* .TEMPLATE */ .nE.validate },
        { name: 'build', template: _templates_js__WEBPACK_IMPORTED_MODULE_0__/* .TEMPLATE */ .nE.build, depends: 'validate' },
        { name: 'deploy-pipeline', template: _templates_js__WEBPACK_IMPORTED_MODULE_0__/* .TEMPLATE */ .nE.deployPipeline, depends: 'build' },
    ];
    config.environments.forEach((env, i) => {
        tasks.push({
            name: environmentTask(env.name),
            template: _templates_js__WEBPACK_IMPORTED_MODULE_0__/* .TEMPLATE */ .nE.environment,
            depends: dependsExpression(config.environments, i),
            arguments: { parameters: environmentArguments(env) },
        });
    });
    return { name: _templates_js__WEBPACK_IMPORTED_MODULE_0__/* .TEMPLATE */ .nE.main, dag: { tasks } };
}
/** Explicit dependsOn, else the previous environment, else the pipeline deployment. */
function dependsExpression(envs, i) {
    const env = envs[i];
    const deps = env.dependsOn ?? (i === 0 ? [] : [envs[i - 1].name]);
    return deps.length === 0 ? 'deploy-pipeline' : deps.map(environmentTask).join(' && ');
}
function roleArn(env) {
    return env.roleName ? `arn:${(0,_aphex_regions_js__WEBPACK_IMPORTED_MODULE_2__/* .partitionOf */ .i)(env.region)}:iam::${env.account}:role/${env.roleName}` : '';
}
function environmentArguments(env) {
    const tests = env.tests?.commands ?? [];
    const values = {
        environment: env.name,
        'environment-id': (0,_aphex_names_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentId */ .Xo)(env.name),
        region: env.region,
        account: env.account,
        'role-arn': roleArn(env),
        stacks: JSON.stringify(env.stacks.map((s) => ({ name: s.name, path: s.path }))),
        tests: JSON.stringify(tests),
        'has-tests': String(tests.length > 0),
        approval: String(env.approval === true),
    };
    return Object.keys(values).map((name) => ({ name, value: values[name] }));
}


/***/ }),

/***/ 3562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ testTemplate),
/* harmony export */   YB: () => (/* binding */ environmentTemplate),
/* harmony export */   Z: () => (/* binding */ buildTemplate),
/* harmony export */   dC: () => (/* binding */ validateTemplate),
/* harmony export */   eo: () => (/* binding */ approvalTemplate),
/* harmony export */   h1: () => (/* binding */ GLOBAL_OUTPUT_PREFIX),
/* harmony export */   i9: () => (/* binding */ deployPipelineTemplate),
/* harmony export */   nE: () => (/* binding */ TEMPLATE),
/* harmony export */   vh: () => (/* binding */ deployStacksTemplate)
/* harmony export */ });
/* unused harmony exports STACK_OUTPUTS_FILE, STACK_OUTPUTS_PARAMETER, ENVIRONMENT_INPUTS */
/** Where aphex-deploy-stack writes the environment's stack outputs (JSON). */
const STACK_OUTPUTS_FILE = '/tmp/aphex/stack-outputs.json';
/** Output parameter of the environment (and deploy-stacks) template. */
const STACK_OUTPUTS_PARAMETER = 'stack-outputs';
/** Prefix of the Workflow's global output per environment: `stack-outputs-<environment id>`. */
const GLOBAL_OUTPUT_PREFIX = 'stack-outputs-';
const TEMPLATE = {
    main: 'pipeline',
    validate: 'validate',
    build: 'build',
    deployPipeline: 'deploy-pipeline',
    environment: 'environment',
    approval: 'approval',
    deployStacks: 'deploy-stacks',
    test: 'test',
};
/** Inputs of the environment template, in order. */
const ENVIRONMENT_INPUTS = ['environment', 'environment-id', 'region', 'account', 'role-arn', 'stacks', 'tests', 'has-tests', 'approval'];
const RETRY = {
    limit: 2,
    retryPolicy: 'OnTransientError',
    backoff: { duration: '30s', factor: 2, maxDuration: '10m' },
};
const param = (name) => `{{inputs.parameters.${name}}}`;
/** Arguments every script receives (see docs/config.md, "Script interface"). */
function commonArgs(o) {
    return [
        '--pipeline',
        o.pipeline,
        '--repository',
        '{{workflow.parameters.repository}}',
        '--revision',
        '{{workflow.parameters.revision}}',
        '--run-id',
        '{{workflow.uid}}',
        ...(o.artifactBucket ? ['--artifact-bucket', o.artifactBucket] : []),
    ];
}
function container(name, image, command, args, extra = {}) {
    return { name, ...extra, container: { image, command: [command], args }, retryStrategy: RETRY };
}
function inputs(names) {
    return { parameters: names.map((name) => ({ name })) };
}
function validateTemplate(o) {
    return container(TEMPLATE.validate, o.images.validate, 'aphex-validate', [...commonArgs(o), '--config', o.configPath]);
}
/** Build commands are literal argument elements after `--`, never shell text. */
function buildTemplate(o, commands) {
    return container(TEMPLATE.build, o.images.build, 'aphex-build', [...commonArgs(o), '--', ...commands]);
}
function deployPipelineTemplate(o, templateName) {
    return container(TEMPLATE.deployPipeline, o.images['deploy-pipeline'], 'aphex-deploy-pipeline', [
        ...commonArgs(o),
        '--config',
        o.configPath,
        '--namespace',
        o.namespace,
        '--template-name',
        templateName,
    ]);
}
const TARGET_ARGS = ['--environment', param('environment'), '--region', param('region'), '--account', param('account'), '--role-arn', param('role-arn')];
function deployStacksTemplate(o) {
    return container(TEMPLATE.deployStacks, o.images['deploy-stack'], 'aphex-deploy-stack', [...commonArgs(o), ...TARGET_ARGS, '--stacks', param('stacks'), '--outputs-file', STACK_OUTPUTS_FILE], {
        inputs: inputs(['environment', 'environment-id', 'region', 'account', 'role-arn', 'stacks']),
        outputs: {
            parameters: [
                {
                    name: STACK_OUTPUTS_PARAMETER,
                    valueFrom: { path: STACK_OUTPUTS_FILE, default: '{}' },
                    globalName: `${GLOBAL_OUTPUT_PREFIX}${param('environment-id')}`,
                },
            ],
        },
    });
}
function testTemplate(o) {
    return container(TEMPLATE.test, o.images.test, 'aphex-test', [...commonArgs(o), ...TARGET_ARGS, '--commands', param('commands')], {
        inputs: inputs(['environment', 'region', 'account', 'role-arn', 'commands']),
    });
}
function approvalTemplate() {
    return { name: TEMPLATE.approval, inputs: inputs(['environment']), suspend: {} };
}
const pass = (names) => ({ parameters: names.map((name) => ({ name, value: param(name) })) });
/** Approval (when asked for), then the stacks in order, then the tests (when there are any). */
function environmentTemplate() {
    return {
        name: TEMPLATE.environment,
        inputs: inputs(ENVIRONMENT_INPUTS),
        steps: [
            [{ name: 'approve', template: TEMPLATE.approval, when: `${param('approval')} == true`, arguments: pass(['environment']) }],
            [{ name: 'deploy', template: TEMPLATE.deployStacks, arguments: pass(['environment', 'environment-id', 'region', 'account', 'role-arn', 'stacks']) }],
            [
                {
                    name: 'test',
                    template: TEMPLATE.test,
                    when: `${param('has-tests')} == true`,
                    arguments: { parameters: [...pass(['environment', 'region', 'account', 'role-arn']).parameters, { name: 'commands', value: param('tests') }] },
                },
            ],
        ],
        outputs: {
            parameters: [{ name: STACK_OUTPUTS_PARAMETER, valueFrom: { parameter: `{{steps.deploy.outputs.parameters.${STACK_OUTPUTS_PARAMETER}}}` } }],
        },
    };
}


/***/ }),

/***/ 6559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ validateCommand),
  loadConfig: () => (/* binding */ loadConfig),
  renderOptions: () => (/* binding */ renderOptions)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aphex/limits.ts
var limits = __webpack_require__(560);
// EXTERNAL MODULE: ./src/aphex/names.ts
var aphex_names = __webpack_require__(1778);
;// CONCATENATED MODULE: ./src/aphex/schema-validator.generated.ts
/* eslint-disable */
// @ts-nocheck
// Generated by test/aphex/generate-validator.ts from schemas/aphex-config.schema.json. Do not edit.

const validate = validate10;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://aphex-pipeline.dev/schemas/aphex-config.schema.json", "title": "AphexPipeline configuration (aphex-config.yaml)", "description": "Topology of an AphexPipeline: how to build, and the environments to deploy in order. Reference: docs/config.md.", "type": "object", "additionalProperties": false, "required": ["version", "build", "environments"], "properties": { "version": { "description": "Config format version. Quote it: version: \"1.0\".", "type": "string", "const": "1.0" }, "build": { "description": "How to build the application before anything is deployed.", "type": "object", "additionalProperties": false, "required": ["commands"], "properties": { "commands": { "$ref": "#/definitions/commands", "description": "Build commands, run in order by the aphex-build image in the repository root." } } }, "environments": { "description": "Deployment environments, deployed in this order unless dependsOn says otherwise.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/environment" } }, "serviceAccount": { "description": "Kubernetes service account the Workflow pods run as. The action input service-account overrides it.", "type": "string", "minLength": 1, "maxLength": 253, "pattern": "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, "artifactBucket": { "description": "S3 bucket for build artifacts, passed to the pipeline images. The action input artifact-bucket overrides it.", "type": "string", "minLength": 3, "maxLength": 63, "pattern": "^[a-z0-9][a-z0-9.-]*[a-z0-9]$" }, "images": { "description": "Container images of the pipeline steps (pin them with @sha256:… digests). 'all' applies to every step; a step's own entry wins. The action input images overrides these.", "type": "object", "additionalProperties": false, "properties": { "all": { "$ref": "#/definitions/image" }, "validate": { "$ref": "#/definitions/image" }, "build": { "$ref": "#/definitions/image" }, "deploy-pipeline": { "$ref": "#/definitions/image" }, "deploy-stack": { "$ref": "#/definitions/image" }, "test": { "$ref": "#/definitions/image" } } } }, "definitions": { "commands": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "image": { "description": "A container image reference: registry/repository[:tag][@sha256:digest].", "type": "string", "minLength": 1, "maxLength": 512, "pattern": "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, "environment": { "type": "object", "additionalProperties": false, "required": ["name", "region", "account", "stacks"], "properties": { "name": { "description": "Environment name, unique in the file. Used (lower-cased, other characters as '-') in Argo task and output names.", "type": "string", "minLength": 1, "maxLength": 50 }, "region": { "description": "AWS region code, e.g. eu-west-1.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$" }, "account": { "description": "AWS account id: 12 digits, quoted.", "type": "string", "pattern": "^[0-9]{12}$" }, "stacks": { "description": "CloudFormation stacks, deployed in this order.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/stack" } }, "tests": { "description": "Commands run after the stacks are deployed.", "type": "object", "additionalProperties": false, "required": ["commands"], "properties": { "commands": { "$ref": "#/definitions/commands" } } }, "approval": { "description": "Wait for a manual approval (argo resume) before deploying this environment.", "type": "boolean" }, "dependsOn": { "description": "Environments that must be deployed first. Default: the previous environment in the list. [] deploys right after the pipeline itself, in parallel with other such environments.", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "roleName": { "description": "IAM role in the environment's account that deploys its stacks (cross-account). Default: the pod's own credentials.", "type": "string", "pattern": "^[A-Za-z0-9+=,.@_-]{1,64}$" } } }, "stack": { "type": "object", "additionalProperties": false, "required": ["name", "path"], "properties": { "name": { "description": "CloudFormation stack name: a letter, then letters, digits and '-', at most 128 characters.", "type": "string", "pattern": "^[A-Za-z][-A-Za-z0-9]{0,127}$" }, "path": { "description": "Path of the stack's template or CDK app in the repository, relative to the repository root.", "type": "string", "minLength": 1, "maxLength": 1024 } } } } };
const schema12 = { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } };
const schema16 = { "description": "A container image reference: registry/repository[:tag][@sha256:digest].", "type": "string", "minLength": 1, "maxLength": 512, "pattern": "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" };
const func2 = ((s) => { let n = 0; for (const _ of s)
    n++; return n; });
const schema13 = { "type": "object", "additionalProperties": false, "required": ["name", "region", "account", "stacks"], "properties": { "name": { "description": "Environment name, unique in the file. Used (lower-cased, other characters as '-') in Argo task and output names.", "type": "string", "minLength": 1, "maxLength": 50 }, "region": { "description": "AWS region code, e.g. eu-west-1.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$" }, "account": { "description": "AWS account id: 12 digits, quoted.", "type": "string", "pattern": "^[0-9]{12}$" }, "stacks": { "description": "CloudFormation stacks, deployed in this order.", "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/stack" } }, "tests": { "description": "Commands run after the stacks are deployed.", "type": "object", "additionalProperties": false, "required": ["commands"], "properties": { "commands": { "$ref": "#/definitions/commands" } } }, "approval": { "description": "Wait for a manual approval (argo resume) before deploying this environment.", "type": "boolean" }, "dependsOn": { "description": "Environments that must be deployed first. Default: the previous environment in the list. [] deploys right after the pipeline itself, in parallel with other such environments.", "type": "array", "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }, "roleName": { "description": "IAM role in the environment's account that deploys its stacks (cross-account). Default: the pod's own credentials.", "type": "string", "pattern": "^[A-Za-z0-9+=,.@_-]{1,64}$" } } };
const schema14 = { "type": "object", "additionalProperties": false, "required": ["name", "path"], "properties": { "name": { "description": "CloudFormation stack name: a letter, then letters, digits and '-', at most 128 characters.", "type": "string", "pattern": "^[A-Za-z][-A-Za-z0-9]{0,127}$" }, "path": { "description": "Path of the stack's template or CDK app in the repository, relative to the repository root.", "type": "string", "minLength": 1, "maxLength": 1024 } } };
const pattern0 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$", "u");
const pattern1 = new RegExp("^[0-9]{12}$", "u");
const pattern2 = new RegExp("^[A-Za-z][-A-Za-z0-9]{0,127}$", "u");
const pattern3 = new RegExp("^[A-Za-z0-9+=,.@_-]{1,64}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.region === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "region" }, message: "must have required property '" + "region" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.account === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "account" }, message: "must have required property '" + "account" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.stacks === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stacks" }, message: "must have required property '" + "stacks" + "'", schema: schema13.required, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((((key0 === "name") || (key0 === "region")) || (key0 === "account")) || (key0 === "stacks")) || (key0 === "tests")) || (key0 === "approval")) || (key0 === "dependsOn")) || (key0 === "roleName"))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        if (typeof data0 === "string") {
            if (func2(data0) > 50) {
                const err5 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema13.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (func2(data0) < 1) {
                const err6 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.name, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        else {
            const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.name.type, parentSchema: schema13.properties.name, data: data0 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.region !== undefined) {
        let data1 = data.region;
        if (typeof data1 === "string") {
            if (!pattern0.test(data1)) {
                const err8 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$" }, message: "must match pattern \"" + "^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$" + "\"", schema: "^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$", parentSchema: schema13.properties.region, data: data1 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        else {
            const err9 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.region.type, parentSchema: schema13.properties.region, data: data1 };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
    }
    if (data.account !== undefined) {
        let data2 = data.account;
        if (typeof data2 === "string") {
            if (!pattern1.test(data2)) {
                const err10 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/pattern", keyword: "pattern", params: { pattern: "^[0-9]{12}$" }, message: "must match pattern \"" + "^[0-9]{12}$" + "\"", schema: "^[0-9]{12}$", parentSchema: schema13.properties.account, data: data2 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        else {
            const err11 = { instancePath: instancePath + "/account", schemaPath: "#/properties/account/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.account.type, parentSchema: schema13.properties.account, data: data2 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.stacks !== undefined) {
        let data3 = data.stacks;
        if (Array.isArray(data3)) {
            if (data3.length < 1) {
                const err12 = { instancePath: instancePath + "/stacks", schemaPath: "#/properties/stacks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.properties.stacks, data: data3 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.name === undefined) {
                        const err13 = { instancePath: instancePath + "/stacks/" + i0, schemaPath: "#/definitions/stack/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'", schema: schema14.required, parentSchema: schema14, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    if (data4.path === undefined) {
                        const err14 = { instancePath: instancePath + "/stacks/" + i0, schemaPath: "#/definitions/stack/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'", schema: schema14.required, parentSchema: schema14, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    for (const key1 in data4) {
                        if (!((key1 === "name") || (key1 === "path"))) {
                            const err15 = { instancePath: instancePath + "/stacks/" + i0, schemaPath: "#/definitions/stack/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                    if (data4.name !== undefined) {
                        let data5 = data4.name;
                        if (typeof data5 === "string") {
                            if (!pattern2.test(data5)) {
                                const err16 = { instancePath: instancePath + "/stacks/" + i0 + "/name", schemaPath: "#/definitions/stack/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][-A-Za-z0-9]{0,127}$" }, message: "must match pattern \"" + "^[A-Za-z][-A-Za-z0-9]{0,127}$" + "\"", schema: "^[A-Za-z][-A-Za-z0-9]{0,127}$", parentSchema: schema14.properties.name, data: data5 };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err17 = { instancePath: instancePath + "/stacks/" + i0 + "/name", schemaPath: "#/definitions/stack/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.name.type, parentSchema: schema14.properties.name, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data4.path !== undefined) {
                        let data6 = data4.path;
                        if (typeof data6 === "string") {
                            if (func2(data6) > 1024) {
                                const err18 = { instancePath: instancePath + "/stacks/" + i0 + "/path", schemaPath: "#/definitions/stack/properties/path/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters", schema: 1024, parentSchema: schema14.properties.path, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                            if (func2(data6) < 1) {
                                const err19 = { instancePath: instancePath + "/stacks/" + i0 + "/path", schemaPath: "#/definitions/stack/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema14.properties.path, data: data6 };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err20 = { instancePath: instancePath + "/stacks/" + i0 + "/path", schemaPath: "#/definitions/stack/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.path.type, parentSchema: schema14.properties.path, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err21 = { instancePath: instancePath + "/stacks/" + i0, schemaPath: "#/definitions/stack/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/stacks", schemaPath: "#/properties/stacks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.stacks.type, parentSchema: schema13.properties.stacks, data: data3 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.tests !== undefined) {
        let data7 = data.tests;
        if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.commands === undefined) {
                const err23 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/required", keyword: "required", params: { missingProperty: "commands" }, message: "must have required property '" + "commands" + "'", schema: schema13.properties.tests.required, parentSchema: schema13.properties.tests, data: data7 };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            for (const key2 in data7) {
                if (!(key2 === "commands")) {
                    const err24 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13.properties.tests, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            if (data7.commands !== undefined) {
                let data8 = data7.commands;
                if (Array.isArray(data8)) {
                    if (data8.length < 1) {
                        const err25 = { instancePath: instancePath + "/tests/commands", schemaPath: "#/definitions/commands/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12, data: data8 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    const len1 = data8.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                        let data9 = data8[i1];
                        if (typeof data9 === "string") {
                            if (func2(data9) < 1) {
                                const err26 = { instancePath: instancePath + "/tests/commands/" + i1, schemaPath: "#/definitions/commands/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.items, data: data9 };
                                if (vErrors === null) {
                                    vErrors = [err26];
                                }
                                else {
                                    vErrors.push(err26);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err27 = { instancePath: instancePath + "/tests/commands/" + i1, schemaPath: "#/definitions/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.items.type, parentSchema: schema12.items, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err28 = { instancePath: instancePath + "/tests/commands", schemaPath: "#/definitions/commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.type, parentSchema: schema12, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
        }
        else {
            const err29 = { instancePath: instancePath + "/tests", schemaPath: "#/properties/tests/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.properties.tests.type, parentSchema: schema13.properties.tests, data: data7 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
    }
    if (data.approval !== undefined) {
        let data10 = data.approval;
        if (typeof data10 !== "boolean") {
            const err30 = { instancePath: instancePath + "/approval", schemaPath: "#/properties/approval/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema13.properties.approval.type, parentSchema: schema13.properties.approval, data: data10 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
    }
    if (data.dependsOn !== undefined) {
        let data11 = data.dependsOn;
        if (Array.isArray(data11)) {
            const len2 = data11.length;
            for (let i2 = 0; i2 < len2; i2++) {
                let data12 = data11[i2];
                if (typeof data12 === "string") {
                    if (func2(data12) < 1) {
                        const err31 = { instancePath: instancePath + "/dependsOn/" + i2, schemaPath: "#/properties/dependsOn/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema13.properties.dependsOn.items, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
                else {
                    const err32 = { instancePath: instancePath + "/dependsOn/" + i2, schemaPath: "#/properties/dependsOn/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.dependsOn.items.type, parentSchema: schema13.properties.dependsOn.items, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err32];
                    }
                    else {
                        vErrors.push(err32);
                    }
                    errors++;
                }
            }
            let i3 = data11.length;
            let j0;
            if (i3 > 1) {
                const indices0 = {};
                for (; i3--;) {
                    let item0 = data11[i3];
                    if (typeof item0 !== "string") {
                        continue;
                    }
                    if (typeof indices0[item0] == "number") {
                        j0 = indices0[item0];
                        const err33 = { instancePath: instancePath + "/dependsOn", schemaPath: "#/properties/dependsOn/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i3 + " are identical)", schema: true, parentSchema: schema13.properties.dependsOn, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                        break;
                    }
                    indices0[item0] = i3;
                }
            }
        }
        else {
            const err34 = { instancePath: instancePath + "/dependsOn", schemaPath: "#/properties/dependsOn/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.properties.dependsOn.type, parentSchema: schema13.properties.dependsOn, data: data11 };
            if (vErrors === null) {
                vErrors = [err34];
            }
            else {
                vErrors.push(err34);
            }
            errors++;
        }
    }
    if (data.roleName !== undefined) {
        let data13 = data.roleName;
        if (typeof data13 === "string") {
            if (!pattern3.test(data13)) {
                const err35 = { instancePath: instancePath + "/roleName", schemaPath: "#/properties/roleName/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9+=,.@_-]{1,64}$" }, message: "must match pattern \"" + "^[A-Za-z0-9+=,.@_-]{1,64}$" + "\"", schema: "^[A-Za-z0-9+=,.@_-]{1,64}$", parentSchema: schema13.properties.roleName, data: data13 };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        else {
            const err36 = { instancePath: instancePath + "/roleName", schemaPath: "#/properties/roleName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.roleName.type, parentSchema: schema13.properties.roleName, data: data13 };
            if (vErrors === null) {
                vErrors = [err36];
            }
            else {
                vErrors.push(err36);
            }
            errors++;
        }
    }
}
else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
        vErrors = [err37];
    }
    else {
        vErrors.push(err37);
    }
    errors++;
} validate11.errors = vErrors; return errors === 0; }
const pattern4 = new RegExp("^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "u");
const pattern5 = new RegExp("^[a-z0-9][a-z0-9.-]*[a-z0-9]$", "u");
const pattern6 = new RegExp("^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { /*# sourceURL="https://aphex-pipeline.dev/schemas/aphex-config.schema.json" */ ; let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.build === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "build" }, message: "must have required property '" + "build" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.environments === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "environments" }, message: "must have required property '" + "environments" + "'", schema: schema11.required, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!((((((key0 === "version") || (key0 === "build")) || (key0 === "environments")) || (key0 === "serviceAccount")) || (key0 === "artifactBucket")) || (key0 === "images"))) {
            const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    if (data.version !== undefined) {
        let data0 = data.version;
        if (typeof data0 !== "string") {
            const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.version.type, parentSchema: schema11.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if ("1.0" !== data0) {
            const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: "1.0" }, message: "must be equal to constant", schema: "1.0", parentSchema: schema11.properties.version, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.build !== undefined) {
        let data1 = data.build;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.commands === undefined) {
                const err6 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/required", keyword: "required", params: { missingProperty: "commands" }, message: "must have required property '" + "commands" + "'", schema: schema11.properties.build.required, parentSchema: schema11.properties.build, data: data1 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            for (const key1 in data1) {
                if (!(key1 === "commands")) {
                    const err7 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.build, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data1.commands !== undefined) {
                let data2 = data1.commands;
                if (Array.isArray(data2)) {
                    if (data2.length < 1) {
                        const err8 = { instancePath: instancePath + "/build/commands", schemaPath: "#/definitions/commands/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema12, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                    const len0 = data2.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data3 = data2[i0];
                        if (typeof data3 === "string") {
                            if (func2(data3) < 1) {
                                const err9 = { instancePath: instancePath + "/build/commands/" + i0, schemaPath: "#/definitions/commands/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12.items, data: data3 };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err10 = { instancePath: instancePath + "/build/commands/" + i0, schemaPath: "#/definitions/commands/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.items.type, parentSchema: schema12.items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err11 = { instancePath: instancePath + "/build/commands", schemaPath: "#/definitions/commands/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.type, parentSchema: schema12, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
        }
        else {
            const err12 = { instancePath: instancePath + "/build", schemaPath: "#/properties/build/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.build.type, parentSchema: schema11.properties.build, data: data1 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.environments !== undefined) {
        let data4 = data.environments;
        if (Array.isArray(data4)) {
            if (data4.length < 1) {
                const err13 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.environments, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            const len1 = data4.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate11(data4[i1], { instancePath: instancePath + "/environments/" + i1, parentData: data4, parentDataProperty: i1, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
        else {
            const err14 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.environments.type, parentSchema: schema11.properties.environments, data: data4 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.serviceAccount !== undefined) {
        let data6 = data.serviceAccount;
        if (typeof data6 === "string") {
            if (func2(data6) > 253) {
                const err15 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/properties/serviceAccount/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema11.properties.serviceAccount, data: data6 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            if (func2(data6) < 1) {
                const err16 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/properties/serviceAccount/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema11.properties.serviceAccount, data: data6 };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            if (!pattern4.test(data6)) {
                const err17 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/properties/serviceAccount/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" }, message: "must match pattern \"" + "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$" + "\"", schema: "^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", parentSchema: schema11.properties.serviceAccount, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        else {
            const err18 = { instancePath: instancePath + "/serviceAccount", schemaPath: "#/properties/serviceAccount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.serviceAccount.type, parentSchema: schema11.properties.serviceAccount, data: data6 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.artifactBucket !== undefined) {
        let data7 = data.artifactBucket;
        if (typeof data7 === "string") {
            if (func2(data7) > 63) {
                const err19 = { instancePath: instancePath + "/artifactBucket", schemaPath: "#/properties/artifactBucket/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema11.properties.artifactBucket, data: data7 };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            if (func2(data7) < 3) {
                const err20 = { instancePath: instancePath + "/artifactBucket", schemaPath: "#/properties/artifactBucket/minLength", keyword: "minLength", params: { limit: 3 }, message: "must NOT have fewer than 3 characters", schema: 3, parentSchema: schema11.properties.artifactBucket, data: data7 };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if (!pattern5.test(data7)) {
                const err21 = { instancePath: instancePath + "/artifactBucket", schemaPath: "#/properties/artifactBucket/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9.-]*[a-z0-9]$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9.-]*[a-z0-9]$" + "\"", schema: "^[a-z0-9][a-z0-9.-]*[a-z0-9]$", parentSchema: schema11.properties.artifactBucket, data: data7 };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
        }
        else {
            const err22 = { instancePath: instancePath + "/artifactBucket", schemaPath: "#/properties/artifactBucket/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.artifactBucket.type, parentSchema: schema11.properties.artifactBucket, data: data7 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
    }
    if (data.images !== undefined) {
        let data8 = data.images;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            for (const key2 in data8) {
                if (!((((((key2 === "all") || (key2 === "validate")) || (key2 === "build")) || (key2 === "deploy-pipeline")) || (key2 === "deploy-stack")) || (key2 === "test"))) {
                    const err23 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.images, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
            if (data8.all !== undefined) {
                let data9 = data8.all;
                if (typeof data9 === "string") {
                    if (func2(data9) > 512) {
                        const err24 = { instancePath: instancePath + "/images/all", schemaPath: "#/definitions/image/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema16, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                    if (func2(data9) < 1) {
                        const err25 = { instancePath: instancePath + "/images/all", schemaPath: "#/definitions/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    if (!pattern6.test(data9)) {
                        const err26 = { instancePath: instancePath + "/images/all", schemaPath: "#/definitions/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, message: "must match pattern \"" + "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" + "\"", schema: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", parentSchema: schema16, data: data9 };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                else {
                    const err27 = { instancePath: instancePath + "/images/all", schemaPath: "#/definitions/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
            }
            if (data8.validate !== undefined) {
                let data10 = data8.validate;
                if (typeof data10 === "string") {
                    if (func2(data10) > 512) {
                        const err28 = { instancePath: instancePath + "/images/validate", schemaPath: "#/definitions/image/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema16, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                    if (func2(data10) < 1) {
                        const err29 = { instancePath: instancePath + "/images/validate", schemaPath: "#/definitions/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err29];
                        }
                        else {
                            vErrors.push(err29);
                        }
                        errors++;
                    }
                    if (!pattern6.test(data10)) {
                        const err30 = { instancePath: instancePath + "/images/validate", schemaPath: "#/definitions/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, message: "must match pattern \"" + "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" + "\"", schema: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", parentSchema: schema16, data: data10 };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
                else {
                    const err31 = { instancePath: instancePath + "/images/validate", schemaPath: "#/definitions/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
            }
            if (data8.build !== undefined) {
                let data11 = data8.build;
                if (typeof data11 === "string") {
                    if (func2(data11) > 512) {
                        const err32 = { instancePath: instancePath + "/images/build", schemaPath: "#/definitions/image/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema16, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err32];
                        }
                        else {
                            vErrors.push(err32);
                        }
                        errors++;
                    }
                    if (func2(data11) < 1) {
                        const err33 = { instancePath: instancePath + "/images/build", schemaPath: "#/definitions/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err33];
                        }
                        else {
                            vErrors.push(err33);
                        }
                        errors++;
                    }
                    if (!pattern6.test(data11)) {
                        const err34 = { instancePath: instancePath + "/images/build", schemaPath: "#/definitions/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, message: "must match pattern \"" + "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" + "\"", schema: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", parentSchema: schema16, data: data11 };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
                else {
                    const err35 = { instancePath: instancePath + "/images/build", schemaPath: "#/definitions/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data11 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
            if (data8["deploy-pipeline"] !== undefined) {
                let data12 = data8["deploy-pipeline"];
                if (typeof data12 === "string") {
                    if (func2(data12) > 512) {
                        const err36 = { instancePath: instancePath + "/images/deploy-pipeline", schemaPath: "#/definitions/image/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema16, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                    if (func2(data12) < 1) {
                        const err37 = { instancePath: instancePath + "/images/deploy-pipeline", schemaPath: "#/definitions/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                    if (!pattern6.test(data12)) {
                        const err38 = { instancePath: instancePath + "/images/deploy-pipeline", schemaPath: "#/definitions/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, message: "must match pattern \"" + "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" + "\"", schema: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", parentSchema: schema16, data: data12 };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
                else {
                    const err39 = { instancePath: instancePath + "/images/deploy-pipeline", schemaPath: "#/definitions/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data12 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
            }
            if (data8["deploy-stack"] !== undefined) {
                let data13 = data8["deploy-stack"];
                if (typeof data13 === "string") {
                    if (func2(data13) > 512) {
                        const err40 = { instancePath: instancePath + "/images/deploy-stack", schemaPath: "#/definitions/image/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema16, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err40];
                        }
                        else {
                            vErrors.push(err40);
                        }
                        errors++;
                    }
                    if (func2(data13) < 1) {
                        const err41 = { instancePath: instancePath + "/images/deploy-stack", schemaPath: "#/definitions/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                    if (!pattern6.test(data13)) {
                        const err42 = { instancePath: instancePath + "/images/deploy-stack", schemaPath: "#/definitions/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, message: "must match pattern \"" + "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" + "\"", schema: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", parentSchema: schema16, data: data13 };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                }
                else {
                    const err43 = { instancePath: instancePath + "/images/deploy-stack", schemaPath: "#/definitions/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data13 };
                    if (vErrors === null) {
                        vErrors = [err43];
                    }
                    else {
                        vErrors.push(err43);
                    }
                    errors++;
                }
            }
            if (data8.test !== undefined) {
                let data14 = data8.test;
                if (typeof data14 === "string") {
                    if (func2(data14) > 512) {
                        const err44 = { instancePath: instancePath + "/images/test", schemaPath: "#/definitions/image/maxLength", keyword: "maxLength", params: { limit: 512 }, message: "must NOT have more than 512 characters", schema: 512, parentSchema: schema16, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                    if (func2(data14) < 1) {
                        const err45 = { instancePath: instancePath + "/images/test", schemaPath: "#/definitions/image/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                    if (!pattern6.test(data14)) {
                        const err46 = { instancePath: instancePath + "/images/test", schemaPath: "#/definitions/image/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" }, message: "must match pattern \"" + "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$" + "\"", schema: "^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$", parentSchema: schema16, data: data14 };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
                else {
                    const err47 = { instancePath: instancePath + "/images/test", schemaPath: "#/definitions/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err47];
                    }
                    else {
                        vErrors.push(err47);
                    }
                    errors++;
                }
            }
        }
        else {
            const err48 = { instancePath: instancePath + "/images", schemaPath: "#/properties/images/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.images.type, parentSchema: schema11.properties.images, data: data8 };
            if (vErrors === null) {
                vErrors = [err48];
            }
            else {
                vErrors.push(err48);
            }
            errors++;
        }
    }
}
else {
    const err49 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err49];
    }
    else {
        vErrors.push(err49);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

// EXTERNAL MODULE: ./src/aphex/regions.ts
var regions = __webpack_require__(2119);
;// CONCATENATED MODULE: ./src/aphex/schema.ts



const validator = () => validate;
/** Every schema violation of `data`, one issue per ajv error (deduplicated). */
function schemaIssues(data) {
    const validate = validator();
    if (validate(data))
        return [];
    const seen = new Set();
    const issues = [];
    const errors = validate.errors ?? [];
    // A wrong type is the root cause; other complaints about the same value are noise.
    const typed = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    for (const error of errors) {
        if (error.keyword !== 'type' && typed.has(error.instancePath) && error.keyword !== 'required' && error.keyword !== 'additionalProperties')
            continue;
        const issue = describe(error);
        if (!issue)
            continue;
        const id = `${issue.path.join('/')}|${issue.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        issues.push(issue);
    }
    return issues;
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
/** A readable location: `environments[1].stacks[0].name`. */
function pathText(path) {
    let out = '';
    for (const s of path)
        out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
    return out === '' ? 'the file' : out;
}
function fieldOf(path) {
    const last = path[path.length - 1];
    const parent = path[path.length - 2];
    if (typeof last === 'number')
        return parent === 'commands' ? 'command' : parent === 'dependsOn' ? 'dependsOn-item' : String(parent);
    if (parent === 'images')
        return 'image';
    if (last === 'name' && path.includes('stacks'))
        return 'stack-name';
    if (last === 'name' && path[0] === 'environments')
        return 'environment-name';
    return String(last ?? '');
}
const PATTERN_HELP = {
    region: (v) => `Region '${v}' is not an AWS region code like eu-west-1.${(0,aphex_names/* suggestion */.h)(v, regions/* KNOWN_REGIONS */.Q)}`,
    account: (v) => `Account '${v}' is not an AWS account id: it must be exactly 12 digits.`,
    'stack-name': (v) => `Stack name '${v}' is not a CloudFormation stack name: start with a letter, then letters, digits and '-' (at most 128 characters).`,
    image: (v) => `Image '${v}' is not a container image reference like public.ecr.aws/org/name:1.2.3 or name@sha256:<64 hex digits>.`,
    roleName: (v) => `roleName '${v}' is not an IAM role name: 1 to 64 characters of letters, digits and +=,.@_-.`,
    serviceAccount: (v) => `serviceAccount '${v}' is not a Kubernetes service account name (lower-case letters, digits, '-' and '.').`,
    artifactBucket: (v) => `artifactBucket '${v}' is not an S3 bucket name (3 to 63 lower-case letters, digits, '.' and '-').`,
};
const QUOTE_HELP = "Quote the text: in plain YAML a ': ' (colon and space) makes it a mapping.";
const TYPE_HELP = {
    account: 'Quote the account id so YAML keeps it as text (a leading 0 would be lost): account: "012345678901".',
    version: 'Quote it: version: "1.0".',
    approval: 'Use true or false.',
};
function describe(e) {
    const path = pointerToPath(e.instancePath);
    const where = pathText(path);
    const field = fieldOf(path);
    const p = e.params;
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(p.additionalProperty);
            const known = Object.keys(e.parentSchema.properties ?? {});
            const hint = (0,aphex_names/* suggestion */.h)(key, known) || ` Known keys here: ${known.join(', ')}.`;
            return { path: [...path, key], atKey: true, rule: 'unknown-key', message: `Unknown key '${key}' in ${where}.${hint}` };
        }
        case 'required':
            return { path, rule: 'required', message: `${where === 'the file' ? 'The file' : where} is missing the required key '${String(p.missingProperty)}'.` };
        case 'type': {
            const help = TYPE_HELP[field] ?? (p.type === 'string' && kindOf(e.data) === 'a mapping' ? QUOTE_HELP : undefined);
            return { path, rule: 'type', message: `${where} must be ${article(String(p.type))}, not ${kindOf(e.data)}.${help ? ' ' + help : ''}` };
        }
        case 'const':
            return { path, rule: 'version', message: `Unsupported version ${JSON.stringify(e.data)}: this action reads version "1.0" (quoted).` };
        case 'pattern': {
            const help = PATTERN_HELP[field];
            return { path, rule: 'format', message: help ? help((0,aphex_names/* short */.h0)(String(e.data))) : `${where} '${(0,aphex_names/* short */.h0)(String(e.data))}' does not match ${String(p.pattern)}.` };
        }
        case 'minItems':
            return { path, rule: 'empty-list', message: `${where} must list at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}.` };
        case 'minLength':
            return { path, rule: field === 'command' ? 'empty-command' : 'empty-value', message: `${where} must not be empty.` };
        case 'maxLength':
            return { path, rule: 'too-long', message: `${where} is ${String(e.data).length} characters long; at most ${String(p.limit)} are allowed.` };
        case 'uniqueItems':
            return { path, rule: 'duplicate', message: `${where} lists the same entry twice (items ${String(p.j)} and ${String(p.i)}).` };
        default:
            return { path, rule: e.keyword, message: `${where} ${e.message ?? 'is invalid'}.` };
    }
}
function article(type) {
    const word = type === 'object' ? 'mapping' : type === 'array' ? 'list' : type;
    return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}
function kindOf(v) {
    if (v === null || v === undefined)
        return 'empty';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'number')
        return `the number ${v}`;
    if (typeof v === 'boolean')
        return `the boolean ${v}`;
    return `a ${typeof v}`;
}

;// CONCATENATED MODULE: ./src/aphex/secrets.ts
/**
 * Finds credentials in config strings (AphexPipeline property 15: no credentials in the config).
 * Reports what kind of credential it looks like; never repeats the value itself.
 */
const DETECTORS = [
    { kind: 'an AWS access key id', re: /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g },
    { kind: 'a private key', re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----[\s\S]*?(?:-----END[^-]*-----|$)/g },
    { kind: 'an AWS secret access key', re: /aws_?secret_?access_?key\s*[=:]\s*["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi },
    {
        kind: 'an AWS secret access key',
        re: /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{39}[A-Za-z0-9/+=](?![A-Za-z0-9/+=])/g,
        // 40 random-looking characters: upper case, lower case and digits with frequent case changes
        // (a hex commit id or a camelCase path is not one).
        accept: (m) => /[A-Z]/.test(m) && /[a-z]/.test(m) && /[0-9]/.test(m) && caseChanges(m) >= 8,
    },
    { kind: 'an AWS session token', re: /\b(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz)[A-Za-z0-9/+=]{20,}/g },
    { kind: 'a GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g },
    { kind: 'a Slack token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
    { kind: 'a JSON Web Token', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
    {
        kind: 'a password or token',
        re: /\b(?:password|passwd|pwd|secret|token|api[_-]?key|client[_-]?secret)\s*[=:]\s*["']?(?!\$|<|\{)[^\s"'$]{8,}/gi,
    },
    { kind: 'a password in a URL', re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:(?!\$)[^\s@/]{3,}@/gi },
];
function caseChanges(s) {
    const letters = s.replace(/[^A-Za-z]/g, '');
    let n = 0;
    for (let i = 1; i < letters.length; i++)
        if (letters[i] < 'a' !== letters[i - 1] < 'a')
            n++;
    return n;
}
/** Every credential-looking part of `text`. */
function findSecrets(text) {
    const found = [];
    for (const d of DETECTORS) {
        for (const m of text.matchAll(d.re)) {
            if (d.accept && !d.accept(m[0]))
                continue;
            found.push({ kind: d.kind, value: m[0] });
        }
    }
    return found;
}
/** Key names that announce a credential whatever their value. */
const SECRET_KEY_NAME = /^(?:aws_?)?(?:secret|secret_?access_?key|access_?key_?id|session_?token|password|passwd|token|private_?key|api_?key|credentials?)$/i;

;// CONCATENATED MODULE: ./src/aphex/rules.ts




const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' ? v : undefined);
const BRACES_EXPLANATION = "Argo Workflows reads '{{' as the start of a template expression and has no way to escape it: the text would be substituted or rejected when the Workflow runs. Move the command into a script in the repository and call the script.";
function semanticIssues(data) {
    const issues = [];
    const secrets = [];
    scanStrings(data, [], issues, secrets);
    if (!isObj(data))
        return { issues, secrets };
    const envs = Array.isArray(data.environments) ? data.environments : [];
    if (envs.length > limits/* MAX_ENVIRONMENTS */.U9) {
        issues.push({ path: ['environments'], rule: 'limit', message: `${envs.length} environments are more than ${limits/* MAX_ENVIRONMENTS */.U9}: each environment is one task of the pipeline's DAG, next to validate, build and deploy-pipeline, and ${limits/* MAX_DAG_TASKS */.bk.what} applies. Split the pipeline.` });
    }
    environmentNames(envs, issues);
    dependsOn(envs, issues);
    envs.forEach((env, i) => {
        if (isObj(env))
            stacks(env, ['environments', i], issues);
    });
    commands(data, issues);
    payloads(data, envs, issues);
    return { issues, secrets };
}
/** Every string and key: no `{{`, no credentials. */
function scanStrings(value, path, issues, secrets) {
    if (typeof value === 'string') {
        if (value.includes('{{')) {
            issues.push({ path, rule: 'template-braces', message: `${pathText(path)} contains '{{'. ${BRACES_EXPLANATION}` });
        }
        reportSecrets(findSecrets(value), path, false, issues, secrets);
        return;
    }
    if (Array.isArray(value)) {
        value.forEach((v, i) => scanStrings(v, [...path, i], issues, secrets));
        return;
    }
    if (isObj(value)) {
        for (const [key, v] of Object.entries(value)) {
            const keyPath = [...path, key];
            if (key.includes('{{'))
                issues.push({ path: keyPath, atKey: true, rule: 'template-braces', message: `Key '${(0,aphex_names/* short */.h0)(key)}' contains '{{'. ${BRACES_EXPLANATION}` });
            const keyFindings = findSecrets(key);
            reportSecrets(keyFindings, keyPath, true, issues, secrets);
            if (SECRET_KEY_NAME.test(key) && keyFindings.length === 0 && v !== null && v !== undefined && v !== '') {
                if (typeof v === 'string')
                    secrets.push(v);
                issues.push({ path: keyPath, rule: 'credential', message: `Key '${key}' holds a credential. ${CREDENTIAL_HINT}` });
                continue;
            }
            scanStrings(v, keyPath, issues, secrets);
        }
    }
}
const CREDENTIAL_HINT = 'Credentials must never be in aphex-config.yaml (it is committed and rendered into the WorkflowTemplate). Remove it, rotate it, and let the pipeline get credentials from its IAM role (roleName) or a Kubernetes secret.';
function reportSecrets(found, path, atKey, issues, secrets) {
    const kinds = new Set();
    for (const f of found) {
        secrets.push(f.value);
        kinds.add(f.kind);
    }
    for (const kind of kinds) {
        issues.push({ path, atKey, rule: 'credential', message: `${pathText(path)} contains what looks like ${kind}. ${CREDENTIAL_HINT}` });
    }
}
function environmentNames(envs, issues) {
    const exact = new Map();
    const normal = new Map();
    envs.forEach((env, i) => {
        const name = isObj(env) ? str(env.name) : undefined;
        if (name === undefined || name === '')
            return;
        const path = ['environments', i, 'name'];
        const first = exact.get(name);
        if (first !== undefined) {
            issues.push({ path, rule: 'duplicate-environment', message: `Environment name '${(0,aphex_names/* short */.h0)(name)}' is already used by environments[${first}]; environment names must be unique.` });
            return;
        }
        exact.set(name, i);
        const id = (0,aphex_names/* environmentId */.Xo)(name);
        if (id === '') {
            issues.push({ path, rule: 'invalid-name', message: `Environment name '${(0,aphex_names/* short */.h0)(name)}' has no ASCII letters or digits; Argo task and output names are made from it (a-z, 0-9 and '-').` });
            return;
        }
        const clash = normal.get(id);
        if (clash) {
            issues.push({ path, rule: 'name-collision', message: `Environment names '${(0,aphex_names/* short */.h0)(clash.name)}' (environments[${clash.index}]) and '${(0,aphex_names/* short */.h0)(name)}' both become '${id}' in Argo names (lower-case, other characters as '-'); rename one.` });
            return;
        }
        normal.set(id, { index: i, name });
    });
}
function dependsOn(envs, issues) {
    const names = envs.map((e) => (isObj(e) ? str(e.name) : undefined)).filter((n) => n !== undefined);
    const graph = new Map();
    envs.forEach((env, i) => {
        if (!isObj(env) || !Array.isArray(env.dependsOn))
            return;
        const own = str(env.name);
        const deps = [];
        env.dependsOn.forEach((dep, j) => {
            if (typeof dep !== 'string')
                return;
            const path = ['environments', i, 'dependsOn', j];
            if (dep === own)
                issues.push({ path, rule: 'depends-on', message: `Environment '${(0,aphex_names/* short */.h0)(dep)}' depends on itself.` });
            else if (!names.includes(dep))
                issues.push({ path, rule: 'depends-on', message: `dependsOn names '${(0,aphex_names/* short */.h0)(dep)}', which is not an environment in this file.${(0,aphex_names/* suggestion */.h)(dep, names)}` });
            else
                deps.push(dep);
        });
        if (own !== undefined)
            graph.set(own, deps);
    });
    const cycle = findCycle(graph);
    if (cycle) {
        const i = envs.findIndex((e) => isObj(e) && e.name === cycle[0]);
        issues.push({ path: ['environments', i, 'dependsOn'], rule: 'dependency-cycle', message: `dependsOn forms a cycle: ${cycle.map((n) => `'${(0,aphex_names/* short */.h0)(n)}'`).join(' → ')}; no environment in it could ever start.` });
    }
}
/** A cycle in explicit dependsOn edges, as a closed list of names, or undefined. */
function findCycle(graph) {
    const state = new Map();
    const stack = [];
    const visit = (n) => {
        if (state.get(n) === 'done')
            return undefined;
        if (state.get(n) === 'open')
            return [...stack.slice(stack.indexOf(n)), n];
        state.set(n, 'open');
        stack.push(n);
        for (const d of graph.get(n) ?? []) {
            const c = visit(d);
            if (c)
                return c;
        }
        stack.pop();
        state.set(n, 'done');
        return undefined;
    };
    for (const n of graph.keys()) {
        const c = visit(n);
        if (c)
            return c;
    }
    return undefined;
}
function stacks(env, envPath, issues) {
    if (!Array.isArray(env.stacks))
        return;
    const seen = new Map();
    env.stacks.forEach((stack, j) => {
        if (!isObj(stack))
            return;
        const name = str(stack.name);
        if (name !== undefined) {
            const first = seen.get(name.toLowerCase());
            if (first !== undefined) {
                issues.push({ path: [...envPath, 'stacks', j, 'name'], rule: 'duplicate-stack', message: `Stack name '${(0,aphex_names/* short */.h0)(name)}' is already used by stacks[${first}] of this environment${env.stacks[first]?.name === name ? '' : ' (names differ only in case)'}; stack names must be unique per environment.` });
            }
            else
                seen.set(name.toLowerCase(), j);
        }
        const p = str(stack.path);
        if (p !== undefined && p !== '' && (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.split(/[\\/]/).includes('..'))) {
            issues.push({ path: [...envPath, 'stacks', j, 'path'], rule: 'stack-path', message: `Stack path '${(0,aphex_names/* short */.h0)(p)}' must be relative to the repository root and stay inside it (no leading '/', no '..').` });
        }
    });
}
function commands(data, issues) {
    const lists = [[isObj(data.build) ? data.build.commands : undefined, ['build', 'commands']]];
    const envs = Array.isArray(data.environments) ? data.environments : [];
    envs.forEach((env, i) => {
        if (isObj(env) && isObj(env.tests))
            lists.push([env.tests.commands, ['environments', i, 'tests', 'commands']]);
    });
    for (const [list, path] of lists) {
        if (!Array.isArray(list))
            continue;
        list.forEach((c, k) => {
            if (typeof c === 'string' && c !== '' && c.trim() === '') {
                issues.push({ path: [...path, k], rule: 'empty-command', message: `${pathText([...path, k])} is blank; remove it or write the command.` });
            }
        });
    }
}
/** What one step receives must fit the per-step argument budget. */
function payloads(data, envs, issues) {
    const limit = limits/* MAX_STEP_ARGUMENT_BYTES */.Ii;
    const build = isObj(data.build) ? data.build.commands : undefined;
    const buildBytes = (0,limits/* byteLength */.dp)(JSON.stringify(build ?? []));
    if (buildBytes > limit.value) {
        issues.push({ path: ['build', 'commands'], rule: 'limit', message: `The build commands take ${buildBytes} bytes, over ${limit.what}. Move long commands into a script in the repository.` });
    }
    envs.forEach((env, i) => {
        if (!isObj(env))
            return;
        const bytes = (0,limits/* byteLength */.dp)(JSON.stringify([env.stacks ?? [], isObj(env.tests) ? env.tests.commands : []]));
        if (bytes > limit.value) {
            issues.push({ path: ['environments', i], rule: 'limit', message: `The stacks and tests of environments[${i}] take ${bytes} bytes, over ${limit.what}. Move long commands into a script in the repository.` });
        }
    });
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/aphex/source.ts
/**
 * Parses aphex-config.yaml keeping source ranges, and turns config paths into file positions.
 */

function parseSource(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
    const at = (start, end) => span(lineCounter, start, end);
    const problems = doc.errors.map((e) => e.code === 'DUPLICATE_KEY'
        ? { position: at(e.pos[0], e.pos[1]), message: `Duplicate key: ${describeKeyAt(text, e.pos[0])}appears more than once in this mapping; YAML keeps only one of them.`, rule: 'duplicate-key' }
        : { position: at(e.pos[0], e.pos[1]), message: `YAML syntax: ${e.code === 'MULTIPLE_DOCS' ? "the file holds more than one YAML document ('---'); an AphexPipeline config is one document." : firstLine(e.message)}`, rule: 'yaml-syntax' });
    let fatal = problems.some((p) => p.rule === 'yaml-syntax');
    let data;
    if (!fatal) {
        try {
            data = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            fatal = true;
            problems.push({ position: at(0, 0), message: `YAML: ${firstLine(e.message)}`, rule: 'yaml-syntax' });
        }
    }
    return { doc, lineCounter, data, problems, fatal };
}
function firstLine(s) {
    return s.split('\n')[0] ?? s;
}
function describeKeyAt(text, offset) {
    const m = /^(?:"[^"\n]*"|'[^'\n]*'|[^:\n#]+)/.exec(text.slice(offset, offset + 200));
    const key = m ? m[0].trim() : '';
    return key === '' ? '' : `'${key.replace(/^["']|["']$/g, '')}' `;
}
function span(lc, start, end) {
    const a = lc.linePos(start);
    const b = lc.linePos(Math.max(start, end));
    return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
}
/**
 * The position of `path` in the document: the value node, or its key when `atKey`. Falls back to
 * the deepest ancestor that exists (e.g. the mapping that lacks a required key).
 */
function positionOf(src, path, atKey = false) {
    let node = src.doc.contents;
    let keyNode;
    for (const segment of path) {
        const next = child(node, segment);
        if (!next)
            break;
        keyNode = next.key;
        node = next.value;
    }
    const target = (atKey && keyNode ? keyNode : node);
    const range = target && 'range' in target ? target.range : undefined;
    if (!range)
        return span(src.lineCounter, 0, 0);
    return span(src.lineCounter, range[0], range[1]);
}
function child(node, segment) {
    if ((0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((p) => (0,dist/* isPair */.tO)(p) && ((0,dist/* isScalar */.jn)(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
        return pair && pair.value !== null ? { key: pair.key, value: pair.value } : pair ? { key: pair.key, value: pair.key } : undefined;
    }
    if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
        const item = node.items[segment];
        return item === undefined ? undefined : { value: item };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/aphex/validate.ts




/**
 * Validates the text of a config file. `file` is the path as the user gave it; it is copied
 * into every problem so annotations point at the file.
 */
function validateConfigText(text, file) {
    const src = parseSource(text);
    // Anything credential-like in the raw text is handed back for masking, even if it does not parse.
    const raw = findSecrets(text).map((f) => f.value);
    const problems = src.problems.map((p) => ({ file, ...p.position, message: p.message, rule: p.rule }));
    if (src.fatal)
        return { problems: sortProblems(problems), secrets: raw };
    if (src.data === undefined || src.data === null) {
        problems.push({ file, line: 1, col: 1, message: 'The config file is empty: it needs version, build and environments (see docs/config.md).', rule: 'required' });
        return { problems: sortProblems(problems), secrets: raw };
    }
    const rules = semanticIssues(src.data);
    const issues = [...schemaIssues(src.data), ...rules.issues];
    for (const issue of issues)
        problems.push(toProblem(src, file, issue));
    const sorted = sortProblems(dedupe(problems));
    const secrets = [...new Set([...raw, ...rules.secrets])];
    return sorted.length === 0 ? { config: src.data, problems: [], secrets } : { problems: sorted, secrets };
}
function toProblem(src, file, issue) {
    const pos = positionOf(src, issue.path, issue.atKey);
    return { file, ...pos, message: issue.message, rule: issue.rule };
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const id = `${p.line}:${p.col}:${p.rule}:${p.message}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
function sortProblems(problems) {
    return [...problems].sort((a, b) => a.line - b.line || a.col - b.col);
}

// EXTERNAL MODULE: ./src/argo/index.ts + 3 modules
var argo = __webpack_require__(8870);
;// CONCATENATED MODULE: ./src/aphex/model.ts
/** The AphexPipeline config model (aphex-config.yaml), as the schema admits it. */
/** Pipeline steps that run a container image; `all` in `images` applies to each. */
const IMAGE_STEPS = ['validate', 'build', 'deploy-pipeline', 'deploy-stack', 'test'];

;// CONCATENATED MODULE: ./src/argo/options.ts
/**
 * Render options: what the renderer needs besides the config, resolved from action inputs
 * (which win) and config extensions. Pure; throws ActionError when an option is unusable.
 */



/** The published AphexPipeline image every step runs unless overridden (docs/config.md). */
const DEFAULT_IMAGE = 'public.ecr.aws/aphex/aphex-pipeline:1.0';
/** Same rule as the config schema's image definition. */
const IMAGE_REFERENCE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$/;
const PIPELINE = /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/;
function resolveRenderOptions(config, inputs) {
    const pipeline = inputs.pipeline || (0,aphex_names/* defaultPipelineName */.NN)(inputs.repository);
    if (!PIPELINE.test(pipeline)) {
        throw new errors/* ActionError */.lZ(inputs.repository === ''
            ? "No pipeline name: input 'pipeline' is empty and there is no repository name (GITHUB_REPOSITORY) to derive it from."
            : `No pipeline name: input 'pipeline' is empty and the repository name '${inputs.repository}' does not make a DNS label.`, { hint: "Set the input 'pipeline' (lower-case letters, digits and '-', at most 40 characters), for example: pipeline: my-app", title: 'input pipeline' });
    }
    if (inputs.config.includes('{{')) {
        throw new errors/* ActionError */.lZ(`Input 'config' (${inputs.config}) contains '{{', which Argo Workflows would read as a template expression.`, { hint: 'Rename the file.', title: 'input config' });
    }
    const images = resolveImages(config.images ?? {}, inputs.images);
    const serviceAccount = inputs.serviceAccount || config.serviceAccount;
    const artifactBucket = inputs.artifactBucket || config.artifactBucket;
    const repositoryUrl = inputs.repository === '' ? undefined : `${inputs.serverUrl.replace(/\/+$/, '') || 'https://github.com'}/${inputs.repository}.git`;
    return {
        pipeline,
        namespace: inputs.namespace || 'argo',
        configPath: inputs.config,
        images,
        ...(serviceAccount ? { serviceAccount } : {}),
        ...(artifactBucket ? { artifactBucket } : {}),
        ...(repositoryUrl ? { repositoryUrl } : {}),
    };
}
/** Per step: input STEP, input all, config STEP, config all, DEFAULT_IMAGE (first set wins). */
function resolveImages(fromConfig, fromInput) {
    const input = {};
    for (const pair of fromInput) {
        if (!IMAGE_REFERENCE.test(pair.value)) {
            throw new errors/* ActionError */.lZ(`Input 'images': '${pair.value}' (for ${pair.name}) is not a container image reference.`, {
                hint: 'Expected registry/repository[:tag][@sha256:digest], for example: all=public.ecr.aws/acme/aphex-runner:1.4.2',
                title: 'input images',
            });
        }
        input[pair.name] = pair.value;
    }
    const out = {};
    for (const step of IMAGE_STEPS)
        out[step] = input[step] ?? input.all ?? fromConfig[step] ?? fromConfig.all ?? DEFAULT_IMAGE;
    return out;
}

// EXTERNAL MODULE: ./src/report/config-summary.ts
var config_summary = __webpack_require__(4963);
;// CONCATENATED MODULE: ./src/commands/validate.ts
/**
 * `validate`: checks aphex-config.yaml (schema, rules, credentials, Argo limits) and reports every
 * problem at its line. Sets no outputs.
 */







/** Config files larger than this are refused before parsing. */
const MAX_CONFIG_BYTES = 5 * 1024 * 1024;
/** Reads and validates the config; throws one ActionError listing every problem. */
async function loadConfig(ctx) {
    const file = ctx.settings.config;
    const text = await readConfigFile(external_node_path_default().resolve(ctx.workspace, file), file, ctx.workspace);
    const result = validateConfigText(text, file);
    for (const secret of result.secrets)
        maskLines(ctx, secret);
    if (!result.config) {
        const n = result.problems.length;
        throw new errors/* ActionError */.lZ(`${file} has ${n} problem${n === 1 ? '' : 's'} (listed above).`, {
            problems: result.problems,
            hint: 'Fix each one at the line shown; docs/config.md describes every key. Check locally with: npx aphex-pipeline validate',
            title: 'aphex-config',
        });
    }
    return { config: result.config, file };
}
/** Masks each line of a (possibly multi-line) secret: the runner masks line by line. */
function maskLines(ctx, secret) {
    for (const line of secret.split(/\r?\n/))
        if (line.trim().length >= 4)
            ctx.setSecret(line.trim());
}
async function readConfigFile(full, file, workspace) {
    try {
        const info = await (0,promises_.stat)(full);
        if (info.isDirectory())
            throw new errors/* ActionError */.lZ(`Config '${file}' is a folder, not a file.`, { hint: "Set the input 'config' to the path of the YAML file, e.g. config: deploy/aphex-config.yaml", title: 'input config' });
        if (info.size > MAX_CONFIG_BYTES)
            throw new errors/* ActionError */.lZ(`Config '${file}' is ${info.size} bytes; at most ${MAX_CONFIG_BYTES} are read.`, { hint: 'An AphexPipeline config is a few kilobytes: check that the input config names the right file.', title: 'input config' });
        return await (0,promises_.readFile)(full, 'utf8');
    }
    catch (e) {
        if (e instanceof errors/* ActionError */.lZ)
            throw e;
        const code = e.code;
        if (code === 'ENOENT') {
            throw new errors/* ActionError */.lZ(`Config file '${file}' was not found (looked for ${full}).`, {
                hint: `Check out the repository first (actions/checkout), or set the input 'config' to the file's path relative to ${workspace}.`,
                title: 'input config',
            });
        }
        throw new errors/* ActionError */.lZ(`Config file '${file}' could not be read: ${e.message}`, { hint: 'Check the file exists and is readable.', title: 'input config', cause: e });
    }
}
/** The render options for ctx (inputs win over config extensions). */
function renderOptions(ctx, config) {
    const s = ctx.settings;
    return resolveRenderOptions(config, {
        pipeline: s.pipeline,
        namespace: s.namespace,
        config: s.config,
        serviceAccount: s.serviceAccount,
        artifactBucket: s.artifactBucket,
        images: s.images,
        repository: s.run.repository,
        serverUrl: s.run.serverUrl,
    });
}
async function validateCommand(ctx) {
    const { config, file } = await loadConfig(ctx);
    // The config is also checked against what Argo admits once rendered (limits, names).
    const template = (0,argo/* checkPipeline */.tO)(config, renderOptions(ctx, config));
    (0,config_summary/* logConfigValid */.pn)(config, file, template.metadata.name);
    await (0,config_summary/* writeConfigSummary */.Qm)(ctx.env, config, file);
}


/***/ }),

/***/ 4963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qm: () => (/* binding */ writeConfigSummary),
/* harmony export */   pn: () => (/* binding */ logConfigValid),
/* harmony export */   qG: () => (/* binding */ logRendered)
/* harmony export */ });
/* unused harmony exports cell, configSummaryMarkdown */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/** Log lines and the job summary of `validate` and `render`. */

/** The step summary is capped at 1 MiB by GitHub; keep the YAML well below it. */
const MAX_SUMMARY_YAML = 256 * 1024;
function counts(config) {
    const envs = config.environments.length;
    const stacks = config.environments.reduce((n, e) => n + e.stacks.length, 0);
    return `${envs} environment${envs === 1 ? '' : 's'}, ${stacks} stack${stacks === 1 ? '' : 's'}`;
}
function logConfigValid(config, file, templateName) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${file} is valid: ${counts(config)}; it renders as WorkflowTemplate ${templateName} within Argo's limits.`);
}
function logRendered(name, digest, path) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Rendered WorkflowTemplate ${name} (${digest}) to ${path}.`);
}
/** Escapes text for a Markdown table cell (HTML and pipes, one line). */
function cell(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '&#124;')
        .replace(/`/g, '&#96;')
        .replace(/\r?\n/g, ' ');
}
/** Text for a Markdown code span: no HTML escaping there, but no backticks or line breaks either. */
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}
function after(envs, i) {
    const env = envs[i];
    const deps = env.dependsOn ?? (i === 0 ? [] : [envs[i - 1].name]);
    return deps.length === 0 ? 'pipeline deployment' : deps.map(cell).join(', ');
}
/** Markdown: a table of environments and stacks, and the rendered YAML collapsed. */
function configSummaryMarkdown(config, file, rendered) {
    const lines = [`### AphexPipeline config ${code(file)}`, '', `${counts(config)}; build: ${config.build.commands.length} command${config.build.commands.length === 1 ? '' : 's'}.`, ''];
    lines.push('| # | Environment | Region | Account | Stacks (in order) | Tests | Approval | After |', '|---|---|---|---|---|---|---|---|');
    config.environments.forEach((env, i) => {
        const stacks = env.stacks.map((s) => `${cell(s.name)} (${cell(s.path)})`).join(' → ');
        const tests = env.tests ? `${env.tests.commands.length}` : '—';
        lines.push(`| ${i + 1} | ${cell(env.name)} | ${cell(env.region)} | ${cell(env.account)} | ${stacks} | ${tests} | ${env.approval ? 'manual' : '—'} | ${after(config.environments, i)} |`);
    });
    if (rendered) {
        lines.push('', `WorkflowTemplate **${cell(rendered.name)}** ${code(rendered.digest)}, written to ${code(rendered.path)}.`, '');
        if (rendered.yaml.length > MAX_SUMMARY_YAML) {
            lines.push(`The YAML (${rendered.yaml.length} characters) is too large for the summary; see the file.`);
        }
        else {
            lines.push('<details><summary>Rendered WorkflowTemplate YAML</summary>', '', '<pre lang="yaml"><code>' + preText(rendered.yaml) + '</code></pre>', '', '</details>');
        }
    }
    return lines.join('\n') + '\n';
}
/** HTML-escapes multi-line text for a <pre> block. */
function preText(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Appends the summary to the job summary, when the runner provides one. */
async function writeConfigSummary(env, config, file, rendered) {
    if (!env.GITHUB_STEP_SUMMARY)
        return;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(configSummaryMarkdown(config, file, rendered)).write();
}


/***/ })

};

export const id = 673;
export const ids = [673];
export const modules = {

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
// EXTERNAL MODULE: ./src/aphex/limits.ts
var aphex_limits = __webpack_require__(560);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aphex/graph.ts
var graph = __webpack_require__(2458);
// EXTERNAL MODULE: ./src/util/guards.ts
var guards = __webpack_require__(6936);
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
    else if ((0,guards/* isObj */.s)(value))
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




const arr = (v) => (Array.isArray(v) ? v : []);
const objs = (v) => arr(v).filter(guards/* isObj */.s);
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
    if (!(0,guards/* isObj */.s)(wt) || !(0,guards/* isObj */.s)(wt.metadata) || !(0,guards/* isObj */.s)(wt.spec))
        return [{ path: '', message: 'is not a WorkflowTemplate (metadata and spec are required)' }];
    lintMetadata(wt.metadata, add);
    const spec = wt.spec;
    const templates = objs(spec.templates);
    if (templates.length === 0)
        add('spec.templates', 'must list at least one template');
    if (templates.length > aphex_limits/* MAX_TEMPLATES */.$h.value)
        add('spec.templates', `has ${templates.length} templates`, aphex_limits/* MAX_TEMPLATES */.$h);
    const byName = new Map();
    templates.forEach((t, i) => {
        const name = String(t.name ?? '');
        const at = `spec.templates[${i}]`;
        if (!TEMPLATE_NAME.test(name) || name.length > aphex_limits/* MAX_OBJECT_NAME */.Xp.value)
            add(`${at}.name`, `'${name}' is not a lower-case name of at most 63 characters (a-z, 0-9, '-')`);
        if (byName.has(name))
            add(`${at}.name`, `'${name}' is not unique`);
        byName.set(name, t);
    });
    if (!byName.has(String(spec.entrypoint ?? '')))
        add('spec.entrypoint', `'${String(spec.entrypoint)}' is not a template`);
    const workflowParameters = new Set(objs((0,guards/* isObj */.s)(spec.arguments) ? spec.arguments.parameters : []).map((p) => String(p.name)));
    const globalScope = { workflowParameters, inputs: new Set(), nodes: new Map() };
    for (const [path, s] of strings({ ...spec, templates: undefined }, 'spec'))
        for (const why of checkTags(s, globalScope))
            add(path, why);
    templates.forEach((t, i) => lintTemplate(t, `spec.templates[${i}]`, byName, workflowParameters, add));
    const bytes = (0,aphex_limits/* byteLength */.dp)(JSON.stringify(wt));
    if (bytes > aphex_limits/* MAX_OBJECT_BYTES */.lu.value)
        add('', `is ${bytes} bytes as JSON`, aphex_limits/* MAX_OBJECT_BYTES */.lu);
    return problems;
}
function lintMetadata(meta, add) {
    const name = String(meta.name ?? '');
    if (!DNS_SUBDOMAIN.test(name))
        add('metadata.name', `'${name}' is not a Kubernetes name (lower-case letters, digits, '-' and '.')`);
    if (name.length > aphex_limits/* MAX_OBJECT_NAME */.Xp.value)
        add('metadata.name', `'${name}' is ${name.length} characters long`, aphex_limits/* MAX_OBJECT_NAME */.Xp);
    const ns = String(meta.namespace ?? '');
    if (!DNS_LABEL.test(ns) || ns.length > 63)
        add('metadata.namespace', `'${ns}' is not a namespace name`);
    for (const [k, v] of Object.entries((0,guards/* isObj */.s)(meta.labels) ? meta.labels : {})) {
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
    const inputs = paramNames((0,guards/* isObj */.s)(t.inputs) ? t.inputs.parameters : [], `${at}.inputs.parameters`, add, aphex_limits/* MAX_INPUT_PARAMETERS */.Ts);
    const base = { workflowParameters, inputs, nodes: new Map() };
    let nodes = { scopes: new Map(), all: new Map() };
    if (type === 'dag')
        nodes = lintDag(t, at, byName, base, add);
    if (type === 'steps')
        nodes = lintSteps(t, at, byName, base, add);
    const kind = type === 'dag' ? 'tasks' : type === 'steps' ? 'steps' : undefined;
    // Each task or step is checked in its own scope; the rest of the template in the base scope.
    const nodeValues = type === 'dag' ? objs((0,guards/* isObj */.s)(t.dag) ? t.dag.tasks : []).map((n, i) => [`${at}.dag.tasks[${i}]`, n]) : type === 'steps' ? arr(t.steps).flatMap((g, i) => objs(g).map((n, j) => [`${at}.steps[${i}][${j}]`, n])) : [];
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
        const bytes = (0,aphex_limits/* byteLength */.dp)(JSON.stringify(t));
        if (bytes > aphex_limits/* MAX_STEP_ARGUMENT_BYTES */.Ii.value)
            add(at, `is ${bytes} bytes`, aphex_limits/* MAX_STEP_ARGUMENT_BYTES */.Ii);
    }
}
function lintOutputs(t, at, type, scope, add) {
    const list = objs((0,guards/* isObj */.s)(t.outputs) ? t.outputs.parameters : []);
    paramNames(list, `${at}.outputs.parameters`, add);
    list.forEach((p, i) => {
        const here = `${at}.outputs.parameters[${i}]`;
        const vf = (0,guards/* isObj */.s)(p.valueFrom) ? p.valueFrom : undefined;
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
    return new Set(objs(t && (0,guards/* isObj */.s)(t.outputs) ? t.outputs.parameters : []).map((p) => String(p.name)));
}
/** Checks a task or step's call: the template exists and gets exactly the inputs it needs. */
function lintCall(node, at, byName, add) {
    const target = byName.get(String(node.template ?? ''));
    if (!target) {
        add(`${at}.template`, `'${String(node.template)}' is not a template of this WorkflowTemplate`);
        return;
    }
    const declared = objs((0,guards/* isObj */.s)(target.inputs) ? target.inputs.parameters : []);
    const given = paramNames((0,guards/* isObj */.s)(node.arguments) ? node.arguments.parameters : [], `${at}.arguments.parameters`, add);
    for (const name of given)
        if (!declared.some((d) => d.name === name))
            add(`${at}.arguments`, `passes '${name}', which template '${String(target.name)}' does not declare`);
    for (const d of declared)
        if (d.value === undefined && d.default === undefined && !given.has(String(d.name)))
            add(`${at}.arguments`, `does not pass '${String(d.name)}', which template '${String(target.name)}' requires`);
    const bytes = (0,aphex_limits/* byteLength */.dp)(JSON.stringify(node.arguments ?? {}));
    if (bytes > aphex_limits/* MAX_STEP_ARGUMENT_BYTES */.Ii.value)
        add(`${at}.arguments`, `are ${bytes} bytes`, aphex_limits/* MAX_STEP_ARGUMENT_BYTES */.Ii);
}
function nodeName(n, at, seen, add) {
    const name = String(n.name ?? '');
    if (!FIELD_NAME.test(name))
        add(`${at}.name`, `'${name}' is not a task or step name (letters, digits, '-')`);
    if (name.length > aphex_limits/* MAX_FIELD_NAME */.U7.value)
        add(`${at}.name`, `'${name}' is ${name.length} characters long`, aphex_limits/* MAX_FIELD_NAME */.U7);
    if (seen.has(name))
        add(`${at}.name`, `'${name}' is not unique`);
    seen.add(name);
    return name;
}
function lintDag(t, at, byName, base, add) {
    const tasks = objs((0,guards/* isObj */.s)(t.dag) ? t.dag.tasks : []);
    if (tasks.length === 0)
        add(`${at}.dag.tasks`, 'must list at least one task');
    if (tasks.length > aphex_limits/* MAX_DAG_TASKS */.bk.value)
        add(`${at}.dag.tasks`, `has ${tasks.length} tasks`, aphex_limits/* MAX_DAG_TASKS */.bk);
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
    const cycle = (0,graph/* findCycle */.u)(deps);
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

// EXTERNAL MODULE: ./src/argo/render.ts + 1 modules
var render = __webpack_require__(3643);
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
        const size = limits.some((p) => p.limit === aphex_limits/* MAX_OBJECT_BYTES */.lu);
        return new errors/* ActionError */.lZ(`The config needs a WorkflowTemplate beyond ${limits[0]?.limit?.what}:\n${lines.join('\n')}`, {
            hint: 'Make the config smaller: fewer environments, or long commands moved into scripts in the repository.' +
                (size ? ' Each environment also receives the stack outputs of every environment before it (--upstream-outputs), so one long chain of dependent environments grows the template fastest: let independent environments depend on a common one (dependsOn) instead of on each other.' : ''),
            title: 'Argo limit',
        });
    }
    return new errors/* ActionError */.lZ(`The rendered WorkflowTemplate would not pass Argo's checks:\n${lines.join('\n')}`, {
        hint: 'This is a defect in aphex-pipeline-action, not in your config: please report it with the config that caused it.',
        title: 'render',
    });
}


/***/ }),

/***/ 9673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jl: () => (/* binding */ loadConfigInput),
  eA: () => (/* binding */ renderOptionsOf),
  Xm: () => (/* binding */ renderTemplate)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/aphex/load.ts + 4 modules
var load = __webpack_require__(253);
// EXTERNAL MODULE: ./src/argo/index.ts + 3 modules
var argo = __webpack_require__(8870);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/aphex/model.ts
/** The AphexPipeline config model (aphex-config.yaml), as the schema admits it. */
/** Pipeline steps that run a container image; `all` in `images` applies to each. */
const IMAGE_STEPS = ['validate', 'build', 'deploy-pipeline', 'deploy-stack', 'test'];

// EXTERNAL MODULE: ./src/aphex/names.ts
var names = __webpack_require__(1778);
;// CONCATENATED MODULE: ./src/argo/options.ts
/**
 * Render options: what the renderer needs besides the config, resolved from action inputs
 * (which win) and config extensions. Pure; throws ActionError when an option is unusable.
 */



/**
 * The AphexPipeline image every step runs unless overridden (docs/config.md, docs/images.md).
 * Set by the release process only (.github/workflows/image.yml, scripts/pin-image.mjs) to the
 * published image by digest. Until the first image is published it names where that image
 * will be, with the tag `unreleased` and no digest: nothing is published there yet.
 */
const DEFAULT_IMAGE = 'ghcr.io/your-org/aphex-pipeline:unreleased';
/** Same rule as the config schema's image definition. */
const IMAGE_REFERENCE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(@sha256:[a-f0-9]{64})?$/;
const PIPELINE = /^[a-z0-9]([-a-z0-9]{0,38}[a-z0-9])?$/;
function resolveRenderOptions(config, inputs) {
    const pipeline = inputs.pipeline || (0,names/* defaultPipelineName */.NN)(inputs.repository);
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

// EXTERNAL MODULE: ./src/inputs/files.ts
var files = __webpack_require__(3622);
// EXTERNAL MODULE: ./src/report/config-summary.ts
var config_summary = __webpack_require__(4963);
;// CONCATENATED MODULE: ./src/pipeline-template.ts
/**
 * The path from aphex-config.yaml to the WorkflowTemplate file, shared by the validate, render
 * and apply commands: load the config named by input `config`, resolve the render options from
 * the inputs, render, write it to `template-path` and publish the template outputs.
 */







/** The config named by input `config` (relative to the workspace), validated; credentials masked. */
function loadConfigInput(ctx) {
    const given = ctx.settings.config;
    const file = { input: 'config', given, full: external_node_path_default().resolve(ctx.workspace, given) };
    return (0,load/* loadConfig */.Z)({
        file: given,
        read: () => (0,files/* readNamedFile */.wh)(file, files/* MAX_CONFIG_BYTES */.GW, `Check out the repository first (actions/checkout), or set the input 'config' to the file's path relative to ${ctx.workspace}.`, 'config: deploy/aphex-config.yaml'),
        onSecret: (value) => ctx.setSecret(value),
        localCheck: (0,load/* localCheckCommand */.n)(given, ctx.env),
    });
}
/** The render options for ctx (inputs win over config extensions). */
function renderOptionsOf(ctx, config) {
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
/** validate + render + write template-path; sets template-name/-path/-digest outputs. */
async function renderTemplate(ctx) {
    const { config, file } = await loadConfigInput(ctx);
    const options = renderOptionsOf(ctx, config);
    const result = (0,argo/* renderPipeline */.ju)(config, options);
    const target = templateTarget(ctx, options.pipeline);
    await (0,files/* writeNamedFile */.Bl)({ input: 'template-path', given: ctx.settings.templatePath || target, full: target }, result.yaml, 'template-path: build/workflow-template.yaml');
    ctx.setOutput('template-name', result.name);
    ctx.setOutput('template-path', target);
    ctx.setOutput('template-digest', result.digest);
    (0,config_summary/* logRendered */.qG)(result.name, result.digest, target);
    await (0,config_summary/* writeConfigSummary */.Qm)(ctx.env, config, file, { name: result.name, digest: result.digest, yaml: result.yaml, path: target });
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
function templateTarget(ctx, pipeline) {
    const given = ctx.settings.templatePath;
    if (given !== '')
        return external_node_path_default().resolve(ctx.workspace, given);
    return external_node_path_default().join(ctx.env.RUNNER_TEMP || external_node_os_default().tmpdir(), `${pipeline}-workflow-template.yaml`);
}


/***/ }),

/***/ 4963:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qm: () => (/* binding */ writeConfigSummary),
/* harmony export */   pn: () => (/* binding */ logConfigValid),
/* harmony export */   qG: () => (/* binding */ logRendered)
/* harmony export */ });
/* unused harmony exports configSummary, configSummaryMarkdown */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7994);
/** Log lines and the job summary of `validate` and `render`. */



/** The step summary is capped at 1 MiB by GitHub; keep the YAML well below it. */
const MAX_SUMMARY_YAML = 256 * 1024;
function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function counts(config) {
    return `${plural(config.environments.length, 'environment')}, ${plural(config.environments.reduce((n, e) => n + e.stacks.length, 0), 'stack')}`;
}
function logConfigValid(config, file, templateName) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${file} is valid: ${counts(config)}; it renders as WorkflowTemplate ${templateName} within Argo's limits.`);
}
function logRendered(name, digest, path) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Rendered WorkflowTemplate ${name} (${digest}) to ${path}.`);
}
function after(envs, i) {
    const env = envs[i];
    const deps = env.dependsOn ?? (i === 0 ? [] : [envs[i - 1].name]);
    return deps.length === 0 ? 'pipeline deployment' : deps.join(', ');
}
/** The summary: a table of environments and stacks, and the rendered YAML collapsed. */
function configSummary(config, file, rendered) {
    const doc = new _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .SummaryDoc */ .VH().heading((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `AphexPipeline config ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(file)}`).paragraph(`${counts(config)}; build: ${plural(config.build.commands.length, 'command')}.`);
    const rows = config.environments.map((env, i) => [
        String(i + 1),
        env.name,
        env.region,
        env.account,
        env.stacks.map((s) => `${s.name} (${s.path})`).join(' → '),
        env.tests ? String(env.tests.commands.length) : '—',
        env.approval ? 'manual' : '—',
        after(config.environments, i),
    ]);
    doc.table(['#', 'Environment', 'Region', 'Account', 'Stacks (in order)', 'Tests', 'Approval', 'After'], rows);
    if (!rendered)
        return doc;
    doc.paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `WorkflowTemplate ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .strong */ .ko)(rendered.name)} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(rendered.digest)}, written to ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(rendered.path)}.`);
    if (rendered.yaml.length > MAX_SUMMARY_YAML)
        return doc.paragraph(`The YAML (${rendered.yaml.length} characters) is too large for the summary; see the file.`);
    return doc.details('Rendered WorkflowTemplate YAML', new _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .SummaryDoc */ .VH().codeBlock(rendered.yaml, 'yaml'));
}
/** The summary as Markdown text. */
function configSummaryMarkdown(config, file, rendered) {
    return configSummary(config, file, rendered).toString();
}
/** Appends the summary to the job summary (see writeSummary: a summary that cannot be written is only warned about). */
async function writeConfigSummary(env, config, file, rendered) {
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .S)(env, configSummary(config, file, rendered));
}


/***/ }),

/***/ 6936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ isObj)
/* harmony export */ });
/** Type guards shared by the pure modules. */
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ })

};

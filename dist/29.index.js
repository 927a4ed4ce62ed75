export const id = 29;
export const ids = [29];
export const modules = {

/***/ 3643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Hv: () => (/* binding */ ownershipLabels),
  oO: () => (/* binding */ renderWorkflowTemplate),
  G: () => (/* binding */ templateName)
});

// UNUSED EXPORTS: AFTER_PIPELINE_DEPLOYMENT, DEFAULTS, MANAGED_BY, environmentTask, roleArn, upstreamOutputs

// EXTERNAL MODULE: ./src/aphex/names.ts
var names = __webpack_require__(1778);
// EXTERNAL MODULE: ./src/aphex/regions.ts
var regions = __webpack_require__(2119);
// EXTERNAL MODULE: ./src/argo/templates.ts
var templates = __webpack_require__(3562);
;// CONCATENATED MODULE: ./src/argo/topology.ts
/** Explicit dependsOn, else the previous environment, else none (the first follows the pipeline deployment). */
function directDependencies(envs, i) {
    const env = envs[i];
    return env.dependsOn ?? (i === 0 ? [] : [envs[i - 1].name]);
}
function topology(envs) {
    const direct = new Map(envs.map((e, i) => [e.name, directDependencies(envs, i)]));
    const order = new Map(envs.map((e, i) => [e.name, i]));
    const upstream = new Map();
    for (const env of envs) {
        const seen = new Set();
        const todo = [...(direct.get(env.name) ?? [])];
        // Bounded: each name is expanded once.
        while (todo.length > 0) {
            const name = todo.pop();
            if (seen.has(name) || !order.has(name))
                continue;
            seen.add(name);
            todo.push(...(direct.get(name) ?? []));
        }
        upstream.set(env.name, [...seen].sort((a, b) => order.get(a) - order.get(b)));
    }
    const depended = new Set([...direct.values()].flat());
    return { direct, upstream, leaves: envs.map((e) => e.name).filter((n) => !depended.has(n)) };
}

;// CONCATENATED MODULE: ./src/argo/render.ts




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
    return `env-${(0,names/* environmentId */.Xo)(name)}`;
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
            entrypoint: templates/* TEMPLATE */.nE.main,
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
                (0,templates/* validateTemplate */.dC)(o),
                (0,templates/* buildTemplate */.Z)(o, [...config.build.commands]),
                (0,templates/* deployPipelineTemplate */.i9)(o, name),
                (0,templates/* environmentTemplate */.YB)(),
                (0,templates/* approvalTemplate */.eo)(),
                (0,templates/* deployStacksTemplate */.vh)(o),
                (0,templates/* testTemplate */.FZ)(o),
                (0,templates/* finishTemplate */.QJ)(),
            ],
        },
    };
}
/**
 * The environments run after the pipeline deployment whether it succeeded or failed (the design's
 * "Pipeline Deployment Failures": carry on with the current topology); only a build that never
 * got as far omits them.
 */
const AFTER_PIPELINE_DEPLOYMENT = 'deploy-pipeline.Succeeded || deploy-pipeline.Failed || deploy-pipeline.Errored';
function mainDag(config) {
    const topo = topology(config.environments);
    const tasks = [
        { name: 'validate', template: templates/* TEMPLATE */.nE.validate },
        { name: 'build', template: templates/* TEMPLATE */.nE.build, depends: 'validate' },
        { name: 'deploy-pipeline', template: templates/* TEMPLATE */.nE.deployPipeline, depends: 'build' },
    ];
    for (const env of config.environments) {
        const deps = topo.direct.get(env.name) ?? [];
        tasks.push({
            name: environmentTask(env.name),
            template: templates/* TEMPLATE */.nE.environment,
            depends: deps.length === 0 ? AFTER_PIPELINE_DEPLOYMENT : deps.map(environmentTask).join(' && '),
            arguments: { parameters: environmentArguments(env, topo) },
        });
    }
    // Last: succeeds only when the pipeline deployment did and every environment finished.
    tasks.push({ name: templates/* TEMPLATE */.nE.finish, template: templates/* TEMPLATE */.nE.finish, depends: `deploy-pipeline.Succeeded && (${topo.leaves.map(environmentTask).join(' && ')})` });
    return { name: templates/* TEMPLATE */.nE.main, dag: { tasks } };
}
/**
 * `--upstream-outputs` of an environment: a JSON object literal with one member per environment
 * before it, `"<name>": <that environment's stack-outputs JSON>`, filled in by Argo when the task
 * starts. `{}` when there is none.
 */
function upstreamOutputs(upstream) {
    if (upstream.length === 0)
        return '{}';
    return `{${upstream.map((name) => `${JSON.stringify(name)}: {{tasks.${environmentTask(name)}.outputs.parameters.${templates/* STACK_OUTPUTS_PARAMETER */.ST}}}`).join(', ')}}`;
}
function roleArn(env) {
    return env.roleName ? `arn:${(0,regions/* partitionOf */.i)(env.region)}:iam::${env.account}:role/${env.roleName}` : '';
}
function environmentArguments(env, topo) {
    const tests = env.tests?.commands ?? [];
    const values = {
        environment: env.name,
        'environment-id': (0,names/* environmentId */.Xo)(env.name),
        region: env.region,
        account: env.account,
        'role-arn': roleArn(env),
        stacks: JSON.stringify(env.stacks.map((s) => ({ name: s.name, path: s.path }))),
        tests: JSON.stringify(tests),
        'has-tests': String(tests.length > 0),
        approval: String(env.approval === true),
        'upstream-outputs': upstreamOutputs(topo.upstream.get(env.name) ?? []),
    };
    return Object.keys(values).map((name) => ({ name, value: values[name] }));
}


/***/ }),

/***/ 3562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FZ: () => (/* binding */ testTemplate),
/* harmony export */   QJ: () => (/* binding */ finishTemplate),
/* harmony export */   ST: () => (/* binding */ STACK_OUTPUTS_PARAMETER),
/* harmony export */   YB: () => (/* binding */ environmentTemplate),
/* harmony export */   Z: () => (/* binding */ buildTemplate),
/* harmony export */   dC: () => (/* binding */ validateTemplate),
/* harmony export */   eo: () => (/* binding */ approvalTemplate),
/* harmony export */   h1: () => (/* binding */ GLOBAL_OUTPUT_PREFIX),
/* harmony export */   i9: () => (/* binding */ deployPipelineTemplate),
/* harmony export */   nE: () => (/* binding */ TEMPLATE),
/* harmony export */   vh: () => (/* binding */ deployStacksTemplate)
/* harmony export */ });
/* unused harmony exports STACK_OUTPUTS_FILE, UPSTREAM_OUTPUTS_PARAMETER, ENVIRONMENT_INPUTS */
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
    finish: 'finish',
};
/** Input of the environment, deploy-stacks and test templates: the stack outputs of every environment before this one. */
const UPSTREAM_OUTPUTS_PARAMETER = 'upstream-outputs';
/** Inputs of the environment template, in order. */
const ENVIRONMENT_INPUTS = ['environment', 'environment-id', 'region', 'account', 'role-arn', 'stacks', 'tests', 'has-tests', 'approval', UPSTREAM_OUTPUTS_PARAMETER];
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
const UPSTREAM_ARGS = ['--upstream-outputs', param(UPSTREAM_OUTPUTS_PARAMETER)];
function deployStacksTemplate(o) {
    const args = [...commonArgs(o), ...TARGET_ARGS, '--stacks', param('stacks'), '--outputs-file', STACK_OUTPUTS_FILE, ...UPSTREAM_ARGS];
    return container(TEMPLATE.deployStacks, o.images['deploy-stack'], 'aphex-deploy-stack', args, {
        inputs: inputs(['environment', 'environment-id', 'region', 'account', 'role-arn', 'stacks', UPSTREAM_OUTPUTS_PARAMETER]),
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
    const args = [...commonArgs(o), ...TARGET_ARGS, '--commands', param('commands'), '--stack-outputs', param(STACK_OUTPUTS_PARAMETER), ...UPSTREAM_ARGS];
    return container(TEMPLATE.test, o.images.test, 'aphex-test', args, {
        inputs: inputs(['environment', 'region', 'account', 'role-arn', 'commands', STACK_OUTPUTS_PARAMETER, UPSTREAM_OUTPUTS_PARAMETER]),
    });
}
/** Suspends until `approve` (or `argo resume`) marks the node Succeeded, or a rejection marks it Failed. */
function approvalTemplate() {
    return { name: TEMPLATE.approval, inputs: inputs(['environment']), suspend: {} };
}
/**
 * The main DAG's last task: a suspend that resumes at once, so it needs no pod. It runs only when
 * the pipeline deployment succeeded. When that step failed, the environments still run on the
 * current WorkflowTemplate, and this task is omitted: an omitted leaf takes its failed parent's
 * phase, so the Workflow ends Failed (in Argo a DAG's phase follows its leaf tasks).
 */
function finishTemplate() {
    return { name: TEMPLATE.finish, suspend: { duration: '0' } };
}
/** The deploy step's stack outputs, inside the environment template. */
const DEPLOYED_OUTPUTS = `{{steps.deploy.outputs.parameters.${STACK_OUTPUTS_PARAMETER}}}`;
const pass = (names) => ({ parameters: names.map((name) => ({ name, value: param(name) })) });
/** Approval (when asked for), then the stacks in order, then the tests (when there are any). */
function environmentTemplate() {
    return {
        name: TEMPLATE.environment,
        inputs: inputs(ENVIRONMENT_INPUTS),
        steps: [
            [{ name: 'approve', template: TEMPLATE.approval, when: `${param('approval')} == true`, arguments: pass(['environment']) }],
            [{ name: 'deploy', template: TEMPLATE.deployStacks, arguments: pass(['environment', 'environment-id', 'region', 'account', 'role-arn', 'stacks', UPSTREAM_OUTPUTS_PARAMETER]) }],
            [
                {
                    name: 'test',
                    template: TEMPLATE.test,
                    when: `${param('has-tests')} == true`,
                    arguments: {
                        parameters: [
                            ...pass(['environment', 'region', 'account', 'role-arn']).parameters,
                            { name: 'commands', value: param('tests') },
                            { name: STACK_OUTPUTS_PARAMETER, value: DEPLOYED_OUTPUTS },
                            ...pass([UPSTREAM_OUTPUTS_PARAMETER]).parameters,
                        ],
                    },
                },
            ],
        ],
        outputs: {
            parameters: [{ name: STACK_OUTPUTS_PARAMETER, valueFrom: { parameter: DEPLOYED_OUTPUTS } }],
        },
    };
}


/***/ }),

/***/ 4506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XF: () => (/* binding */ applyTemplate),
  gD: () => (/* binding */ ensureArgoInstalled),
  m6: () => (/* binding */ missingOwnership),
  Hv: () => (/* binding */ ownershipLabels),
  Y7: () => (/* binding */ templatePath)
});

// EXTERNAL MODULE: ./src/argo/render.ts + 1 modules
var render = __webpack_require__(3643);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/guards.ts
var guards = __webpack_require__(6936);
;// CONCATENATED MODULE: ./src/kube/diff.ts
/**
 * A readable unified diff between the live object and the applied one. Pure.
 * Only what a user changes is compared: labels, annotations and spec (never
 * resourceVersion, managedFields, uid, timestamps or status).
 */


const MANAGED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);
function asObj(v) {
    return (0,guards/* isObj */.s)(v) ? v : {};
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

// EXTERNAL MODULE: ./src/kube/rbac.ts
var rbac = __webpack_require__(9301);
// EXTERNAL MODULE: ./src/kube/transport-errors.ts
var transport_errors = __webpack_require__(2758);
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
function jsonKind(body) {
    try {
        const v = JSON.parse(body);
        return v !== null && typeof v === 'object' ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** GET a discovery path; its answer must be `kind` (else the endpoint is no Kubernetes API server). */
async function discover(client, path, kind, signal) {
    const op = { verb: 'discover', resource: path === '/apis' ? 'API groups' : rbac/* ARGO_API */.nC };
    const res = await client.call({ op, method: 'GET', path, accept: [404], signal });
    if (res.status === 404)
        return { status: 404 };
    const value = jsonKind(res.body);
    if (value?.kind !== kind)
        throw (0,transport_errors/* notKubernetesError */.sR)(client.url(path), res, op, client.target);
    return { status: res.status, value };
}
async function ensureArgoInstalled(client, resources, signal) {
    const argo = await discover(client, `/apis/${rbac/* ARGO_API */.nC}`, 'APIResourceList', signal);
    // A 404 says "no such API group" only if the endpoint is a Kubernetes API server at all.
    if (argo.status === 404 && (await discover(client, '/apis', 'APIGroupList', signal)).status === 404) {
        throw (0,transport_errors/* notKubernetesError */.sR)(client.url('/apis'), { status: 404, body: '', headers: {} }, { verb: 'discover', resource: 'API groups' }, client.target);
    }
    const names = (argo.value?.resources ?? []).map((r) => r.name ?? '');
    const kinds = { workflowtemplates: 'WorkflowTemplate', workflows: 'Workflow' };
    const missing = resources.filter((r) => !names.includes(r));
    if (missing.length > 0) {
        const kind = kinds[missing[0]] ?? missing[0];
        throw new errors/* ActionError */.lZ(`Argo Workflows is not installed (CRD ${rbac/* ARGO_API */.nC} ${kind} not found) in the cluster at ${client.access.server} (${client.access.source}).`, {
            hint: 'Install Argo Workflows in the cluster (https://argo-workflows.readthedocs.io/en/latest/installation/), or point cluster-name / kubeconfig at the cluster where it runs.',
            title: 'argo not installed',
        });
    }
}
function templatePath(namespace, name) {
    return `/apis/${rbac/* ARGO_API */.nC}/namespaces/${namespace}/workflowtemplates/${name}`;
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
    const query = { fieldManager: rbac/* FIELD_MANAGER */.vy, force: 'false' };
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


/***/ }),

/***/ 1919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ connect)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/aws/proxy.ts
var proxy = __webpack_require__(1373);
;// CONCATENATED MODULE: ./src/kube/agent.ts
/**
 * The HTTP(S) agent for one API server: TLS trust (CA, insecure-skip-tls-verify, the name to
 * verify), the client certificate, and the proxy (the kubeconfig's proxy-url, else the runner's
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY) through Node's built-in proxy support.
 */




/** Checks a kubeconfig proxy-url: http(s) only, with a host. */
function checkProxyUrl(proxyUrl, where) {
    let u;
    try {
        u = new URL(proxyUrl);
    }
    catch {
        throw new errors/* ActionError */.lZ(`${where}: proxy-url "${proxyUrl}" is not a URL.`, { hint: 'Use http://host:port or https://host:port.', title: 'kubeconfig' });
    }
    if (u.protocol.startsWith('socks')) {
        throw new errors/* ActionError */.lZ(`${where}: proxy-url ${u.protocol}//${u.host} is a SOCKS proxy; SOCKS is not supported, only http:// and https:// proxies.`, {
            hint: 'Use an HTTP CONNECT proxy (http://host:port), or run the job where the API server is reachable directly.',
            title: 'kubeconfig',
        });
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
        throw new errors/* ActionError */.lZ(`${where}: proxy-url "${proxyUrl}" has the scheme ${u.protocol}; only http:// and https:// proxies are supported.`, { hint: 'Use http://host:port or https://host:port.', title: 'kubeconfig' });
    }
}
/** Node's proxyEnv for this connection: proxy-url for every request, else the runner's proxy variables. */
function proxyEnvFor(tls, env) {
    if (tls.proxyUrl)
        return { HTTPS_PROXY: tls.proxyUrl, HTTP_PROXY: tls.proxyUrl };
    return (0,proxy/* proxyEnvOf */.d)(env);
}
/** Builds agents for a server, one per client certificate (an exec plugin may hand out new ones). */
class AgentFactory {
    server;
    tls;
    env;
    cached;
    constructor(server, tls, env) {
        this.server = new URL(server);
        this.tls = tls;
        this.env = env;
    }
    agent(cert) {
        const key = cert ? `${cert.cert.toString('base64')}|${cert.key.toString('base64')}` : '';
        if (this.cached?.key === key)
            return this.cached.agent;
        this.cached?.agent.destroy();
        const proxyEnv = proxyEnvFor(this.tls, this.env);
        let agent;
        if (this.server.protocol === 'http:') {
            agent = new (external_node_http_default()).Agent({ keepAlive: true, proxyEnv });
        }
        else {
            agent = new (external_node_https_default()).Agent({
                keepAlive: true,
                proxyEnv,
                rejectUnauthorized: !this.tls.insecureSkipTlsVerify,
                ...(this.tls.ca ? { ca: this.tls.ca } : {}),
                ...(this.tls.tlsServerName ? { servername: this.tls.tlsServerName } : {}),
                ...(cert ? { cert: cert.cert, key: cert.key } : {}),
            });
        }
        this.cached = { key, agent };
        return agent;
    }
}

// EXTERNAL MODULE: ./src/util/regular-file.ts
var regular_file = __webpack_require__(1215);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/kube/exec-plugin.ts
/**
 * Kubeconfig `exec` credential plugins (client.authentication.k8s.io/v1 and v1beta1), as
 * kubectl runs them: never interactively, KUBERNETES_EXEC_INFO describing the request, the
 * result (a token or a client certificate) cached until its expirationTimestamp and fetched
 * again after a 401. Every token is masked before anything could print it.
 */



const EXEC_API_VERSIONS = ['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1'];
/** A plugin that has not answered within this long is stopped. */
const EXEC_TIMEOUT_MS = 60_000;
const MAX_STDOUT = 1 << 20;
/** Checks what can be checked before running: the API version and interactiveMode. */
function checkExecConfig(exec, owner) {
    const name = external_node_path_default().basename(exec.command);
    if (exec.apiVersion === 'client.authentication.k8s.io/v1alpha1') {
        throw new errors/* ActionError */.lZ(`The exec plugin "${name}" of ${owner} uses apiVersion client.authentication.k8s.io/v1alpha1, which kubectl no longer supports.`, {
            hint: 'Set exec.apiVersion to client.authentication.k8s.io/v1 (or v1beta1); current plugin releases (aws eks get-token, kubelogin, gke-gcloud-auth-plugin) speak it.',
            title: 'kubeconfig',
        });
    }
    if (!EXEC_API_VERSIONS.includes(exec.apiVersion)) {
        throw new errors/* ActionError */.lZ(`The exec plugin "${name}" of ${owner} has apiVersion "${exec.apiVersion || '(none)'}"; supported are ${EXEC_API_VERSIONS.join(' and ')}.`, {
            hint: 'Set exec.apiVersion to client.authentication.k8s.io/v1.',
            title: 'kubeconfig',
        });
    }
    if (exec.interactiveMode === 'Always') {
        throw new errors/* ActionError */.lZ(`The exec plugin "${name}" of ${owner} needs a terminal (interactiveMode: Always), and a CI job has none.`, {
            hint: 'Configure the plugin to run without prompts (for example a service principal or a workload identity) and set interactiveMode: Never.',
            title: 'kubeconfig',
        });
    }
    if (!['', 'Never', 'IfAvailable'].includes(exec.interactiveMode)) {
        throw new errors/* ActionError */.lZ(`The exec plugin "${name}" of ${owner} has interactiveMode "${exec.interactiveMode}"; expected Never, IfAvailable or Always.`, { hint: 'Set interactiveMode: Never.', title: 'kubeconfig' });
    }
}
/** KUBERNETES_EXEC_INFO: what the plugin is asked (never interactive; the cluster when provideClusterInfo). Pure. */
function execInfo(exec, cluster, clusterCa) {
    const spec = { interactive: false };
    if (exec.provideClusterInfo) {
        spec.cluster = {
            server: cluster.server,
            ...(cluster.tlsServerName ? { 'tls-server-name': cluster.tlsServerName } : {}),
            ...(cluster.insecureSkipTlsVerify ? { 'insecure-skip-tls-verify': true } : {}),
            ...(clusterCa ? { 'certificate-authority-data': clusterCa.toString('base64') } : {}),
            ...(cluster.proxyUrl ? { 'proxy-url': cluster.proxyUrl } : {}),
            ...(cluster.execExtension !== undefined ? { config: cluster.execExtension } : {}),
        };
    }
    return JSON.stringify({ kind: 'ExecCredential', apiVersion: exec.apiVersion, spec });
}
/** Reads the plugin's answer. Throws a plain message (the caller adds who and how). Pure. */
function parseExecOutput(stdout, apiVersion) {
    let v;
    try {
        v = JSON.parse(stdout);
    }
    catch {
        throw new Error(`printed ${stdout.trim() === '' ? 'nothing' : `${Buffer.byteLength(stdout)} bytes that are not JSON`} on standard output, where an ExecCredential was expected`);
    }
    if (v === null || typeof v !== 'object' || v.kind !== 'ExecCredential')
        throw new Error('printed JSON that is not an ExecCredential (kind: ExecCredential)');
    if (v.apiVersion !== apiVersion)
        throw new Error(`answered with apiVersion ${String(v.apiVersion)}, but the kubeconfig asks for ${apiVersion}`);
    const s = v.status ?? {};
    const out = {};
    if (typeof s.token === 'string' && s.token !== '')
        out.token = s.token;
    const cert = s.clientCertificateData;
    const key = s.clientKeyData;
    if ((typeof cert === 'string' && cert !== '') !== (typeof key === 'string' && key !== ''))
        throw new Error('returned only one of status.clientCertificateData and status.clientKeyData; both are needed');
    if (typeof cert === 'string' && cert !== '')
        out.cert = { cert: Buffer.from(cert), key: Buffer.from(key) };
    if (!out.token && !out.cert)
        throw new Error('returned neither status.token nor status.clientCertificateData/clientKeyData');
    if (s.expirationTimestamp !== undefined && s.expirationTimestamp !== null) {
        const at = Date.parse(String(s.expirationTimestamp));
        if (Number.isNaN(at))
            throw new Error(`returned status.expirationTimestamp "${String(s.expirationTimestamp)}", which is not an RFC 3339 time`);
        out.expiresAt = at;
    }
    return out;
}
function run(command, args, env, timeoutMs) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let timedOut = false;
        const timer = setTimeout(() => ((timedOut = true), child.kill('SIGKILL')), timeoutMs);
        child.stdout.setEncoding('utf8').on('data', (c) => (stdout.length < MAX_STDOUT ? (stdout += c) : undefined));
        child.stderr.setEncoding('utf8').on('data', (c) => (stderr = (stderr + c).slice(-4000)));
        child.on('error', (error) => (clearTimeout(timer), resolve({ code: null, signal: null, stdout, stderr, error, timedOut })));
        child.on('close', (code, signal) => (clearTimeout(timer), resolve({ code, signal, stdout, stderr, timedOut })));
    });
}
/** The last lines of the plugin's stderr, for the message. */
function stderrTail(stderr) {
    const lines = stderr.trim().split('\n').slice(-5).join('\n').slice(-800);
    return lines === '' ? ' It printed nothing on standard error.' : `\nIts standard error ends with:\n${lines}`;
}
class ExecCredentials {
    o;
    cached;
    inflight;
    /** How many times the plugin ran. */
    runs = 0;
    constructor(o) {
        checkExecConfig(o.exec, o.owner);
        this.o = o;
    }
    /** The cached credential while it has not expired; else runs the plugin (once for concurrent callers). */
    async get() {
        const now = (this.o.now ?? Date.now)();
        if (this.cached && (this.cached.expiresAt === undefined || now < this.cached.expiresAt))
            return this.cached;
        this.inflight ??= this.fetch().finally(() => (this.inflight = undefined));
        this.cached = await this.inflight;
        return this.cached;
    }
    /** Forget the credential (after a 401): the next get() runs the plugin again. */
    invalidate() {
        this.cached = undefined;
    }
    async fetch() {
        const { exec, owner } = this.o;
        const name = external_node_path_default().basename(exec.command);
        const env = { ...this.o.env, KUBERNETES_EXEC_INFO: execInfo(exec, this.o.cluster, this.o.clusterCa) };
        for (const e of exec.env)
            env[e.name] = e.value;
        const timeoutMs = this.o.timeoutMs ?? EXEC_TIMEOUT_MS;
        this.runs++;
        const r = await run(exec.command, exec.args, env, timeoutMs);
        const installHint = exec.installHint.trim();
        const fail = (what, hint) => new errors/* ActionError */.lZ(`The exec plugin "${name}" of ${owner} ${what}`, { hint: installHint || hint, title: 'kubeconfig exec plugin' });
        if (r.error?.code === 'ENOENT')
            throw fail(`is not installed: ${exec.command.includes('/') ? `${exec.command} does not exist` : `no "${exec.command}" on PATH`}.`, 'Install it on the runner in an earlier step, or give exec.command as an absolute path.');
        if (r.error)
            throw fail(`could not be started: ${r.error.code ?? ''} ${r.error.message}.`, 'Check that exec.command is an executable file.');
        if (r.timedOut)
            throw fail(`did not finish within ${timeoutMs / 1000} s and was stopped.${stderrTail(r.stderr)}`, 'A plugin that waits for a login or a prompt cannot work in CI; configure it to run non-interactively.');
        if (r.code !== 0) {
            const how = r.code === null ? `was killed by ${r.signal ?? 'a signal'}` : `exited with code ${r.code}`;
            throw fail(`${how}.${stderrTail(r.stderr)}`, `Run "${[exec.command, ...exec.args].join(' ')}" in the job to see why; it must work non-interactively with the job's credentials.`);
        }
        let cred;
        try {
            cred = parseExecOutput(r.stdout, exec.apiVersion);
        }
        catch (e) {
            throw fail(`exited with code 0 but ${e.message}.${stderrTail(r.stderr)}`, 'Check the plugin version and its arguments: it must print an ExecCredential JSON on standard output.');
        }
        if (cred.token)
            this.o.setSecret(cred.token);
        return cred;
    }
}

;// CONCATENATED MODULE: ./src/kube/credentials.ts
/**
 * How a kubeconfig user authenticates each request: a bearer token (inline, or a tokenFile
 * read again before each request so rotated tokens are picked up), basic auth, a client
 * certificate, or an exec plugin. Precedence follows client-go: static credentials win over
 * exec; a token and basic auth together are refused.
 */



/** Reads a file a setting names; the error says which setting and which file. */
function readSetting(file, setting, where) {
    try {
        return (0,regular_file/* readRegularFileSync */.cG)(file, 1024 * 1024);
    }
    catch (e) {
        const why = e instanceof regular_file/* UnreadableFile */.ie ? e.message : String(e);
        throw new errors/* ActionError */.lZ(`Cannot read ${file} (${setting} of ${where}): ${why}.`, { hint: 'Relative paths in a kubeconfig are relative to the kubeconfig file itself; make sure the file is present on the runner.', title: 'kubeconfig' });
    }
}
/** A token in a file, read again before each request (projected service-account tokens rotate). */
class TokenFile {
    last = '';
    path;
    setting;
    where;
    setSecret;
    fallback;
    constructor(o) {
        this.path = o.path;
        this.setting = o.setting;
        this.where = o.where;
        this.setSecret = o.setSecret;
        this.fallback = o.fallback;
    }
    read() {
        let token;
        try {
            token = readSetting(this.path, this.setting, this.where).toString('utf8').trim();
        }
        catch (e) {
            if (this.fallback === undefined)
                throw e;
            token = this.fallback;
        }
        if (token === '')
            throw new errors/* ActionError */.lZ(`${this.path} (${this.setting} of ${this.where}) is empty.`, { hint: 'The file must hold a bearer token.', title: 'kubeconfig' });
        if (token !== this.last)
            this.setSecret(token);
        this.last = token;
        return token;
    }
    /** True when the file now holds another token than the one last used. */
    changed() {
        const before = this.last;
        try {
            return this.read() !== before;
        }
        catch {
            return false;
        }
    }
}
function clientCertificate(u, where) {
    const cert = u.clientCertificateData ?? (u.clientCertificate ? readSetting(u.clientCertificate, 'client-certificate', where) : undefined);
    const key = u.clientKeyData ?? (u.clientKey ? readSetting(u.clientKey, 'client-key', where) : undefined);
    if ((cert === undefined) !== (key === undefined)) {
        throw new errors/* ActionError */.lZ(`The kubeconfig ${where} has a client ${cert ? 'certificate but no key' : 'key but no certificate'}.`, { hint: 'Set both client-certificate(-data) and client-key(-data).', title: 'kubeconfig' });
    }
    return cert && key ? { cert, key } : undefined;
}
function userAuth(o) {
    if (!o.user)
        return { get: async () => ({ headers: {} }) };
    const u = o.user.value;
    const where = `user "${o.name}" in ${o.user.file}`;
    if (u.authProvider !== undefined) {
        throw new errors/* ActionError */.lZ(`The kubeconfig ${where} uses auth-provider "${u.authProvider}", which is not supported (kubectl itself removed the built-in providers).`, {
            hint: 'Use an exec credential plugin instead: kubelogin (Azure AD / OIDC), aws eks get-token or the cluster-name input (EKS), gke-gcloud-auth-plugin (GKE).',
            title: 'kubeconfig',
        });
    }
    const hasToken = u.token !== undefined || u.tokenFile !== undefined;
    const hasBasic = u.username !== undefined || u.password !== undefined;
    if (hasToken && hasBasic) {
        throw new errors/* ActionError */.lZ(`The kubeconfig ${where} sets both a token and username/password; only one authentication method is allowed.`, { hint: 'Remove one of them, as kubectl requires.', title: 'kubeconfig' });
    }
    if (u.token)
        o.setSecret(u.token);
    if (u.password)
        o.setSecret(u.password);
    const cert = clientCertificate(u, where);
    const tokenFile = u.tokenFile ? new TokenFile({ path: u.tokenFile, setting: 'tokenFile', where, setSecret: o.setSecret, fallback: u.token }) : undefined;
    if (tokenFile)
        tokenFile.read();
    if (hasToken || hasBasic || cert || !u.exec) {
        const basic = hasBasic ? `Basic ${Buffer.from(`${u.username ?? ''}:${u.password ?? ''}`).toString('base64')}` : undefined;
        return {
            get: async () => {
                const token = tokenFile ? tokenFile.read() : u.token;
                const authorization = token ? `Bearer ${token}` : basic;
                const headers = authorization ? { authorization } : {};
                return { headers, ...(cert ? { cert } : {}) };
            },
            ...(tokenFile ? { renew: async () => tokenFile.changed() } : {}),
        };
    }
    const plugin = new ExecCredentials({ exec: u.exec, owner: where, cluster: o.cluster, clusterCa: o.clusterCa, env: o.env, setSecret: o.setSecret });
    return {
        get: async () => {
            const c = await plugin.get();
            const headers = c.token ? { authorization: `Bearer ${c.token}` } : {};
            return { headers, ...(c.cert ? { cert: c.cert } : {}) };
        },
        renew: async () => {
            plugin.invalidate();
            await plugin.get();
            return true;
        },
    };
}

;// CONCATENATED MODULE: ./src/kube/in-cluster.ts
/**
 * In-cluster configuration, as client-go's rest.InClusterConfig: inside a pod, the API server
 * is https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT, the service account's token
 * and CA are mounted under /var/run/secrets/kubernetes.io/serviceaccount. The token file is read
 * again before each request (projected tokens rotate). The three paths can be redirected with
 * APHEX_SA_TOKEN_FILE, APHEX_SA_CA_FILE and APHEX_SA_NAMESPACE_FILE.
 *
 * Standalone on purpose: programs other than the action (the pipeline image's scripts) call
 * inClusterConfig() / inClusterAccess() to reach the API server from a Workflow pod.
 */





const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** Environment variables that redirect the mounted service-account files. */
const IN_CLUSTER_VARS = { token: 'APHEX_SA_TOKEN_FILE', ca: 'APHEX_SA_CA_FILE', namespace: 'APHEX_SA_NAMESPACE_FILE' };
function inClusterPaths(env) {
    const pick = (name, file) => env[name]?.trim() || external_node_path_default().join(SERVICE_ACCOUNT_DIR, file);
    return { tokenFile: pick(IN_CLUSTER_VARS.token, 'token'), caFile: pick(IN_CLUSTER_VARS.ca, 'ca.crt'), namespaceFile: pick(IN_CLUSTER_VARS.namespace, 'namespace') };
}
/** Whether this process runs in a pod (client-go's test): the service variables are set and the token file exists. */
function inClusterPossible(env) {
    return Boolean(env.KUBERNETES_SERVICE_HOST?.trim() && env.KUBERNETES_SERVICE_PORT?.trim() && (0,external_node_fs_.existsSync)(inClusterPaths(env).tokenFile));
}
/** The in-cluster configuration; throws an ActionError saying what is missing. */
function inClusterConfig(env, setSecret = () => undefined) {
    const host = env.KUBERNETES_SERVICE_HOST?.trim() ?? '';
    const port = env.KUBERNETES_SERVICE_PORT?.trim() ?? '';
    if (host === '' || port === '') {
        throw new errors/* ActionError */.lZ('Not running inside a Kubernetes pod: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set.', {
            hint: 'Give a kubeconfig (kubeconfig input or KUBECONFIG), or set cluster-name for EKS.',
            title: 'in-cluster',
        });
    }
    const paths = inClusterPaths(env);
    const token = new TokenFile({ path: paths.tokenFile, setting: `the service account token (${IN_CLUSTER_VARS.token})`, where: 'the in-cluster configuration', setSecret });
    token.read();
    const ca = (0,external_node_fs_.existsSync)(paths.caFile) ? (0,external_node_fs_.readFileSync)(paths.caFile) : undefined;
    let namespace = env.POD_NAMESPACE?.trim() ?? '';
    if (namespace === '' && (0,external_node_fs_.existsSync)(paths.namespaceFile))
        namespace = (0,external_node_fs_.readFileSync)(paths.namespaceFile, 'utf8').trim();
    return {
        server: `https://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`,
        paths,
        ...(ca ? { ca } : {}),
        namespace: namespace || 'default',
        readToken: () => token.read(),
    };
}
/** A KubeAccess for the pod's service account. */
function inClusterAccess(env, setSecret) {
    const cfg = inClusterConfig(env, setSecret);
    const agents = new AgentFactory(cfg.server, { ca: cfg.ca, insecureSkipTlsVerify: false }, env);
    let used = '';
    return {
        server: cfg.server,
        source: `in-cluster service account (${cfg.paths.tokenFile})`,
        eks: false,
        async prepare() {
            used = cfg.readToken();
            return { agent: agents.agent(), headers: { authorization: `Bearer ${used}` } };
        },
        async renew() {
            try {
                return cfg.readToken() !== used;
            }
            catch {
                return false;
            }
        },
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/util/guards.ts
var guards = __webpack_require__(6936);
;// CONCATENATED MODULE: ./src/kube/kubeconfig-model.ts
/**
 * Kubeconfig files read and merged with kubectl's rules (`kubectl config view --merge`):
 * the first file to name a cluster, user or context wins (the whole entry, never field by
 * field), the first non-empty current-context wins, duplicate names across files are fine,
 * and relative paths resolve against the directory of the file that holds them.
 * Pure: file texts in, a merged model out; errors name the file and the entry.
 */




function problem(file, where, what) {
    return new errors/* ActionError */.lZ(`Kubeconfig ${file}: ${where} ${what}.`, { hint: 'Fix the file (kubectl config view shows how kubectl reads it), or point kubeconfig / KUBECONFIG at another file.', title: 'kubeconfig' });
}
/** Reads typed fields of one YAML mapping, naming the field in errors. */
class Fields {
    o;
    file;
    where;
    constructor(o, file, where) {
        this.o = o;
        this.file = file;
        this.where = where;
    }
    str(key) {
        const v = this.o[key];
        if (v === undefined || v === null || v === '')
            return undefined;
        if (typeof v !== 'string')
            throw problem(this.file, `${this.where}.${key}`, 'must be a string');
        return v;
    }
    bool(key) {
        const v = this.o[key];
        if (v === undefined || v === null)
            return false;
        if (typeof v !== 'boolean')
            throw problem(this.file, `${this.where}.${key}`, 'must be true or false');
        return v;
    }
    /** A file path, resolved against the kubeconfig's directory. */
    path(key) {
        const v = this.str(key);
        return v === undefined ? undefined : external_node_path_default().resolve(external_node_path_default().dirname(this.file), v);
    }
    data(key) {
        const v = this.str(key);
        if (v === undefined)
            return undefined;
        const clean = v.replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean))
            throw problem(this.file, `${this.where}.${key}`, 'is not base64 (the -data fields hold base64-encoded PEM)');
        return Buffer.from(clean, 'base64');
    }
}
function readCluster(o, file, where) {
    const f = new Fields(o, file, where);
    const server = f.str('server');
    if (server === undefined)
        throw problem(file, where, 'has no server');
    const extensions = Array.isArray(o.extensions) ? o.extensions : [];
    const exec = extensions.find((e) => (0,guards/* isObj */.s)(e) && e.name === 'client.authentication.k8s.io/exec');
    return {
        server,
        certificateAuthority: f.path('certificate-authority'),
        certificateAuthorityData: f.data('certificate-authority-data'),
        insecureSkipTlsVerify: f.bool('insecure-skip-tls-verify'),
        tlsServerName: f.str('tls-server-name'),
        proxyUrl: f.str('proxy-url'),
        ...(exec ? { execExtension: exec.extension } : {}),
    };
}
function readExec(o, file, where) {
    const f = new Fields(o, file, where);
    const command = f.str('command');
    if (command === undefined)
        throw problem(file, where, 'has no command');
    const args = o.args ?? [];
    if (!Array.isArray(args) || args.some((a) => typeof a !== 'string'))
        throw problem(file, `${where}.args`, 'must be a list of strings');
    const env = o.env ?? [];
    if (!Array.isArray(env) || env.some((e) => !(0,guards/* isObj */.s)(e) || typeof e.name !== 'string' || typeof e.value !== 'string')) {
        throw problem(file, `${where}.env`, 'must be a list of {name, value} strings');
    }
    const apiVersion = f.str('apiVersion') ?? '';
    return {
        // kubectl resolves a command against the kubeconfig's directory only when it is a path, not a PATH lookup.
        command: command.includes('/') ? external_node_path_default().resolve(external_node_path_default().dirname(file), command) : command,
        args: args,
        env: env.map((e) => ({ name: e.name, value: e.value })),
        apiVersion,
        // client-go's default for v1beta1; v1 requires the field (we treat it as IfAvailable: never interactive anyway).
        interactiveMode: f.str('interactiveMode') ?? (apiVersion.endsWith('/v1beta1') ? 'IfAvailable' : ''),
        provideClusterInfo: f.bool('provideClusterInfo'),
        installHint: f.str('installHint') ?? '',
    };
}
function readUser(o, file, where) {
    const f = new Fields(o, file, where);
    const user = {
        token: f.str('token'),
        tokenFile: f.path('tokenFile'),
        clientCertificate: f.path('client-certificate'),
        clientCertificateData: f.data('client-certificate-data'),
        clientKey: f.path('client-key'),
        clientKeyData: f.data('client-key-data'),
        username: f.str('username'),
        password: f.str('password'),
    };
    if ((0,guards/* isObj */.s)(o.exec))
        user.exec = readExec(o.exec, file, `${where}.exec`);
    if ((0,guards/* isObj */.s)(o['auth-provider']))
        user.authProvider = String(o['auth-provider'].name ?? '(unnamed)');
    return user;
}
function readContext(o, file, where) {
    const f = new Fields(o, file, where);
    return { cluster: f.str('cluster') ?? '', user: f.str('user') ?? '', namespace: f.str('namespace') };
}
/** A named list (`clusters:`, `users:`, `contexts:`) into a map; the same name twice in one file is an error, as in kubectl. */
function namedList(doc, key, inner, file, read) {
    const out = new Map();
    const list = doc[key];
    if (list === undefined || list === null)
        return out;
    if (!Array.isArray(list))
        throw problem(file, key, 'must be a list');
    list.forEach((item, i) => {
        if (!(0,guards/* isObj */.s)(item) || typeof item.name !== 'string' || item.name === '')
            throw problem(file, `${key}[${i}]`, 'needs a name');
        if (out.has(item.name))
            throw problem(file, key, `names "${item.name}" twice (kubectl refuses that too; across files it is fine)`);
        out.set(item.name, read((0,guards/* isObj */.s)(item[inner]) ? item[inner] : {}, file, `${key}[${item.name}].${inner}`));
    });
    return out;
}
function parseKubeconfig(file, text) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: false, lineCounter: lines });
    const err = doc.errors[0];
    if (err) {
        const line = lines.linePos(err.pos[0]);
        throw new errors/* ActionError */.lZ(`Kubeconfig ${file} is not valid YAML (line ${line.line}, column ${line.col}): ${err.message.split('\n')[0]}`, {
            hint: 'Fix the file, or point kubeconfig / KUBECONFIG at another file.',
            title: 'kubeconfig',
            position: { file, line: line.line, col: line.col },
        });
    }
    const value = doc.toJS();
    if (value !== null && value !== undefined && !(0,guards/* isObj */.s)(value))
        throw problem(file, 'the document', 'must be a mapping (apiVersion: v1, kind: Config)');
    const o = (value ?? {});
    const cc = o['current-context'];
    return {
        file,
        currentContext: typeof cc === 'string' ? cc : '',
        clusters: namedList(o, 'clusters', 'cluster', file, readCluster),
        users: namedList(o, 'users', 'user', file, readUser),
        contexts: namedList(o, 'contexts', 'context', file, readContext),
    };
}
/** kubectl's merge: the first file to set a name (or current-context) wins. */
function mergeKubeconfigs(files) {
    const merged = { files: files.map((f) => f.file), currentContext: '', clusters: new Map(), users: new Map(), contexts: new Map() };
    for (const f of files) {
        if (merged.currentContext === '' && f.currentContext !== '')
            merged.currentContext = f.currentContext;
        for (const [k, v] of f.clusters)
            if (!merged.clusters.has(k))
                merged.clusters.set(k, { value: v, file: f.file });
        for (const [k, v] of f.users)
            if (!merged.users.has(k))
                merged.users.set(k, { value: v, file: f.file });
        for (const [k, v] of f.contexts)
            if (!merged.contexts.has(k))
                merged.contexts.set(k, { value: v, file: f.file });
    }
    return merged;
}
/** The context to use (`contextOverride`, like kubectl --context, else current-context), its cluster and user. */
function selectContext(m, contextOverride = '') {
    const files = m.files.join(', ');
    const fail = (msg, hint) => new errors/* ActionError */.lZ(`Kubeconfig ${files}: ${msg}`, { hint, title: 'kubeconfig' });
    const names = [...m.contexts.keys()];
    const known = names.length > 0 ? `It defines the contexts ${names.join(', ')}.` : 'It defines no contexts.';
    const contextName = contextOverride || m.currentContext;
    if (contextName === '')
        throw fail('no current-context is set.', `Set current-context in the file (kubectl config use-context <name>) or choose one with the kube-context input. ${known}`);
    const context = m.contexts.get(contextName);
    if (!context) {
        const from = contextOverride ? "the kube-context input" : 'current-context';
        throw fail(`context "${contextName}" (from ${from}) is not defined.`, `Choose a defined context. ${known}`);
    }
    const clusterName = context.value.cluster;
    const cluster = m.clusters.get(clusterName);
    if (!cluster)
        throw fail(`context "${contextName}" names cluster "${clusterName}", which is not defined.`, 'Add the cluster to the kubeconfig or fix the context (kubectl config get-clusters lists them).');
    const userName = context.value.user;
    const user = userName === '' ? undefined : m.users.get(userName);
    if (userName !== '' && !user)
        throw fail(`context "${contextName}" names user "${userName}", which is not defined.`, 'Add the user to the kubeconfig or fix the context (kubectl config get-users lists them).');
    return { contextName, context, clusterName, cluster, userName, user };
}

;// CONCATENATED MODULE: ./src/kube/kubeconfig.ts
/**
 * Connection from a kubeconfig: the `kubeconfig` input, else KUBECONFIG (a path list, merged
 * as kubectl merges it), else ~/.kube/config. The context is `kube-context` or current-context.
 * Authentication is what the user entry says: token, tokenFile, client certificate, basic auth
 * or an exec plugin (see credentials.ts). No Kubernetes client library is involved.
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
/** A kubeconfig is a few kilobytes; one with hundreds of clusters stays well under this. */
const MAX_KUBECONFIG_BYTES = 4 * 1024 * 1024;
/** Reads and merges the files that exist (kubectl skips missing ones in a KUBECONFIG list). */
function loadKubeconfig(files) {
    const parsed = files.filter((f) => (0,external_node_fs_.existsSync)(f)).map((f) => {
        let text;
        try {
            text = (0,regular_file/* readRegularFileSync */.cG)(f, MAX_KUBECONFIG_BYTES).toString('utf8');
        }
        catch (e) {
            const why = e instanceof regular_file/* UnreadableFile */.ie ? e.message : String(e);
            throw new errors/* ActionError */.lZ(`Cannot read kubeconfig ${f}: ${why}.`, { hint: 'Name a kubeconfig file (the kubeconfig input or KUBECONFIG); check the path and the file permissions.', title: 'kubeconfig' });
        }
        return parseKubeconfig(f, text);
    });
    return mergeKubeconfigs(parsed);
}
function clusterCa(sel) {
    const c = sel.cluster.value;
    const where = `cluster "${sel.clusterName}" in ${sel.cluster.file}`;
    if (c.insecureSkipTlsVerify && (c.certificateAuthority || c.certificateAuthorityData)) {
        throw new errors/* ActionError */.lZ(`The kubeconfig ${where} sets both insecure-skip-tls-verify and a certificate-authority; kubectl refuses that too.`, {
            hint: 'Remove insecure-skip-tls-verify (preferred) or the certificate authority.',
            title: 'kubeconfig',
        });
    }
    return c.certificateAuthorityData ?? (c.certificateAuthority ? readSetting(c.certificateAuthority, 'certificate-authority', where) : undefined);
}
function checkServer(sel) {
    const c = sel.cluster.value;
    const where = `cluster "${sel.clusterName}" in ${sel.cluster.file}`;
    let u;
    try {
        u = new URL(c.server);
    }
    catch {
        throw new errors/* ActionError */.lZ(`The kubeconfig ${where} has server "${c.server}", which is not a URL.`, { hint: 'Use https://host:port.', title: 'kubeconfig' });
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        throw new errors/* ActionError */.lZ(`The kubeconfig ${where} has server "${c.server}"; expected an https:// URL.`, { hint: 'Use https://host:port.', title: 'kubeconfig' });
    if (c.proxyUrl)
        checkProxyUrl(c.proxyUrl, `The kubeconfig ${where}`);
    return c.server.replace(/\/+$/, '');
}
function kubeconfigAccess(o) {
    const found = o.choice.files.filter((f) => (0,external_node_fs_.existsSync)(f));
    if (found.length === 0) {
        throw new errors/* ActionError */.lZ(`No kubeconfig found: ${o.choice.files.join(', ')} (from ${o.choice.from}) does not exist.`, {
            hint: "Set cluster-name to connect to an EKS cluster with the action's AWS credentials, or give a kubeconfig file with the kubeconfig input (or KUBECONFIG).",
            title: 'kubeconfig',
        });
    }
    const sel = selectContext(loadKubeconfig(found), o.context);
    const server = checkServer(sel);
    const ca = clusterCa(sel);
    const c = sel.cluster.value;
    const auth = userAuth({ name: sel.userName, user: sel.user, cluster: c, clusterCa: ca, env: o.env, setSecret: o.setSecret });
    const agents = new AgentFactory(server, { ca, insecureSkipTlsVerify: c.insecureSkipTlsVerify, tlsServerName: c.tlsServerName, proxyUrl: c.proxyUrl }, o.env);
    const renew = auth.renew;
    return {
        server,
        source: `kubeconfig context "${sel.contextName}" from ${found.join(', ')}`,
        eks: false,
        async prepare() {
            const cred = await auth.get();
            return { agent: agents.agent(cred.cert), headers: cred.headers };
        },
        ...(renew ? { renew: () => renew() } : {}),
    };
}

// EXTERNAL MODULE: ./src/kube/rbac.ts
var rbac = __webpack_require__(9301);
// EXTERNAL MODULE: ./src/kube/transport.ts
var transport = __webpack_require__(7076);
;// CONCATENATED MODULE: ./src/kube/connect.ts





/** `purpose` decides the permissions a 401/403 hint lists. */
async function connect(ctx, purpose) {
    const s = ctx.settings;
    const setSecret = (v) => ctx.setSecret(v);
    let access;
    if (s.clusterName !== '') {
        // Lazy: the AWS SDK is loaded only on the EKS path.
        const { openAwsSession } = await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(180)]).then(__webpack_require__.bind(__webpack_require__, 7180));
        const { eksAccess } = await Promise.all(/* import() */[__webpack_require__.e(279), __webpack_require__.e(118), __webpack_require__.e(982)]).then(__webpack_require__.bind(__webpack_require__, 982));
        const session = await openAwsSession(ctx);
        access = await eksAccess({ session, clusterName: s.clusterName, env: ctx.env, setSecret });
    }
    else {
        const choice = chooseKubeconfig(s.kubeconfig, ctx.env, ctx.workspace);
        const explicit = s.kubeconfig !== '';
        if (!explicit && !choice.files.some((f) => (0,external_node_fs_.existsSync)(f)) && inClusterPossible(ctx.env))
            access = inClusterAccess(ctx.env, setSecret);
        else
            access = kubeconfigAccess({ choice, context: s.kubeContext, env: ctx.env, setSecret });
    }
    return new transport/* KubeClient */.Bx(access, { server: access.server, source: access.source, eks: access.eks, needs: (0,rbac/* neededPermissions */.We)(purpose), namespace: s.namespace });
}


/***/ }),

/***/ 9301:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ permissionLines),
/* harmony export */   EE: () => (/* binding */ rbacSnippet),
/* harmony export */   We: () => (/* binding */ neededPermissions),
/* harmony export */   nC: () => (/* binding */ ARGO_API),
/* harmony export */   vy: () => (/* binding */ FIELD_MANAGER)
/* harmony export */ });
/* unused harmony exports ARGO_GROUP, ARGO_VERSION, resourceName */
/** The Kubernetes permissions the action needs, per purpose, as text for hints and docs. */
const ARGO_GROUP = 'argoproj.io';
const ARGO_VERSION = 'v1alpha1';
const ARGO_API = `${ARGO_GROUP}/${ARGO_VERSION}`;
/** The field manager of every server-side apply the action makes. */
const FIELD_MANAGER = 'aphex-pipeline';
const TEMPLATES = (verbs) => ({ group: ARGO_GROUP, resource: 'workflowtemplates', verbs });
const WORKFLOWS = (verbs) => ({ group: ARGO_GROUP, resource: 'workflows', verbs });
const POD_LOGS = { group: '', resource: 'pods/log', verbs: ['get'] };
function neededPermissions(purpose) {
    switch (purpose) {
        case 'apply':
            return [TEMPLATES(['get', 'create', 'patch'])];
        case 'submit':
            return [TEMPLATES(['get', 'create', 'patch']), WORKFLOWS(['get', 'watch', 'create', 'patch']), POD_LOGS];
        case 'follow':
        case 'approve':
            return [WORKFLOWS(['get', 'watch', 'patch']), POD_LOGS];
        case 'delete':
            return [TEMPLATES(['get', 'delete'])];
    }
}
/** `workflows.argoproj.io`, or `pods/log` for the core group. */
function resourceName(p) {
    return p.group === '' ? p.resource : `${p.resource}.${p.group}`;
}
function permissionLines(namespace, needs) {
    return needs.map((p) => `  ${resourceName(p)} in namespace ${namespace}: ${p.verbs.join(', ')}`).join('\n');
}
/** A Role + RoleBinding granting exactly `needs`. */
function rbacSnippet(namespace, needs, subject = 'aphex-deployers') {
    const rules = needs.map((p) => `  - apiGroups: ["${p.group}"]\n    resources: ["${p.resource}"]\n    verbs: [${p.verbs.map((v) => `"${v}"`).join(', ')}]`).join('\n');
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


/***/ }),

/***/ 8127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ describeOp),
/* harmony export */   i$: () => (/* binding */ parseStatus),
/* harmony export */   pb: () => (/* binding */ apiError)
/* harmony export */ });
/* unused harmony exports needsOf, unauthorizedHint, forbiddenHint, conflictManagers */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _rbac_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9301);
/**
 * Kubernetes API answers turned into errors a user can act on. Pure: takes the HTTP status,
 * the body and what we were doing; returns an ActionError.
 */


/** The permissions a hint lists for `target`. */
function needsOf(target) {
    return target.needs ?? (0,_rbac_js__WEBPACK_IMPORTED_MODULE_1__/* .neededPermissions */ .We)(target.submit ? 'submit' : 'apply');
}
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
    const perms = (0,_rbac_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionLines */ .$r)(target.namespace, needsOf(target));
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
    return `The identity needs these permissions:\n${(0,_rbac_js__WEBPACK_IMPORTED_MODULE_1__/* .permissionLines */ .$r)(target.namespace, needsOf(target))}\nFor example:\n${(0,_rbac_js__WEBPACK_IMPORTED_MODULE_1__/* .rbacSnippet */ .EE)(target.namespace, needsOf(target))}`;
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
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${at} rejected the credentials (401 Unauthorized) on ${doing}.`, { hint: unauthorizedHint(target), title: 'kubernetes 401' });
        case 403:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Kubernetes RBAC denied ${doing} (403 Forbidden): ${text}`, { hint: forbiddenHint(target), title: 'kubernetes 403' });
        case 404:
            if (status?.details?.kind === 'namespaces') {
                return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Namespace "${status.details.name ?? op.namespace}" does not exist in ${at}.`, {
                    hint: `Set the namespace input to the namespace Argo Workflows watches (often "argo"), or create it: kubectl create namespace ${status.details.name ?? op.namespace}`,
                    title: 'kubernetes 404',
                });
            }
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Not found (404) on ${doing}: ${text}`, { hint: 'Check the namespace and names, and that Argo Workflows is installed in this cluster.', title: 'kubernetes 404' });
        case 409:
            return conflictError(status, text, op);
        case 422:
            return invalidError(status, text, op);
        default:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${at} answered ${httpStatus}${status?.reason ? ` ${status.reason}` : ''} on ${doing}: ${text}`, {
                hint: httpStatus === 429 || httpStatus >= 500 ? 'The API server is overloaded or failing; the request was retried. Re-run the job later.' : 'See the message above.',
                retryable: httpStatus === 429 || httpStatus >= 500,
                title: `kubernetes ${httpStatus}`,
            });
    }
}
function conflictError(status, text, op) {
    const { managers, fields } = conflictManagers(status);
    if (managers.length === 0) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Conflict (409) on ${describeOp(op)}: ${text}`, { hint: 'Another client changed the object at the same time; re-run the job.', retryable: true, title: 'kubernetes 409' });
    }
    const who = managers.map((m) => `"${m}"`).join(', ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Server-side apply of ${op.resource} "${op.name}" conflicts with field manager ${who} on ${fields.length > 0 ? fields.join(', ') : 'some fields'} (409 Conflict).`, {
        hint: `Another client (${who}) changed these fields after the action applied them, and owns them now. Put the change into the config file instead, ` +
            `then hand the fields back once: kubectl apply --server-side --force-conflicts --field-manager=${_rbac_js__WEBPACK_IMPORTED_MODULE_1__/* .FIELD_MANAGER */ .vy} -n ${op.namespace ?? '<namespace>'} -f <the rendered template file>`,
        title: 'kubernetes 409',
    });
}
function invalidError(status, text, op) {
    const causes = (status?.details?.causes ?? []).map((c) => `  ${c.field ?? '(object)'}: ${c.message ?? c.reason ?? 'invalid'}`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The Kubernetes API rejected ${op.resource} "${op.name ?? ''}" as invalid (422): ${text}${causes.length > 0 ? `\n${causes.join('\n')}` : ''}`, {
        hint: 'These are the API server\'s (or an admission webhook\'s) field errors for the rendered template; fix the config so it renders a valid object, or check the Argo Workflows version installed.',
        title: 'kubernetes 422',
    });
}


/***/ }),

/***/ 2758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ answerError),
/* harmony export */   q5: () => (/* binding */ failedCallError),
/* harmony export */   sR: () => (/* binding */ notKubernetesError)
/* harmony export */ });
/* unused harmony exports KubeCallError, firstBytes, networkError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _status_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8127);
/**
 * Failures below the Kubernetes API itself, as messages a user can act on: no connection, no
 * answer in time, a TLS certificate we refuse, or an endpoint that answers but is not a
 * Kubernetes API server (an HTML login page, a proxy, a dashboard). Pure.
 */


/**
 * A failed Kubernetes call: the message for the user, plus the facts the shared classifier
 * (src/retry) reads — the HTTP status, the server's Retry-After, the socket error code — so a
 * wait loop can tell a passing fault from a lasting one.
 */
class KubeCallError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    status;
    code;
    retryAfterMs;
    constructor(message, options, facts) {
        super(message, options);
        this.status = facts.status;
        this.code = facts.code;
        this.retryAfterMs = facts.retryAfterMs;
    }
}
function retryAfterOf(headers) {
    const raw = headers['retry-after'];
    const v = Number(Array.isArray(raw) ? raw[0] : raw);
    return raw !== undefined && Number.isFinite(v) && v >= 0 ? v * 1000 : undefined;
}
function attemptsText(outcome) {
    if (!outcome || outcome.attempts <= 1)
        return '';
    return ` (after ${outcome.attempts} attempts over ${Math.round(outcome.elapsedMs / 1000)} s)`;
}
/** The first bytes of a body, on one line. */
function firstBytes(body, max = 120) {
    const text = body.replace(/\s+/g, ' ').trim();
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
/** An answer that is no Kubernetes API answer (HTML, a redirect, text where JSON belongs). */
function notKubernetesError(url, res, op, target) {
    const type = String(res.headers['content-type'] ?? '') || 'no content-type';
    const location = res.headers.location ? ` redirecting to ${String(res.headers.location)}` : '';
    const start = res.body.trim() === '' ? 'an empty body' : `a body starting "${firstBytes(res.body)}"`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The endpoint ${url.origin}${url.pathname} (${target.source}) did not answer like a Kubernetes API server: ${(0,_status_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOp */ .Ff)(op)} got ${res.status} ${type}${location} with ${start}.`, {
        hint: 'Check the server URL (it must be the API server itself, such as https://<host>:6443 or the EKS endpoint, not a dashboard, the Argo UI or a load balancer page). ' +
            'A proxy (proxy-url, HTTPS_PROXY) or a single-sign-on page in between answers like this too: the runner needs a direct path to the API server. For EKS, prefer the cluster-name input.',
        title: 'not a Kubernetes API',
    });
}
/** A non-accepted answer of the API server, with how often it was tried. */
function answerError(res, op, target, outcome) {
    const e = (0,_status_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .apiError */ .pb)(res.status, res.body, op, target);
    const more = attemptsText(outcome);
    const message = more === '' ? e.message : `${e.message.replace(/\.$/, '')}${more}.`;
    return new KubeCallError(message, { hint: e.hint, title: e.title, retryable: e.retryable, problems: e.problems }, { status: res.status, retryAfterMs: retryAfterOf(res.headers) });
}
const UNTRUSTED = new Set(['SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_SIGNATURE_FAILURE']);
const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);
function tlsError(e, target) {
    const code = e.code ?? '';
    const at = `The TLS certificate of the Kubernetes API at ${target.server} (${target.source})`;
    const caHint = target.eks
        ? 'The EKS endpoint should present a certificate from the cluster CA; a proxy that intercepts TLS needs its CA trusted (NODE_EXTRA_CA_CERTS).'
        : "Set certificate-authority or certificate-authority-data in the kubeconfig's cluster to the CA that signed the API server's certificate (kubectl config view --raw shows what kubectl uses).";
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        const names = e.cert?.subjectaltname ? ` (it is for ${e.cert.subjectaltname})` : '';
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${at} is not valid for the name ${e.host ?? new URL(target.server).hostname}${names}.`, {
            hint: "Use a server address the certificate names, or set the cluster's tls-server-name to one of its names.",
            title: 'kubernetes tls',
        });
    }
    if (UNTRUSTED.has(code))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${at} is not signed by a trusted certificate authority (${code}: ${e.message}).`, { hint: caHint, title: 'kubernetes tls' });
    if (EXPIRED.has(code))
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`${at} is not valid now (${code}: ${e.message}).`, { hint: "Renew the API server's certificate, or check the runner's clock.", title: 'kubernetes tls' });
    if (/^ERR_SSL_.*(CERTIFICATE|ALERT)/.test(code)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`The Kubernetes API at ${target.server} (${target.source}) refused the TLS handshake (${code}).`, {
            hint: 'The server wants a client certificate it trusts: check client-certificate(-data) and client-key(-data) of the kubeconfig user.',
            title: 'kubernetes tls',
        });
    }
    return undefined;
}
/** A call that got no usable answer: TLS refused, no answer in time, or no connection. */
function failedCallError(error, op, target, outcome, policy) {
    const e = error;
    const tls = tlsError(e, target);
    if (tls)
        return tls;
    if (e?.code === 'ETIMEDOUT' && /no answer within/.test(e.message)) {
        return new KubeCallError(`The Kubernetes API at ${target.server} (${target.source}) accepted the connection but did not answer ${(0,_status_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOp */ .Ff)(op)}${attemptsText(outcome)}; ` +
            `each request may take ${policy.attemptTimeoutMs / 1000} s and each call ${policy.deadlineMs / 1000} s.`, { hint: 'The API server (or a proxy or firewall on the way) is hanging. Check the server address and the network path, then re-run the job.', retryable: true, title: 'kubernetes timeout', cause: error }, { code: 'ETIMEDOUT' });
    }
    return networkError(error, op, target, outcome?.attempts ?? 1);
}
function networkError(error, op, target, attempts) {
    const e = error;
    const code = e?.code ?? e?.name ?? 'error';
    const what = e?.message ?? String(error);
    const hint = target.eks
        ? "The runner must reach the cluster endpoint: enable public endpoint access for the runner's address range, or use a self-hosted runner inside the cluster's VPC."
        : 'Check the server address in the kubeconfig and that the runner can reach it (VPN, firewall, proxy).';
    return new KubeCallError(`Cannot reach the Kubernetes API at ${target.server} (${target.source}) to ${(0,_status_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeOp */ .Ff)(op)}: ${code}: ${what} (after ${attempts} attempt${attempts === 1 ? '' : 's'}).`, { hint, retryable: true, title: 'kubernetes unreachable', cause: error }, { code: e?.code });
}


/***/ }),

/***/ 7076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ KubeClient),
/* harmony export */   cc: () => (/* binding */ CancelledError)
/* harmony export */ });
/* unused harmony exports REQUEST_TIMEOUT_MS, CALL_DEADLINE_MS, KUBE_RETRY, KubeHttpError, looksLikeKubernetes */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9373);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _retry_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7565);
/* harmony import */ var _transport_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2758);
/**
 * HTTP to the Kubernetes API: one place for time limits, retries (the shared policy of
 * src/retry), credential renewal and error mapping. Requests use node:http(s) with the agent and
 * headers the connection (kubeconfig, in-cluster or EKS) provides.
 *
 * Bounds: each request gets REQUEST_TIMEOUT_MS to answer; a call with its retries ends within
 * CALL_DEADLINE_MS, so an endpoint that accepts connections and never answers fails in 45 s.
 */






const REQUEST_TIMEOUT_MS = 15_000;
const CALL_DEADLINE_MS = 45_000;
/** Every request to the API server: resent on throttling, 5xx, dropped connections and time-outs. */
const KUBE_RETRY = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 4000, deadlineMs: CALL_DEADLINE_MS, attemptTimeoutMs: REQUEST_TIMEOUT_MS };
class CancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ {
    constructor() {
        super('The job was cancelled.', { title: 'cancelled' });
    }
}
/** An answer we did not accept; carries what the shared classifier reads (status, Retry-After). */
class KubeHttpError extends Error {
    status;
    retryAfterMs;
    response;
    constructor(response) {
        super(`HTTP ${response.status}`);
        this.name = 'KubeHttpError';
        this.status = response.status;
        this.response = response;
        const ra = Number(Array.isArray(response.headers['retry-after']) ? response.headers['retry-after'][0] : response.headers['retry-after']);
        this.retryAfterMs = Number.isFinite(ra) && ra >= 0 ? ra * 1000 : undefined;
    }
}
/**
 * True when an answer could come from a Kubernetes API server: never HTML or a redirect; a
 * success carries JSON (or nothing, or text when the caller asked for text: a pod's log). Error
 * statuses may be plain text (the server's own "404 page not found"); they are mapped by status.
 */
function looksLikeKubernetes(res, text = false) {
    if (/html/i.test(String(res.headers['content-type'] ?? '')))
        return false;
    if (res.status >= 300 && res.status < 400)
        return false;
    if (res.status >= 400 || res.body.trim() === '' || text)
        return true;
    try {
        JSON.parse(res.body);
        return true;
    }
    catch {
        return false;
    }
}
class KubeClient {
    access;
    target;
    clock;
    constructor(access, target, opts = {}) {
        this.access = access;
        this.target = target;
        this.clock = opts.clock ?? _clock_js__WEBPACK_IMPORTED_MODULE_2__/* .realClock */ .d;
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
        const policy = { ...KUBE_RETRY, maxAttempts: req.attempts ?? KUBE_RETRY.maxAttempts, deadlineMs: req.deadlineMs ?? KUBE_RETRY.deadlineMs };
        const attempt = async (timeoutMs) => {
            let res = await this.once(req, timeoutMs);
            // A 401 renews the credentials once and repeats the request: that is not a retry.
            if (res.status === 401 && !renewed && this.access.renew) {
                renewed = true;
                if (await this.access.renew())
                    res = await this.once(req, timeoutMs);
            }
            if (!looksLikeKubernetes(res, req.text))
                throw (0,_transport_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .notKubernetesError */ .sR)(this.url(req.path, req.query), res, req.op, this.target);
            if (res.status < 300 || req.accept?.includes(res.status))
                return res;
            throw new KubeHttpError(res);
        };
        try {
            return await (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetry */ .bD)(({ timeoutMs }) => attempt(timeoutMs), { policy, signal: req.signal, clock: this.clock, isRetryable: (e) => !(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ) && (0,_retry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .isRetryable */ .r3)((0,_retry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .classifyError */ .fe)(e, req.signal)) });
        }
        catch (e) {
            const last = e instanceof _retry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RetryExhausted */ .IT ? e.last : e;
            if (req.signal?.aborted || last instanceof CancelledError)
                throw new CancelledError();
            if (last instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ)
                throw last;
            if (last instanceof KubeHttpError)
                throw (0,_transport_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .answerError */ .n)(last.response, req.op, this.target, e instanceof _retry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RetryExhausted */ .IT ? e.outcome : undefined);
            throw (0,_transport_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .failedCallError */ .q5)(last, req.op, this.target, e instanceof _retry_index_js__WEBPACK_IMPORTED_MODULE_4__/* .RetryExhausted */ .IT ? e.outcome : undefined, policy);
        }
    }
    async json(req) {
        const res = await this.call(req);
        return { status: res.status, value: (res.body.trim() ? JSON.parse(res.body) : {}) };
    }
    async open(req, method) {
        const { agent, headers } = await this.access.prepare();
        const u = this.url(req.path, req.query);
        const mod = u.protocol === 'http:' ? (node_http__WEBPACK_IMPORTED_MODULE_0___default()) : (node_https__WEBPACK_IMPORTED_MODULE_1___default());
        return mod.request(u, {
            method,
            agent,
            headers: {
                accept: req.text ? 'text/plain, application/json' : 'application/json',
                'user-agent': 'aphex-pipeline-action',
                ...headers,
                ...(req.body !== undefined ? { 'content-type': req.contentType ?? 'application/json', 'content-length': Buffer.byteLength(req.body) } : {}),
            },
        });
    }
    /** One attempt. Rejects with CancelledError on cancel, a time-out error (ETIMEDOUT), or the socket error. */
    async once(req, timeoutMs) {
        if (req.signal?.aborted)
            throw new CancelledError();
        const r = await this.open(req, req.method);
        if (req.signal?.aborted) {
            r.on('error', () => undefined).destroy();
            throw new CancelledError();
        }
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => r.destroy(Object.assign(new Error(`no answer within ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' })), timeoutMs);
            const onAbort = () => void r.destroy(new CancelledError());
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
                res.on('end', () => (done(), resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') })));
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
        if (req.signal?.aborted)
            return 0;
        const r = await this.open(req, 'GET');
        // Closed while the credentials were being prepared: never send.
        if (req.signal?.aborted) {
            r.on('error', () => undefined).destroy();
            return 0;
        }
        return new Promise((resolve, reject) => {
            let timer = setTimeout(() => r.destroy(), idleMs);
            const onAbort = () => void r.destroy();
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


/***/ }),

/***/ 7208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ reportConnecting),
/* harmony export */   H0: () => (/* binding */ reportApplying),
/* harmony export */   Kw: () => (/* binding */ writeApplySummary),
/* harmony export */   QR: () => (/* binding */ reportApplied)
/* harmony export */ });
/* unused harmony exports SUMMARY_DIFF_LINES, applySummary */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4285);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7994);
/** Log lines and job summary of applying the WorkflowTemplate. Plain data in. */



function reportConnecting(server, source) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Kubernetes API: ${server} (${source})`);
}
function reportApplying(r) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${r.dryRun ? 'Dry run: server-side applying' : 'Server-side applying'} WorkflowTemplate ${r.namespace}/${r.name} as field manager ${r.fieldManager}`);
}
function verdict(r) {
    return r.dryRun ? `would be ${r.result} (dry run: nothing was changed)` : r.result;
}
function reportApplied(r) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`WorkflowTemplate ${r.namespace}/${r.name} ${verdict(r)}`);
    if (r.diff !== '') {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(r.result === 'created' ? 'New WorkflowTemplate' : 'Changes (live → applied)');
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(r.diff.replace(/\n$/, ''));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
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
/** Lines of a diff that the object gained (not the +++ header). */
function addedLines(diff) {
    return diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
}
function applySummary(r) {
    const doc = new _markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .SummaryDoc */ .VH()
        .heading(`WorkflowTemplate ${r.namespace}/${r.name}: ${verdict(r)}`)
        .paragraph((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `Cluster: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.server)} (${r.source}), field manager ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.fieldManager)}`, r.digest ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy) `, template ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(r.digest)}` : '', '.');
    if (r.result === 'created')
        return doc.paragraph(`New object (${addedLines(r.diff)} lines); the full diff is in the step log.`);
    if (r.diff === '')
        return doc.paragraph('No changes.');
    return doc.codeBlock(capped(r.diff), 'diff');
}
async function writeApplySummary(r, env) {
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSummary */ .S)(env, applySummary(r));
}


/***/ })

};

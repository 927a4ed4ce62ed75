export const id = 286;
export const ids = [286];
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

/***/ 3468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ renderCommand)
/* harmony export */ });
/* harmony import */ var _pipeline_template_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9673);

async function renderCommand(ctx) {
    await (0,_pipeline_template_js__WEBPACK_IMPORTED_MODULE_0__/* .renderTemplate */ .Xm)(ctx);
}


/***/ })

};

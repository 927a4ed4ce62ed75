export const id = 38;
export const ids = [38];
export const modules = {

/***/ 4038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadDeclarationInput)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/aphex/load.ts + 4 modules
var load = __webpack_require__(253);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/inputs/files.ts
var files = __webpack_require__(3622);
// EXTERNAL MODULE: ./src/aphex/source.ts + 1 modules
var source = __webpack_require__(5406);
// EXTERNAL MODULE: ./src/aphex/secrets.ts
var aphex_secrets = __webpack_require__(6667);
// EXTERNAL MODULE: ./src/aphex/names.ts
var names = __webpack_require__(1778);
// EXTERNAL MODULE: ./src/util/guards.ts
var guards = __webpack_require__(6936);
// EXTERNAL MODULE: ./src/util/hidden-chars.ts
var hidden_chars = __webpack_require__(5974);
;// CONCATENATED MODULE: ./src/pipeline-definition/model.ts



function error(path, rule, message, extra = {}) {
    return { path, rule, message, severity: 'error', ...extra };
}
function warning(path, rule, message, extra = {}) {
    return { path, rule, message, severity: 'warning', ...extra };
}
/** Arrays whose items are named by a key, so paths can say `stages[Deploy]` instead of `stages[2]`. */
const NAMED_BY = {
    stages: (s) => s.name,
    actions: (a) => a.name,
    variables: (v) => v.name,
    environmentVariables: (v) => v.name,
    rules: (r) => r.name,
    triggers: (t) => ((0,guards/* isObj */.s)(t.gitConfiguration) ? t.gitConfiguration.sourceActionName : undefined),
};
/**
 * A readable location in the declaration: `stages[Deploy].actions[CreateChangeSet].configuration.StackName`.
 * Named items are shown by name when it is a usable string, else by index.
 */
function pathLabel(decl, path) {
    let out = '';
    let node = decl;
    let parentKey = '';
    for (const segment of path) {
        if (typeof segment === 'number') {
            const item = Array.isArray(node) ? node[segment] : undefined;
            const nameOf = NAMED_BY[parentKey];
            const name = (0,guards/* isObj */.s)(item) && nameOf ? nameOf(item) : undefined;
            out += typeof name === 'string' && name !== '' && !/[[\]]/.test(name) ? `[${(0,hidden_chars/* escapeHidden */.OR)(name)}]` : `[${segment}]`;
            node = item;
        }
        else {
            out += out === '' ? (0,hidden_chars/* escapeHidden */.OR)(segment) : `.${(0,hidden_chars/* escapeHidden */.OR)(segment)}`;
            node = (0,guards/* isObj */.s)(node) ? node[segment] : undefined;
            parentKey = segment;
        }
    }
    return out === '' ? 'the pipeline' : out;
}
/** `value` as it reads in a message: strings quoted, long ones shortened. */
function shown(value, max = 60) {
    const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
    const one = (0,hidden_chars/* escapeHidden */.OR)(text);
    return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
/**
 * ` Did you mean 'x'?` for a likely typo of one of `candidates` (edit distance, or the same
 * letters in another order: 'Biuld' for 'Build'), else ''.
 */
function closest(word, candidates) {
    const near = (0,names/* suggestion */.h)(word, candidates);
    if (near !== '')
        return near;
    const letters = (s) => [...s.toLowerCase()].sort().join('');
    const swapped = candidates.find((c) => c !== word && c.length > 2 && letters(c) === letters(word));
    return swapped === undefined ? '' : ` Did you mean '${swapped}'?`;
}

;// CONCATENATED MODULE: ./src/pipeline-definition/action-types.ts
/**
 * Action type ids by category: which providers CodePipeline offers in each category, who owns
 * them, their version, and how many input and output artifacts each takes (CodePipeline user
 * guide: "Valid action providers" and "Valid input and output artifacts for each action type").
 * Bounds are given only where that table states them. Pure.
 */

const SOURCE = { inputs: [0, 0], outputs: [1, 1] };
/** Action providers owned by AWS, by category; all are version '1'. */
const AWS_PROVIDERS = {
    Source: { S3: SOURCE, CodeCommit: SOURCE, ECR: SOURCE, CodeStarSourceConnection: SOURCE },
    Build: { CodeBuild: { inputs: [1, 5], outputs: [0, 5] }, ECRBuildAndPublish: { v2: true } },
    Test: { CodeBuild: { inputs: [1, 5], outputs: [0, 5] }, DeviceFarm: { inputs: [1, 1], outputs: [0, 0] } },
    Deploy: {
        S3: { inputs: [1, 1], outputs: [0, 0] },
        CloudFormation: { inputs: [0, 10], outputs: [0, 1] },
        CloudFormationStackSet: {},
        CloudFormationStackInstances: {},
        CodeDeploy: { inputs: [1, 1], outputs: [0, 0] },
        CodeDeployToECS: {},
        ECS: { inputs: [1, 1], outputs: [0, 0] },
        EKS: {},
        EC2: {},
        Lambda: {},
        ElasticBeanstalk: { inputs: [1, 1], outputs: [0, 0] },
        OpsWorks: { inputs: [1, 1], outputs: [0, 0] },
        ServiceCatalog: { inputs: [1, 1], outputs: [0, 0] },
        AppConfig: {},
    },
    Approval: { Manual: { inputs: [0, 0], outputs: [0, 0] } },
    Invoke: { Lambda: { inputs: [0, 5], outputs: [0, 5] }, StepFunctions: {}, InspectorScan: {} },
    Compute: { Commands: { v2: true } },
};
/** Third-party providers with documented bounds. */
const THIRD_PARTY = {
    Source: { GitHub: SOURCE },
    Deploy: { AlexaSkillsKit: { inputs: [1, 2], outputs: [0, 0] } },
};
/** Custom actions (Jenkins and the like) take 0 to 5 of each. */
const CUSTOM = { inputs: [0, 5], outputs: [0, 5] };
function actionTypeIssues(v) {
    return v.actions.flatMap((a) => [...typeIssues(a, v), ...artifactCounts(a, v), ...fieldsOfType(a, v)]);
}
function categoriesOf(provider) {
    return Object.entries(AWS_PROVIDERS).flatMap(([category, providers]) => (provider in providers ? [category] : []));
}
function typeIssues(a, v) {
    const { category, owner, provider } = a;
    if (category === undefined || owner === undefined || provider === undefined || !(category in AWS_PROVIDERS))
        return [];
    const at = [...a.path, 'actionTypeId', 'provider'];
    const label = pathLabel(v.raw, a.path);
    const known = AWS_PROVIDERS[category] ?? {};
    if (category === 'Approval' && provider !== 'Manual') {
        return [error(at, 'action-type', `${label}: the only Approval provider is Manual (owner AWS), not '${provider}'.`)];
    }
    if (owner === 'AWS' && !(provider in known)) {
        const elsewhere = categoriesOf(provider);
        const names = Object.keys(known).join(', ');
        if (elsewhere.length > 0)
            return [error(at, 'action-type', `${label}: ${provider} is a ${elsewhere.join(' or ')} provider, not a ${category} provider. Set category to ${elsewhere[0]}, or use a ${category} provider: ${names}.`)];
        const close = closest(provider, Object.keys(known));
        if (close !== '')
            return [error(at, 'action-type', `${label}: ${category} has no AWS provider '${provider}'.${close}`)];
        return [warning(at, 'action-type', `${label}: '${provider}' is not one of the AWS ${category} providers this check knows (${names}); CodePipeline refuses a provider it does not have. Check the spelling against CodePipeline's action structure reference.`)];
    }
    if (owner !== 'AWS' && provider in known && !(provider in (THIRD_PARTY[category] ?? {}))) {
        return [error([...a.path, 'actionTypeId', 'owner'], 'action-type', `${label}: ${provider} ${category} actions are owned by AWS, not ${owner}. Set owner: AWS.`)];
    }
    if (owner === 'AWS' && a.version !== undefined && a.version !== '1') {
        return [error([...a.path, 'actionTypeId', 'version'], 'action-type', `${label}: AWS-owned action types are version '1', not '${a.version}'. Set version: '1'.`)];
    }
    return [];
}
function providerOf(a) {
    if (a.category === undefined || a.provider === undefined)
        return undefined;
    if (a.owner === 'AWS')
        return AWS_PROVIDERS[a.category]?.[a.provider];
    if (a.owner === 'ThirdParty')
        return THIRD_PARTY[a.category]?.[a.provider] ?? (a.category === 'Source' ? SOURCE : undefined);
    if (a.owner === 'Custom')
        return CUSTOM;
    return undefined;
}
function countText(b) {
    return b[0] === b[1] ? String(b[0]) : `${b[0]} to ${b[1]}`;
}
function artifactCounts(a, v) {
    const p = providerOf(a);
    if (p === undefined)
        return [];
    const issues = [];
    const check = (bounds, n, key, what) => {
        if (bounds === undefined || (n >= bounds[0] && n <= bounds[1]))
            return;
        const raw = a.raw[key];
        const at = raw === undefined ? a.path : [...a.path, key];
        const fix = n < bounds[0] ? `Add ${bounds[0] - n}.` : `Remove ${n - bounds[1]}.`;
        issues.push(error(at, 'artifact-count', `${pathLabel(v.raw, a.path)} has ${n} ${what} artifact${n === 1 ? '' : 's'}: ${a.owner} ${a.category} actions of ${a.provider} take ${countText(bounds)}. ${fix}`));
    };
    check(p.inputs, a.inputs.length, 'inputArtifacts', 'input');
    check(p.outputs, a.outputs.length, 'outputArtifacts', 'output');
    return issues;
}
/** Fields that belong to one kind of action only. */
function fieldsOfType(a, v) {
    const issues = [];
    const label = pathLabel(v.raw, a.path);
    const p = a.owner === 'AWS' && a.category !== undefined && a.provider !== undefined ? AWS_PROVIDERS[a.category]?.[a.provider] : undefined;
    if (p?.v2 && v.pipelineType !== 'V2') {
        issues.push(error([...a.path, 'actionTypeId', 'provider'], 'pipeline-type', `${label}: ${a.provider} actions run in V2 pipelines only, and this pipeline is ${v.pipelineType ?? 'not declared V2'}. Set pipelineType: V2.`));
    }
    for (const key of ['commands', 'outputVariables']) {
        if (a.raw[key] !== undefined && a.category !== 'Compute') {
            issues.push(error([...a.path, key], 'action-type', `${label} has ${key}, which only Compute actions (provider Commands) read. Remove it, or make the action a Commands action.`, { atKey: true }));
        }
    }
    if (a.category === 'Compute' && a.provider === 'Commands' && a.raw.commands === undefined) {
        issues.push(error(a.path, 'required', `${label} is a Commands action without commands: list the shell commands it runs.`));
    }
    if (a.raw.timeoutInMinutes !== undefined && a.category !== 'Approval') {
        issues.push(warning([...a.path, 'timeoutInMinutes'], 'action-type', `${label}: timeoutInMinutes applies to manual approval actions only (CodePipeline's ActionDeclaration); here it has no effect or is refused. Remove it.`, { atKey: true }));
    }
    return issues;
}

;// CONCATENATED MODULE: ./src/pipeline-definition/advice.ts
/**
 * The design's anti-patterns, as warnings: a production stage that no manual approval guards,
 * artifacts stored without a KMS key, source actions that poll for changes; and a declaration
 * that leaves the pipeline type to the service. Pure.
 */


/** Words of a stage name that say it deploys to production. */
const PRODUCTION = new Set(['prod', 'production', 'prd', 'live']);
function adviceIssues(v) {
    return [...approvals(v), ...encryption(v), ...polling(v), ...pipelineType(v)];
}
/** `DeployToProd`, `prod-eu`, `Production_US` → their words, lower-case. */
function wordsOf(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
function soundsLikeProduction(name) {
    return wordsOf(name).some((w) => PRODUCTION.has(w));
}
const isManual = (category) => category === 'Approval';
/** A manual approval runs before the stage's other actions, or in the stage just before it. */
function guarded(stage, previous) {
    const work = stage.actions.filter((a) => !isManual(a.category));
    const first = Math.min(...work.map((a) => a.runOrder));
    if (stage.actions.some((a) => isManual(a.category) && a.runOrder < first))
        return true;
    return previous !== undefined && previous.index === stage.index - 1 && previous.actions.some((a) => isManual(a.category));
}
function approvals(v) {
    return v.stages.flatMap((stage, i) => {
        if (stage.index === 0 || stage.name === undefined || !soundsLikeProduction(stage.name))
            return [];
        if (stage.actions.every((a) => isManual(a.category)) || guarded(stage, v.stages[i - 1]))
            return [];
        return [
            warning([...stage.path, 'name'], 'no-approval', `Stage '${stage.name}' looks like production, and no manual approval runs before it: a change would go live without anyone deciding. Add an Approval action (provider Manual) to the stage before it, or to this stage with a lower runOrder than its other actions.`),
        ];
    });
}
function encryption(v) {
    const issues = [];
    const hint = "Set encryptionKey: {id: <KMS key ARN>, type: KMS}, so the artifacts (sources, builds, templates) are encrypted with a key whose policy you control rather than S3's default key.";
    if ((0,guards/* isObj */.s)(v.raw.artifactStore) && v.raw.artifactStore.encryptionKey === undefined) {
        issues.push(warning(['artifactStore'], 'artifact-encryption', `The artifact store has no encryptionKey. ${hint}`, { atKey: true }));
    }
    if ((0,guards/* isObj */.s)(v.raw.artifactStores)) {
        for (const [region, store] of Object.entries(v.raw.artifactStores)) {
            if ((0,guards/* isObj */.s)(store) && store.encryptionKey === undefined)
                issues.push(warning(['artifactStores', region], 'artifact-encryption', `The artifact store of ${region} has no encryptionKey. ${hint}`, { atKey: true }));
        }
    }
    return issues;
}
function polling(v) {
    return v.actions.flatMap((a) => {
        const config = (0,guards/* isObj */.s)(a.raw.configuration) ? a.raw.configuration : {};
        if (a.category !== 'Source' || String(config.PollForSourceChanges).toLowerCase() !== 'true')
            return [];
        return [
            warning([...a.path, 'configuration', 'PollForSourceChanges'], 'polling', `${pathLabel(v.raw, a.path)} polls for source changes: executions start late, and polling pipelines count against a fixed per-region quota. Set PollForSourceChanges: 'false' and let an event rule (or a trigger) start the pipeline.`),
        ];
    });
}
function pipelineType(v) {
    if (v.raw.pipelineType !== undefined)
        return [];
    return [warning([], 'pipeline-type', 'pipelineType is not set: CodePipeline then applies its default type, which may not be the type the pipeline has now (V1 and V2 differ in features and price). State it: pipelineType: V2 (or V1).')];
}

;// CONCATENATED MODULE: ./src/pipeline-definition/view.ts

const str = (v) => (typeof v === 'string' ? v : undefined);
function artifacts(list, path) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((a, i) => ((0,guards/* isObj */.s)(a) && typeof a.name === 'string' ? [{ name: a.name, path: [...path, i, 'name'] }] : []));
}
function actionView(raw, stage, path) {
    const type = (0,guards/* isObj */.s)(raw.actionTypeId) ? raw.actionTypeId : {};
    return {
        stage,
        path,
        name: str(raw.name),
        runOrder: typeof raw.runOrder === 'number' ? raw.runOrder : 1,
        category: str(type.category),
        owner: str(type.owner),
        provider: str(type.provider),
        version: str(type.version),
        inputs: artifacts(raw.inputArtifacts, [...path, 'inputArtifacts']),
        outputs: artifacts(raw.outputArtifacts, [...path, 'outputArtifacts']),
        namespace: str(raw.namespace),
        region: str(raw.region),
        raw,
    };
}
function viewOf(decl) {
    const raw = (0,guards/* isObj */.s)(decl) ? decl : {};
    const list = Array.isArray(raw.stages) ? raw.stages : [];
    const stages = [];
    list.forEach((s, index) => {
        if (!(0,guards/* isObj */.s)(s))
            return;
        const path = ['stages', index];
        const actions = Array.isArray(s.actions) ? s.actions : [];
        stages.push({
            index,
            path,
            name: str(s.name),
            raw: s,
            actions: actions.flatMap((a, j) => ((0,guards/* isObj */.s)(a) ? [actionView(a, index, [...path, 'actions', j])] : [])),
        });
    });
    return { raw, stages, actions: stages.flatMap((s) => s.actions), pipelineType: str(raw.pipelineType) };
}
/** Whether `a` finishes before `b` starts: an earlier stage, or a lower runOrder in the same stage. */
function runsBefore(a, b) {
    return a.stage < b.stage || (a.stage === b.stage && a.runOrder < b.runOrder);
}
/** `action 'Deploy' of stage 'Prod'` (or by position when unnamed). */
function actionText(a, stages) {
    const stage = stages.find((s) => s.index === a.stage);
    return `action '${a.name ?? '?'}' of stage '${stage?.name ?? a.stage + 1}'`;
}
/** Why `producer` is not available to `consumer` yet, or undefined when it is. */
function notYet(producer, consumer, stages) {
    if (runsBefore(producer, consumer))
        return undefined;
    const who = actionText(producer, stages);
    if (producer === consumer)
        return 'the action itself';
    if (producer.stage > consumer.stage)
        return `${who}, in a later stage`;
    if (producer.runOrder === consumer.runOrder)
        return `${who}, which runs at the same time (same runOrder ${producer.runOrder})`;
    return `${who}, which runs later in the stage (runOrder ${producer.runOrder} > ${consumer.runOrder})`;
}

;// CONCATENATED MODULE: ./src/pipeline-definition/flow.ts
/**
 * The rules of the pipeline's shape (the CodePipeline design's validation strategy): at least two
 * stages, source actions first and only there, unique names, and artifacts that flow forward
 * only. Pure.
 */


function flowIssues(v) {
    return [...stageCount(v), ...sources(v), ...stageNames(v), ...actionNames(v), ...actionNamesAcross(v), ...outputNames(v), ...inputFlow(v)];
}
function stageCount(v) {
    if (!Array.isArray(v.raw.stages) || v.raw.stages.length >= 2)
        return [];
    const n = v.raw.stages.length;
    return [
        error(['stages'], 'min-stages', `The pipeline has ${n === 0 ? 'no stages' : 'only one stage'}: a pipeline needs at least two, a source stage and at least one stage that builds, tests or deploys what it fetched. Add a stage after '${v.stages[0]?.name ?? 'Source'}'.`),
    ];
}
function sources(v) {
    const issues = [];
    const first = v.stages[0];
    if (first && first.index === 0) {
        for (const a of first.actions) {
            if (a.category !== undefined && a.category !== 'Source') {
                issues.push(error([...a.path, 'actionTypeId', 'category'], 'source-first', `${pathLabel(v.raw, a.path)} is a ${a.category} action in the first stage: the first stage holds only Source actions (it fetches what the pipeline works on). Move it to a later stage.`));
            }
        }
    }
    for (const a of v.actions) {
        if (a.stage > 0 && a.category === 'Source') {
            issues.push(error([...a.path, 'actionTypeId', 'category'], 'source-first', `${pathLabel(v.raw, a.path)} is a Source action outside the first stage: source actions belong in the first stage only. Move it to stage '${first?.name ?? 'Source'}'.`));
        }
    }
    return issues;
}
/** The first index of each name; an issue for each repeat. */
function unique(items, nameOf, report) {
    const seen = new Map();
    const issues = [];
    for (const item of items) {
        const name = nameOf(item);
        if (name === undefined)
            continue;
        const first = seen.get(name);
        if (first === undefined)
            seen.set(name, item);
        else
            issues.push(report(item, name, first));
    }
    return issues;
}
function stageNames(v) {
    return unique(v.stages, (s) => s.name, (s, name, first) => error([...s.path, 'name'], 'duplicate-stage', `Stage name '${name}' is already used by stage ${first.index + 1}: stage names must be unique in a pipeline. Rename one of them.`));
}
function actionNames(v) {
    return v.stages.flatMap((s) => unique(s.actions, (a) => a.name, (a, name) => error([...a.path, 'name'], 'duplicate-action', `Action name '${name}' is used twice in stage '${s.name ?? s.index + 1}': action names must be unique within a stage. Rename one of them.`)));
}
/**
 * The design asks for action names unique across the pipeline; CodePipeline itself only requires
 * them unique within a stage, so a repeat in another stage is a warning, not an error.
 */
function actionNamesAcross(v) {
    const firstStage = new Map();
    const issues = [];
    for (const s of v.stages) {
        const here = new Set();
        for (const a of s.actions) {
            if (a.name === undefined || here.has(a.name))
                continue;
            here.add(a.name);
            const earlier = firstStage.get(a.name);
            if (earlier === undefined)
                firstStage.set(a.name, s.index);
            else {
                const where = v.stages.find((x) => x.index === earlier)?.name ?? String(earlier + 1);
                issues.push(warning([...a.path, 'name'], 'action-name-reuse', `Action name '${a.name}' is also used in stage '${where}': the pipeline design asks for action names unique across the pipeline (CodePipeline itself requires them unique only within a stage), so that approvals (approval-action), events and status outputs name one action. Rename it, e.g. '${a.name}${(s.name ?? '').replace(/[^A-Za-z0-9]/g, '')}'.`));
            }
        }
    }
    return issues;
}
function outputNames(v) {
    const outputs = v.actions.flatMap((a) => a.outputs.map((o) => ({ o, a })));
    return unique(outputs, (x) => x.o.name, (x, name, first) => error(x.o.path, 'duplicate-artifact', `Output artifact '${name}' is already produced by ${actionText(first.a, v.stages)}: output artifact names must be unique in a pipeline. Give this one another name, and update the actions that read it.`));
}
/** Every input artifact is produced by an action that runs earlier. */
function inputFlow(v) {
    const producers = new Map();
    for (const a of v.actions)
        for (const o of a.outputs)
            if (!producers.has(o.name))
                producers.set(o.name, a);
    const issues = [];
    for (const a of v.actions) {
        const seen = new Set();
        for (const input of a.inputs) {
            if (seen.has(input.name)) {
                issues.push(error(input.path, 'duplicate-artifact', `${pathLabel(v.raw, a.path)} lists input artifact '${input.name}' twice. Remove the repeat.`));
                continue;
            }
            seen.add(input.name);
            const producer = producers.get(input.name);
            if (producer === undefined) {
                const hint = closest(input.name, [...producers.keys()]) || (producers.size > 0 ? ` Artifacts produced in this pipeline: ${[...producers.keys()].join(', ')}.` : '');
                issues.push(error(input.path, 'artifact-flow', `Input artifact '${input.name}' of ${actionText(a, v.stages)} is produced by no action: an input must be the output artifact of an action that runs earlier.${hint}`));
                continue;
            }
            const why = notYet(producer, a, v.stages);
            if (why !== undefined) {
                const fix = producer === a ? 'An action cannot read its own output.' : 'Move the producing action to an earlier stage, or give it a lower runOrder than this action in the same stage.';
                issues.push(error(input.path, 'artifact-flow', `Input artifact '${input.name}' of ${actionText(a, v.stages)} is produced by ${why}: an input must come from an action that finishes before this one starts. ${fix}`));
            }
        }
    }
    return issues;
}

;// CONCATENATED MODULE: ./src/pipeline-definition/pipeline-level.ts
/**
 * Rules of the pipeline as a whole: where artifacts are stored (one artifactStore, or an
 * artifactStores entry per region of a cross-region action), and the features only V2 pipelines
 * have (execution modes other than SUPERSEDED, stage conditions). Pure.
 */


/** `region`: the pipeline's region when known (update-pipeline), else inferred from the actions. */
function pipelineIssues(v, region) {
    return [...stores(v, region), ...v2Features(v), ...rollbacks(v)];
}
function stores(v, region) {
    const one = v.raw.artifactStore;
    const many = v.raw.artifactStores;
    const issues = [];
    if (one !== undefined && many !== undefined) {
        issues.push(error(['artifactStores'], 'artifact-store', 'The pipeline has both artifactStore and artifactStores: CodePipeline takes one of them. Keep artifactStore for a single-region pipeline, artifactStores for one with cross-region actions.', { atKey: true }));
    }
    if (one === undefined && many === undefined) {
        return [error([], 'artifact-store', 'The pipeline has no artifactStore: CodePipeline keeps artifacts in an S3 bucket of the pipeline\'s region. Add artifactStore: {type: S3, location: <bucket>}.')];
    }
    // get-pipeline names the region of every action, the pipeline's own included.
    const located = v.actions.filter((a) => a.region !== undefined);
    if (many === undefined) {
        const home = region ?? located[0]?.region;
        const away = located.find((a) => a.region !== home);
        if (away === undefined)
            return [];
        const where = region === undefined ? `while other actions run in ${home}` : `and the pipeline is in ${region}`;
        return [error([...away.path, 'region'], 'artifact-store', `${pathLabel(v.raw, away.path)} runs in region ${away.region} ${where}: a pipeline with cross-region actions keeps its artifacts in artifactStores, one bucket per region. Replace artifactStore with artifactStores.`)];
    }
    const regions = (0,guards/* isObj */.s)(many) ? Object.keys(many) : [];
    const missing = located.filter((a) => !regions.includes(a.region));
    if (region !== undefined && (0,guards/* isObj */.s)(many) && !regions.includes(region)) {
        issues.push(error(['artifactStores'], 'artifact-store', `artifactStores has no bucket for ${region}, the pipeline's own region (it has ${regions.join(', ') || 'none'}). Add artifactStores.${region}.`, { atKey: true }));
    }
    return [
        ...issues,
        ...missing.map((a) => error([...a.path, 'region'], 'artifact-store', `${pathLabel(v.raw, a.path)} runs in region ${a.region}, which has no entry in artifactStores (${regions.join(', ') || 'none'}). Add an S3 bucket of ${a.region} under artifactStores.${a.region}.`)),
    ];
}
function v2Features(v) {
    if (v.pipelineType === 'V2')
        return [];
    const type = v.pipelineType ?? 'not declared V2';
    const issues = [];
    const mode = v.raw.executionMode;
    if (mode === 'QUEUED' || mode === 'PARALLEL') {
        issues.push(error(['executionMode'], 'pipeline-type', `executionMode ${mode} exists in V2 pipelines only, and this pipeline is ${type}. Set pipelineType: V2, or use SUPERSEDED.`));
    }
    for (const s of v.stages) {
        for (const when of ['beforeEntry', 'onSuccess']) {
            if (s.raw[when] !== undefined)
                issues.push(error([...s.path, when], 'pipeline-type', `Stage '${s.name ?? s.index + 1}' has ${when} conditions, which exist in V2 pipelines only, and this pipeline is ${type}. Set pipelineType: V2.`, { atKey: true }));
        }
        const onFailure = s.raw.onFailure;
        if ((0,guards/* isObj */.s)(onFailure) && (onFailure.conditions !== undefined || onFailure.result !== undefined || onFailure.retryConfiguration !== undefined)) {
            issues.push(error([...s.path, 'onFailure'], 'pipeline-type', `Stage '${s.name ?? s.index + 1}' has onFailure settings, which exist in V2 pipelines only, and this pipeline is ${type}. Set pipelineType: V2.`, { atKey: true }));
        }
    }
    return issues;
}
/** The first stage fetches sources: there is nothing to roll it back to. */
function rollbacks(v) {
    const first = v.stages[0];
    if (first === undefined || first.index !== 0)
        return [];
    const results = [];
    for (const when of ['onFailure', 'onSuccess', 'beforeEntry']) {
        const block = first.raw[when];
        if (!(0,guards/* isObj */.s)(block))
            continue;
        if (block.result === 'ROLLBACK')
            results.push([...first.path, when, 'result']);
        const conditions = Array.isArray(block.conditions) ? block.conditions : [];
        conditions.forEach((c, i) => {
            if ((0,guards/* isObj */.s)(c) && c.result === 'ROLLBACK')
                results.push([...first.path, when, 'conditions', i, 'result']);
        });
    }
    return results.map((path) => error(path, 'rollback', `Stage '${first.name ?? 1}' is the source stage: it cannot be rolled back (there is no earlier execution of it to return to). Use FAIL here, and ROLLBACK on the stages that deploy.`));
}

;// CONCATENATED MODULE: ./src/pipeline-definition/scan.ts
/**
 * Every key and string of a declaration: no credentials (the file is committed, and the values
 * are shown in diffs), no hidden characters (a name or value would not be the one it reads as).
 * Free text (descriptions, CustomData, parameter overrides, commands) may hold tabs and line breaks;
 * names and other configuration values hold nothing hidden. Pure.
 */




/** Fields of free text; every other string (names, and most configuration values) is an identifier. */
const FREE_TEXT = new Set(['description', 'defaultValue', 'value', 'CustomData', 'UserParameters', 'ParameterOverrides', 'EnvironmentVariables']);
function scanStrings(decl) {
    const out = { issues: [], secrets: [] };
    walk(decl, [], decl, out);
    return out;
}
function policyOf(path) {
    if (path.includes('commands'))
        return 'command';
    const last = path[path.length - 1];
    return typeof last === 'string' && FREE_TEXT.has(last) ? 'text' : 'none';
}
function walk(value, path, root, out) {
    if (typeof value === 'string')
        return check(value, path, root, out, false);
    if (Array.isArray(value))
        return value.forEach((v, i) => walk(v, [...path, i], root, out));
    if (!(0,guards/* isObj */.s)(value))
        return;
    for (const [key, v] of Object.entries(value)) {
        check(key, [...path, key], root, out, true);
        walk(v, [...path, key], root, out);
    }
}
function check(text, path, root, out, atKey) {
    const found = (0,hidden_chars/* hiddenChars */.kS)(text, atKey ? 'none' : policyOf(path));
    const first = found[0];
    const where = atKey ? `Key '${path[path.length - 1]}' of ${pathLabel(root, path.slice(0, -1))}` : pathLabel(root, path);
    if (first !== undefined) {
        out.issues.push(error(path, 'hidden-character', `${where} ${(0,hidden_chars/* describeHidden */.Y7)(found)}: CodePipeline would receive it, while logs and editors do not show it. Remove it (such characters arrive with text copied from web pages and chats).`, { atKey, text: first.char }));
    }
    const secrets = (0,aphex_secrets/* findSecrets */.d)(text);
    for (const s of secrets)
        out.secrets.push(s.value);
    for (const kind of new Set(secrets.map((s) => s.kind))) {
        out.issues.push(error(path, 'credential', `${where} holds what looks like ${kind}: a pipeline declaration is committed and its values appear in diffs. Remove it, rotate it, and keep it in Secrets Manager (an environment variable of type SECRETS_MANAGER, or a connection for source actions).`, { atKey }));
    }
}

;// CONCATENATED MODULE: ./src/pipeline-definition/shapes.ts
const NAME_CHARS = "letters, digits and the characters . @ - _";
const shapes_name = (what) => ({ kind: 'string', what, min: 1, max: 100, pattern: /^[A-Za-z0-9.@\-_]+$/, chars: NAME_CHARS, rule: 'invalid-name' });
const shapes_text = (what, min, max) => ({ kind: 'string', what, min, max });
const oneOf = (what, values) => ({ kind: 'string', what, values, rule: 'enum' });
const list = (what, item, min, max) => ({ kind: 'list', what, item, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) });
const obj = (shape) => ({ kind: 'object', shape });
const ROLE_ARN = { kind: 'string', what: 'role ARN', max: 1024, pattern: /^arn:aws(-[\w]+)*:iam::[0-9]{12}:role\/.*$/, chars: 'an IAM role ARN: arn:aws:iam::<12-digit account>:role/<name>' };
const REGION = shapes_text('region', 4, 30);
const ARTIFACT = { kind: 'string', what: 'artifact name', min: 1, max: 100, pattern: /^[a-zA-Z0-9_-]+$/, chars: 'letters, digits, _ and -', rule: 'invalid-name' };
const COMMANDS = list('commands', shapes_text('command', 1, 1000), 1, 50);
const TYPE_PART = (what, max) => ({ kind: 'string', what, min: 1, max, pattern: /^[0-9A-Za-z_-]+$/, chars: 'letters, digits, _ and -' });
const GIT_PATTERNS = (what) => list(what, shapes_text('pattern', 1, 255), 1, 8);
const CONDITIONS = list('conditions', obj('condition'), 1, 1);
const SHAPES = {
    pipeline: {
        fields: {
            name: shapes_name('pipeline name'),
            roleArn: ROLE_ARN,
            artifactStore: obj('artifactStore'),
            artifactStores: { kind: 'map', what: 'artifact stores', key: REGION, value: obj('artifactStore') },
            stages: list('stages', obj('stage'), undefined, 50),
            version: { kind: 'integer', what: 'pipeline version', min: 1 },
            executionMode: oneOf('execution mode', ['QUEUED', 'SUPERSEDED', 'PARALLEL']),
            pipelineType: oneOf('pipeline type', ['V1', 'V2']),
            variables: list('variables', obj('variable'), undefined, 50),
            triggers: list('triggers', obj('trigger'), undefined, 50),
        },
        // CodePipeline requires name too; a file may leave it out (update-pipeline fills in pipeline-name).
        required: ['roleArn', 'stages'],
    },
    metadata: {
        fields: { pipelineArn: shapes_text('pipeline ARN', 1, 2048), created: shapes_text('time', 1, 64), updated: shapes_text('time', 1, 64), pollingDisabledAt: shapes_text('time', 1, 64) },
        required: [],
    },
    artifactStore: {
        fields: {
            type: oneOf('artifact store type', ['S3']),
            location: { kind: 'string', what: 'S3 bucket name', min: 3, max: 63, pattern: /^[a-zA-Z0-9.-]+$/, chars: 'letters, digits, . and -' },
            encryptionKey: obj('encryptionKey'),
        },
        required: ['type', 'location'],
    },
    encryptionKey: { fields: { id: shapes_text('KMS key id', 1, 400), type: oneOf('encryption key type', ['KMS']) }, required: ['id', 'type'] },
    stage: {
        fields: {
            name: shapes_name('stage name'),
            blockers: list('blockers', obj('blocker')),
            actions: list('actions', obj('action'), 1, 50),
            onFailure: obj('onFailure'),
            onSuccess: obj('onSuccess'),
            beforeEntry: obj('beforeEntry'),
        },
        required: ['name', 'actions'],
    },
    blocker: { fields: { name: shapes_text('blocker name', 1, 100), type: oneOf('blocker type', ['Schedule']) }, required: ['name', 'type'] },
    action: {
        fields: {
            name: shapes_name('action name'),
            actionTypeId: obj('actionTypeId'),
            runOrder: { kind: 'integer', what: 'runOrder', min: 1, max: 999, rule: 'run-order' },
            configuration: { kind: 'map', what: 'configuration', key: shapes_text('configuration key', 1, 50), value: shapes_text('configuration value', 1, 1000) },
            commands: COMMANDS,
            outputArtifacts: list('output artifacts', obj('outputArtifact')),
            inputArtifacts: list('input artifacts', obj('inputArtifact')),
            outputVariables: list('output variables', shapes_text('output variable', 1, 128), 1, 15),
            roleArn: ROLE_ARN,
            region: REGION,
            namespace: { kind: 'string', what: 'namespace', min: 1, max: 100, pattern: /^[A-Za-z0-9@\-_]+$/, chars: 'letters, digits and the characters @ - _', rule: 'invalid-name' },
            timeoutInMinutes: { kind: 'integer', what: 'timeoutInMinutes', min: 5, max: 86400 },
            environmentVariables: list('environment variables', obj('environmentVariable'), 1, 10),
        },
        required: ['name', 'actionTypeId'],
    },
    actionTypeId: {
        fields: {
            category: oneOf('action category', ['Source', 'Build', 'Test', 'Deploy', 'Approval', 'Invoke', 'Compute']),
            owner: oneOf('action owner', ['AWS', 'ThirdParty', 'Custom']),
            provider: TYPE_PART('action provider', 35),
            version: TYPE_PART('action version', 9),
        },
        required: ['category', 'owner', 'provider', 'version'],
    },
    outputArtifact: { fields: { name: ARTIFACT, files: list('files', shapes_text('file path', 1, 128), 1, 10) }, required: ['name'] },
    inputArtifact: { fields: { name: ARTIFACT }, required: ['name'] },
    environmentVariable: {
        fields: {
            name: { kind: 'string', what: 'environment variable name', min: 1, max: 128, pattern: /^[A-Za-z0-9_]+$/, chars: 'letters, digits and _', rule: 'invalid-name' },
            value: shapes_text('environment variable value', 1, 2000),
            type: oneOf('environment variable type', ['PLAINTEXT', 'SECRETS_MANAGER']),
        },
        required: ['name', 'value'],
    },
    onFailure: {
        fields: { result: oneOf('result', ['ROLLBACK', 'FAIL', 'RETRY', 'SKIP']), retryConfiguration: obj('retryConfiguration'), conditions: CONDITIONS },
        required: [],
    },
    retryConfiguration: { fields: { retryMode: oneOf('retry mode', ['FAILED_ACTIONS', 'ALL_ACTIONS']) }, required: [] },
    onSuccess: { fields: { conditions: CONDITIONS }, required: ['conditions'] },
    beforeEntry: { fields: { conditions: CONDITIONS }, required: ['conditions'] },
    condition: { fields: { result: oneOf('result', ['ROLLBACK', 'FAIL', 'RETRY', 'SKIP']), rules: list('rules', obj('rule'), 1, 5) }, required: [] },
    rule: {
        fields: {
            name: shapes_name('rule name'),
            ruleTypeId: obj('ruleTypeId'),
            configuration: { kind: 'map', what: 'configuration', key: shapes_text('configuration key', 1, 50), value: shapes_text('configuration value', 1, 10000), max: 200 },
            commands: COMMANDS,
            inputArtifacts: list('input artifacts', obj('inputArtifact')),
            roleArn: ROLE_ARN,
            region: REGION,
            timeoutInMinutes: { kind: 'integer', what: 'timeoutInMinutes', min: 5, max: 86400 },
        },
        required: ['name', 'ruleTypeId'],
    },
    ruleTypeId: {
        fields: { category: oneOf('rule category', ['Rule']), owner: oneOf('rule owner', ['AWS']), provider: TYPE_PART('rule provider', 35), version: TYPE_PART('rule version', 9) },
        required: ['category', 'provider'],
    },
    variable: {
        fields: {
            name: { kind: 'string', what: 'variable name', min: 1, max: 128, pattern: /^[A-Za-z0-9@\-_]+$/, chars: 'letters, digits and the characters @ - _', rule: 'invalid-name' },
            defaultValue: shapes_text('default value', 1, 1000),
            description: shapes_text('description', 0, 200),
        },
        required: ['name'],
    },
    trigger: { fields: { providerType: oneOf('trigger provider type', ['CodeStarSourceConnection']), gitConfiguration: obj('gitConfiguration') }, required: ['providerType', 'gitConfiguration'] },
    gitConfiguration: {
        fields: { sourceActionName: shapes_name('source action name'), push: list('push filters', obj('gitPush'), 1, 3), pullRequest: list('pull request filters', obj('gitPullRequest'), 1, 3) },
        required: ['sourceActionName'],
    },
    gitPush: { fields: { tags: obj('gitFilter'), branches: obj('gitFilter'), filePaths: obj('gitFilter') }, required: [] },
    gitPullRequest: {
        fields: { events: list('events', oneOf('pull request event', ['OPEN', 'UPDATED', 'CLOSED']), 1, 3), branches: obj('gitFilter'), filePaths: obj('gitFilter') },
        required: [],
    },
    /** Branch, tag and file path filters share one shape: includes and excludes. */
    gitFilter: { fields: { includes: GIT_PATTERNS('includes'), excludes: GIT_PATTERNS('excludes') }, required: [] },
};
/** The shape of `name`, with its fields as a plain record. */
function shapeOf(shape) {
    return SHAPES[shape];
}

;// CONCATENATED MODULE: ./src/pipeline-definition/structure.ts
/**
 * The structural check of a declaration against shapes.ts: unknown keys (with "did you mean"),
 * missing keys, wrong types, allowed values, lengths, characters and list sizes. Every problem
 * found, none stops the walk. Pure.
 */




/** Every structural problem of `data` as a `shape` (the whole declaration: 'pipeline'). */
function structureIssues(data, shape, path = [], root = data) {
    const issues = [];
    walkShape(data, shape, path, { root, issues });
    return issues;
}
const where = (w, path) => pathLabel(w.root, path);
function walkShape(data, shape, path, w) {
    if (!(0,guards/* isObj */.s)(data)) {
        w.issues.push(error(path, 'type', `${where(w, path)} must be a mapping of keys to values, not ${kindOf(data)}.`));
        return;
    }
    const { fields, required } = shapeOf(shape);
    const known = Object.keys(fields);
    for (const key of required) {
        if (data[key] === undefined || data[key] === null)
            w.issues.push(error(path, 'required', `${where(w, path)} is missing the required key '${key}': add it.`));
    }
    for (const [key, value] of Object.entries(data)) {
        const field = fields[key];
        if (field === undefined) {
            const hint = closest(key, known) || closest(key.replace(/[_-]/g, ''), known) || ` Known keys here: ${known.join(', ')}.`;
            w.issues.push(error([...path, key], 'unknown-key', `Unknown key '${(0,hidden_chars/* escapeHidden */.OR)(key)}' in ${where(w, path)}: CodePipeline has no such field here.${hint}`, { atKey: true }));
            continue;
        }
        if (value === null && !required.includes(key))
            continue;
        walkField(value, field, [...path, key], w);
    }
}
function walkField(value, field, path, w) {
    switch (field.kind) {
        case 'object':
            return walkShape(value, field.shape, path, w);
        case 'string':
            return checkString(value, field, path, w);
        case 'integer':
            return checkInteger(value, field, path, w);
        case 'list': {
            if (!Array.isArray(value))
                return void w.issues.push(error(path, 'type', `${where(w, path)} must be a list, not ${kindOf(value)}.`));
            if (field.min !== undefined && value.length < field.min) {
                w.issues.push(error(path, 'limit', `${where(w, path)} is empty: CodePipeline requires ${field.what} here (at least ${field.min}).`));
            }
            if (field.max !== undefined && value.length > field.max) {
                w.issues.push(error(path, 'limit', `${where(w, path)} has ${value.length} ${field.what}: CodePipeline allows at most ${field.max}. Remove ${value.length - field.max}.`));
            }
            value.forEach((item, i) => walkField(item, field.item, [...path, i], w));
            return;
        }
        case 'map': {
            if (!(0,guards/* isObj */.s)(value))
                return void w.issues.push(error(path, 'type', `${where(w, path)} must be a mapping, not ${kindOf(value)}.`));
            const entries = Object.entries(value);
            if (field.max !== undefined && entries.length > field.max)
                w.issues.push(error(path, 'limit', `${where(w, path)} has ${entries.length} entries: CodePipeline allows at most ${field.max}.`));
            for (const [key, v] of entries) {
                checkLength(key, field.key, [...path, key], w, true);
                walkField(v, field.value, [...path, key], w);
            }
        }
    }
}
function checkString(value, field, path, w) {
    if (typeof value !== 'string') {
        const quote = typeof value === 'number' || typeof value === 'boolean' ? ` Quote it: '${String(value)}' (CodePipeline reads every ${field.what} as text).` : '';
        w.issues.push(error(path, 'type', `${where(w, path)} must be a string, not ${kindOf(value)}.${quote}`));
        return;
    }
    if (field.values !== undefined) {
        if (!field.values.includes(value)) {
            w.issues.push(error(path, field.rule ?? 'enum', `${where(w, path)} is ${shown(value)}, which CodePipeline does not accept: the ${field.what} is one of ${field.values.join(', ')}.${closest(value, field.values)}`));
        }
        return;
    }
    if (!checkLength(value, field, path, w, false))
        return;
    if (field.pattern && !field.pattern.test(value)) {
        const bad = [...new Set([...value].filter((c) => !field.pattern?.test(c)))];
        const listed = bad.length > 0 && bad.length <= 5 && field.chars?.startsWith('letters');
        const why = listed ? `it contains ${bad.map((c) => `'${(0,hidden_chars/* escapeHidden */.OR)(c)}'`).join(', ')}, and CodePipeline allows only ${field.chars}` : `CodePipeline expects ${field.chars ?? String(field.pattern)}`;
        w.issues.push(error(path, field.rule ?? 'format', `${where(w, path)} ${shown(value)} is not a valid ${field.what}: ${why}.`));
    }
}
/** Length within the field's bounds; false (and an issue) when not. Keys are checked as keys. */
function checkLength(value, field, path, w, atKey) {
    const n = [...value].length;
    const what = atKey ? `Key ${shown(value, 40)} in ${where(w, path.slice(0, -1))}` : where(w, path);
    if (field.min !== undefined && n < field.min) {
        const is = n === 0 ? 'is empty' : `is ${n} character${n === 1 ? '' : 's'} long`;
        w.issues.push(error(path, n === 0 ? 'empty-value' : 'length', `${what} ${is}: CodePipeline needs at least ${field.min} character${field.min === 1 ? '' : 's'} here (${field.what}).`, { atKey }));
        return false;
    }
    if (field.max !== undefined && n > field.max) {
        w.issues.push(error(path, 'length', `${what} is ${n} characters long: CodePipeline allows at most ${field.max} here (${field.what}). Shorten it.`, { atKey }));
        return false;
    }
    return true;
}
function checkInteger(value, field, path, w) {
    if (typeof value !== 'number' || !Number.isInteger(value)) {
        const unquote = typeof value === 'string' && /^\d+$/.test(value) ? ` Write it without quotes: ${field.what}: ${value}.` : '';
        w.issues.push(error(path, 'type', `${where(w, path)} must be a whole number, not ${kindOf(value)}.${unquote}`));
        return;
    }
    if (value < field.min || (field.max !== undefined && value > field.max)) {
        const range = field.max === undefined ? `at least ${field.min}` : `from ${field.min} to ${field.max}`;
        w.issues.push(error(path, field.rule ?? 'range', `${where(w, path)} is ${value}: CodePipeline accepts a ${field.what} ${range}.`));
    }
}
/** What a value is, in words. */
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
    return `the text ${shown(v, 40)}`;
}

;// CONCATENATED MODULE: ./src/pipeline-definition/variables.ts
/**
 * Variables: action namespaces (unique, not reserved), pipeline-level variables (unique names),
 * and every `#{namespace.name}` reference in an action's configuration, commands or environment variables,
 * or a stage condition's rules, resolving to a namespace of an action that runs earlier, a
 * declared pipeline variable (`#{variables.NAME}`) or the built-in `codepipeline` namespace. Pure.
 */



/** Namespaces CodePipeline defines itself. */
const RESERVED = ['codepipeline', 'variables'];
/** Variables of the built-in `codepipeline` namespace. */
const BUILT_IN = ['PipelineExecutionId'];
const REFERENCE = /#\{([^}]*)\}/g;
const PART = /^[A-Za-z0-9@\-_]+$/;
function variableIssues(v) {
    return [...namespaces(v), ...pipelineVariables(v), ...references(v)];
}
function namespaces(v) {
    const issues = [];
    const seen = new Map();
    for (const a of v.actions) {
        if (a.namespace === undefined)
            continue;
        const at = [...a.path, 'namespace'];
        if (RESERVED.includes(a.namespace)) {
            issues.push(error(at, 'namespace', `Namespace '${a.namespace}' of ${actionText(a, v.stages)} is reserved: #{${a.namespace}.…} already means ${a.namespace === 'variables' ? 'the pipeline variables' : "CodePipeline's own variables"}. Choose another namespace.`));
            continue;
        }
        const first = seen.get(a.namespace);
        if (first)
            issues.push(error(at, 'namespace', `Namespace '${a.namespace}' is already used by ${actionText(first, v.stages)}: namespaces must be unique in a pipeline, or #{${a.namespace}.…} could not say whose variables it means. Rename one.`));
        else
            seen.set(a.namespace, a);
    }
    return issues;
}
function declaredVariables(v) {
    const list = Array.isArray(v.raw.variables) ? v.raw.variables : [];
    return list.flatMap((x) => ((0,guards/* isObj */.s)(x) && typeof x.name === 'string' ? [x.name] : []));
}
function pipelineVariables(v) {
    const issues = [];
    const list = Array.isArray(v.raw.variables) ? v.raw.variables : [];
    if (list.length > 0 && v.pipelineType !== 'V2') {
        issues.push(error(['variables'], 'pipeline-type', `Pipeline variables exist in V2 pipelines only, and this pipeline is ${v.pipelineType ?? 'not declared V2'}. Set pipelineType: V2, or remove variables.`, { atKey: true }));
    }
    const seen = new Set();
    list.forEach((x, i) => {
        const name = (0,guards/* isObj */.s)(x) ? str(x.name) : undefined;
        if (name === undefined)
            return;
        if (seen.has(name))
            issues.push(error(['variables', i, 'name'], 'duplicate-variable', `Pipeline variable '${name}' is declared twice: variable names must be unique. Remove one.`));
        seen.add(name);
    });
    return issues;
}
/** Every string that may hold references, with the scope it is read in. */
function places(v) {
    const out = [];
    for (const a of v.actions) {
        const scope = { reach: (ns) => notYet(ns, a, v.stages), what: actionText(a, v.stages) };
        const config = (0,guards/* isObj */.s)(a.raw.configuration) ? a.raw.configuration : {};
        for (const [k, value] of Object.entries(config))
            if (typeof value === 'string')
                out.push({ path: [...a.path, 'configuration', k], value, scope });
        const commands = Array.isArray(a.raw.commands) ? a.raw.commands : [];
        commands.forEach((c, i) => {
            if (typeof c === 'string')
                out.push({ path: [...a.path, 'commands', i], value: c, scope });
        });
        const env = Array.isArray(a.raw.environmentVariables) ? a.raw.environmentVariables : [];
        env.forEach((e, i) => {
            if ((0,guards/* isObj */.s)(e) && typeof e.value === 'string')
                out.push({ path: [...a.path, 'environmentVariables', i, 'value'], value: e.value, scope });
        });
    }
    for (const s of v.stages) {
        for (const when of ['beforeEntry', 'onSuccess', 'onFailure']) {
            const block = s.raw[when];
            const conditions = (0,guards/* isObj */.s)(block) && Array.isArray(block.conditions) ? block.conditions : [];
            const inside = when !== 'beforeEntry';
            const scope = {
                reach: (ns) => (ns.stage < s.index || (inside && ns.stage === s.index) ? undefined : `${actionText(ns, v.stages)}, which has not run when the ${when} condition of stage '${s.name ?? s.index + 1}' is checked`),
                what: `the ${when} condition of stage '${s.name ?? s.index + 1}'`,
            };
            conditions.forEach((c, ci) => {
                const rules = (0,guards/* isObj */.s)(c) && Array.isArray(c.rules) ? c.rules : [];
                rules.forEach((r, ri) => {
                    const config = (0,guards/* isObj */.s)(r) && (0,guards/* isObj */.s)(r.configuration) ? r.configuration : {};
                    for (const [k, value] of Object.entries(config))
                        if (typeof value === 'string')
                            out.push({ path: [...s.path, when, 'conditions', ci, 'rules', ri, 'configuration', k], value, scope });
                });
            });
        }
    }
    return out;
}
function references(v) {
    const owners = new Map();
    for (const a of v.actions)
        if (a.namespace !== undefined && !RESERVED.includes(a.namespace) && !owners.has(a.namespace))
            owners.set(a.namespace, a);
    const declared = declaredVariables(v);
    const issues = [];
    for (const place of places(v)) {
        for (const m of place.value.matchAll(REFERENCE)) {
            const issue = checkReference(m[0], m[1] ?? '', place.scope, { owners, declared, v });
            if (issue)
                issues.push({ ...issue, path: place.path, text: m[0] });
        }
    }
    return issues;
}
function checkReference(ref, inner, scope, k) {
    const dot = inner.indexOf('.');
    const [ns, name] = dot < 0 ? ['', inner] : [inner.slice(0, dot), inner.slice(dot + 1)];
    if (dot < 0 || !PART.test(ns) || !PART.test(name)) {
        return error([], 'variable-reference', `${ref} in ${scope.what} is not a variable reference CodePipeline resolves: write #{namespace.name}, e.g. #{SourceVariables.CommitId}, #{variables.NAME} or #{codepipeline.PipelineExecutionId}.`);
    }
    if (ns === 'variables') {
        if (k.declared.includes(name))
            return undefined;
        const hint = closest(name, k.declared) || (k.declared.length > 0 ? ` Declared: ${k.declared.join(', ')}.` : ' Declare it under variables (V2 pipelines).');
        return error([], 'variable-reference', `${ref} in ${scope.what} names pipeline variable '${name}', which is not declared.${hint}`);
    }
    if (ns === 'codepipeline') {
        if (BUILT_IN.includes(name))
            return undefined;
        return warning([], 'variable-reference', `${ref} in ${scope.what}: '${name}' is not a variable of the codepipeline namespace this check knows (${BUILT_IN.join(', ')}).${closest(name, BUILT_IN)}`);
    }
    const owner = k.owners.get(ns);
    if (owner === undefined) {
        const known = [...k.owners.keys()];
        const hint = closest(ns, known) || (known.length > 0 ? ` Namespaces in this pipeline: ${known.join(', ')}.` : ' No action declares a namespace: set namespace on the action whose variables you need.');
        return error([], 'variable-reference', `${ref} in ${scope.what} names namespace '${ns}', which no action declares.${hint}`);
    }
    const why = scope.reach(owner);
    if (why === undefined)
        return undefined;
    return error([], 'variable-reference', `${ref} in ${scope.what} reads namespace '${ns}' of ${why}: its variables exist only once that action has finished. Move the reference later, or the action earlier.`);
}
/** Triggers (V2): each names a CodeStarSourceConnection source action, at most once, and filters on something. */
function triggerIssues(v) {
    const list = Array.isArray(v.raw.triggers) ? v.raw.triggers : [];
    const issues = [];
    if (list.length > 0 && v.pipelineType !== 'V2') {
        issues.push(error(['triggers'], 'pipeline-type', `Triggers exist in V2 pipelines only, and this pipeline is ${v.pipelineType ?? 'not declared V2'}. Set pipelineType: V2, or remove triggers.`, { atKey: true }));
    }
    const sources = v.actions.filter((a) => a.category === 'Source');
    const seen = new Set();
    list.forEach((t, i) => {
        const git = (0,guards/* isObj */.s)(t) && (0,guards/* isObj */.s)(t.gitConfiguration) ? t.gitConfiguration : undefined;
        const name = git ? str(git.sourceActionName) : undefined;
        if (!git || name === undefined)
            return;
        const at = ['triggers', i, 'gitConfiguration', 'sourceActionName'];
        const action = sources.find((a) => a.name === name);
        if (action === undefined) {
            issues.push(error(at, 'trigger', `A trigger names source action '${name}', which is not a source action of this pipeline.${closest(name, sources.flatMap((a) => (a.name ? [a.name] : [])))}`));
        }
        else if (action.provider !== 'CodeStarSourceConnection') {
            issues.push(error(at, 'trigger', `A trigger names source action '${name}', a ${action.provider ?? '?'} source: triggers work with CodeStarSourceConnection source actions only.`));
        }
        if (seen.has(name))
            issues.push(error(at, 'trigger', `Source action '${name}' has a second trigger: CodePipeline takes one trigger per source action. Merge their filters into one.`));
        seen.add(name);
        if (git.push === undefined && git.pullRequest === undefined) {
            issues.push(error(['triggers', i, 'gitConfiguration'], 'trigger', `The trigger of source action '${name}' filters on nothing: give it push or pullRequest filters.`));
        }
    });
    return issues;
}

;// CONCATENATED MODULE: ./src/pipeline-definition/validate.ts













/** Every problem of the declaration itself (no file positions); `region`: the pipeline's, when known. */
function declarationIssues(decl, region) {
    const view = viewOf(decl);
    const scan = scanStrings(decl);
    const issues = [
        ...structureIssues(decl, 'pipeline'),
        ...flowIssues(view),
        ...actionTypeIssues(view),
        ...variableIssues(view),
        ...triggerIssues(view),
        ...pipelineIssues(view, region),
        ...scan.issues,
        ...adviceIssues(view),
    ];
    return { issues, secrets: scan.secrets };
}
/** Validates the text of a declaration file; `file` (as the user gave it) is copied into every problem. */
function validateDeclarationText(text, file, options = {}) {
    const src = (0,source/* parseSource */.PJ)(text, 'a pipeline declaration');
    const raw = (0,aphex_secrets/* findSecrets */.d)(text).map((f) => f.value);
    const problems = src.problems.map((p) => ({ file, ...p.position, message: p.message, rule: p.rule, severity: 'error' }));
    if (src.fatal)
        return { problems: sorted(problems), secrets: raw };
    if (src.data === undefined || src.data === null) {
        problems.push({ file, line: 1, col: 1, message: 'The file is empty: it needs a pipeline declaration, as `aws codepipeline get-pipeline --name <pipeline>` prints it (docs/codepipeline.md).', rule: 'required', severity: 'error' });
        return { problems, secrets: raw };
    }
    const { decl, root, issues: outer } = unwrap(src.data);
    const found = declarationIssues(decl, options.region);
    found.issues.push(...nameIssues(decl, options.pipelineName));
    for (const issue of outer)
        problems.push(toProblem(src, file, [], issue));
    for (const issue of found.issues)
        problems.push(toProblem(src, file, root, issue));
    const all = sorted(dedupe(problems));
    const secrets = [...new Set([...raw, ...found.secrets])];
    const ok = !all.some((p) => p.severity === 'error');
    return ok ? { declaration: decl, problems: all, secrets } : { problems: all, secrets };
}
/** The file may leave the name out; when it has one, it must be the pipeline the step updates. */
function nameIssues(decl, pipelineName) {
    const name = (0,guards/* isObj */.s)(decl) ? decl.name : undefined;
    if (pipelineName === undefined || typeof name !== 'string' || name === pipelineName)
        return [];
    return [error(['name'], 'pipeline-name', `The declaration is for pipeline '${(0,hidden_chars/* escapeHidden */.OR)(name)}', and this step updates '${pipelineName}' (input pipeline-name). A declaration never renames a pipeline: set pipeline-name to '${(0,hidden_chars/* escapeHidden */.OR)(name)}', or change name here (or remove it).`)];
}
const WRAPPER_KEYS = ['pipeline', 'metadata'];
/**
 * The declaration inside `{"pipeline": …, "metadata": …}` (metadata ignored), or the document
 * itself; `root` is where the declaration sits in the document, `issues` are about the wrapper.
 */
function unwrap(data) {
    if (!(0,guards/* isObj */.s)(data) || !('pipeline' in data) || !(0,guards/* isObj */.s)(data.pipeline))
        return { decl: data, root: [], issues: [] };
    const issues = Object.keys(data)
        .filter((k) => !WRAPPER_KEYS.includes(k))
        .map((k) => error([k], 'unknown-key', `Unknown key '${(0,hidden_chars/* escapeHidden */.OR)(k)}' next to pipeline: the file holds a pipeline declaration, alone or as get-pipeline prints it ({pipeline, metadata}).${closest(k, WRAPPER_KEYS)}`, { atKey: true }));
    return { decl: data.pipeline, root: ['pipeline'], issues };
}
function toProblem(src, file, root, issue) {
    const path = [...root, ...issue.path];
    const pos = issue.text === undefined ? (0,source/* positionOf */.df)(src, path, issue.atKey) : (0,source/* positionOfChar */.$2)(src, path, issue.text, issue.atKey);
    // A problem of a whole stage or action points at where it starts: an annotation spanning lines would lose its column.
    const at = pos.endLine > pos.line ? { line: pos.line, col: pos.col } : pos;
    return { file, ...at, message: issue.message, rule: issue.rule, severity: issue.severity };
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
function sorted(problems) {
    return [...problems].sort((a, b) => a.line - b.line || a.col - b.col || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

// EXTERNAL MODULE: ./src/report/pipeline-declaration.ts
var pipeline_declaration = __webpack_require__(5875);
;// CONCATENATED MODULE: ./src/pipeline-declaration.ts
/**
 * The pipeline declaration named by input `pipeline-definition`, shared by validate and
 * update-pipeline: read with the file guard of every input file (no special files, nothing over
 * 1 MiB, UTF-8 only), validated, credential-like values masked before anything is printed,
 * warnings annotated, and every error thrown at once with its position.
 */






/** Reads and validates the declaration; update-pipeline names the pipeline it must be for, and its region. */
async function loadDeclarationInput(ctx, target = {}) {
    const given = ctx.settings.pipelineDefinition;
    const named = { input: 'pipeline-definition', given, full: external_node_path_default().resolve(ctx.workspace, given) };
    const hint = `Check out the repository first (actions/checkout), or set pipeline-definition to the file's path relative to ${ctx.workspace}.`;
    const text = await (0,files/* readNamedFile */.wh)(named, files/* MAX_CONFIG_BYTES */.GW, hint, 'pipeline-definition: deploy/pipeline.json');
    const result = validateDeclarationText(text, given, target);
    // The runner masks line by line: a multi-line secret is masked one line at a time.
    for (const secret of result.secrets)
        for (const line of secret.split(/\r?\n/))
            if (line.trim().length >= 4)
                ctx.setSecret(line.trim());
    const warnings = result.problems.filter((p) => p.severity === 'warning');
    (0,pipeline_declaration/* reportDeclarationWarnings */.q2)(warnings);
    if (result.declaration)
        return { declaration: result.declaration, file: given, warnings };
    const errors = result.problems.filter((p) => p.severity === 'error');
    await (0,pipeline_declaration/* writeDeclarationWarnings */.Bg)(ctx.env, given, warnings);
    throw new src_errors/* ActionError */.lZ(`${given} has ${errors.length} problem${errors.length === 1 ? '' : 's'} (listed above).`, {
        problems: errors,
        hint: `Fix each one at the line shown; docs/codepipeline.md describes the checks. Check locally before pushing with: ${(0,load/* localCheckCommand */.n)(given, ctx.env, '--pipeline-definition')}`,
        title: 'pipeline declaration',
    });
}


/***/ }),

/***/ 7745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vK: () => (/* binding */ changeLine),
/* harmony export */   yS: () => (/* binding */ declarationDiff)
/* harmony export */ });
/* unused harmony exports normalise, valueText */
/* harmony import */ var _util_guards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6936);
/* harmony import */ var _util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5974);
/**
 * What would change in a pipeline: the current declaration (GetPipeline) against the desired one
 * (the file), by stage and action name rather than by position, e.g.
 * `stages[Deploy].actions[CreateChangeSet].configuration.StackName: "old" → "new"`. Both sides are
 * normalised first (CodePipeline's defaults filled in, empty lists dropped, `version` ignored), so
 * an equal pipeline yields no change at all. Pure.
 */


/** Arrays of named entities: matched by name, not position. */
const KEYS = {
    stages: (s) => s.name,
    actions: (a) => a.name,
    variables: (v) => v.name,
    environmentVariables: (v) => v.name,
    rules: (r) => r.name,
    blockers: (b) => b.name,
    triggers: (t) => ((0,_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s)(t.gitConfiguration) ? t.gitConfiguration.sourceActionName : undefined),
};
/** Of these, only stages run in the order they are listed (actions run by runOrder). */
const ORDERED = new Set(['stages']);
/** Configuration keys whose values are never shown. */
const SECRET_KEY = /token|secret|password|credential/i;
/**
 * The declaration as compared: defaults filled in, nothing empty, no version, and no action
 * `region` that only names the pipeline's own region (get-pipeline prints one for every action).
 */
function normalise(decl, region) {
    const copy = clean(decl);
    if (!(0,_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s)(copy))
        return copy;
    delete copy.version;
    copy.executionMode ??= 'SUPERSEDED';
    for (const stage of Array.isArray(copy.stages) ? copy.stages : []) {
        for (const action of (0,_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s)(stage) && Array.isArray(stage.actions) ? stage.actions : []) {
            if (!(0,_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s)(action))
                continue;
            action.runOrder ??= 1;
            if (region !== undefined && action.region === region)
                delete action.region;
        }
    }
    return copy;
}
/** A deep copy without null, undefined, empty lists and empty mappings. */
function clean(value) {
    if (Array.isArray(value)) {
        const items = value.map(clean).filter((v) => v !== undefined);
        return items.length === 0 ? undefined : items;
    }
    if ((0,_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s)(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const c = clean(v);
            if (c !== undefined)
                out[k] = c;
        }
        return Object.keys(out).length === 0 ? undefined : out;
    }
    return value === null ? undefined : value;
}
/** Every change from `current` to `desired`, in declaration order; `region`: the pipeline's. */
function declarationDiff(current, desired, region) {
    const out = [];
    compare(normalise(current, region), normalise(desired, region), '', '', out);
    return out;
}
function join(path, key) {
    return path === '' ? (0,_util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHidden */ .OR)(key) : `${path}.${(0,_util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHidden */ .OR)(key)}`;
}
function compare(a, b, path, key, out) {
    const keyOf = KEYS[key];
    // A list of named entities against another, or against nothing (all of them added or removed).
    const listed = (x) => (Array.isArray(x) ? x : x === undefined ? [] : undefined);
    const [la, lb] = [listed(a), listed(b)];
    if (keyOf && la && lb && [...la, ...lb].every((x) => (0,_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s)(x) && typeof keyOf(x) === 'string')) {
        return compareNamed(la, lb, path, key, keyOf, out);
    }
    if ((0,_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s)(a) && (0,_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s)(b)) {
        for (const k of union(Object.keys(a), Object.keys(b)))
            compare(a[k], b[k], join(path, k), k, out);
        return;
    }
    if (JSON.stringify(a) === JSON.stringify(b))
        return;
    const hidden = SECRET_KEY.test(key) && path.includes('configuration');
    out.push({ kind: 'changed', path, before: hidden ? '(hidden)' : valueText(a), after: hidden ? '(hidden, changed)' : valueText(b) });
}
function compareNamed(a, b, path, key, keyOf, out) {
    const before = new Map(a.map((x) => [keyOf(x), x]));
    const after = new Map(b.map((x) => [keyOf(x), x]));
    const label = (name) => `${path}[${(0,_util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHidden */ .OR)(name)}]`;
    if (ORDERED.has(key)) {
        const common = (list, other) => list.map(keyOf).filter((n) => other.has(n));
        const was = common(a, after);
        const now = common(b, before);
        if (was.join('\u0000') !== now.join('\u0000'))
            out.push({ kind: 'changed', path: `${path} (order)`, before: was.join(', '), after: now.join(', ') });
    }
    for (const name of union([...before.keys()], [...after.keys()])) {
        const x = before.get(name);
        const y = after.get(name);
        if (x === undefined)
            out.push({ kind: 'added', path: label(name), before: '', after: entityText(key, y) });
        else if (y === undefined)
            out.push({ kind: 'removed', path: label(name), before: entityText(key, x), after: '' });
        else
            compare(x, y, label(name), '', out);
    }
}
function union(a, b) {
    return [...new Set([...a, ...b])];
}
/** A short description of a stage, action or other named entity. */
function entityText(key, x) {
    if (key === 'stages') {
        const actions = Array.isArray(x.actions) ? x.actions.filter(_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s).map((a) => String(a.name)) : [];
        return `stage with ${actions.length} action${actions.length === 1 ? '' : 's'}: ${actions.join(', ')}`;
    }
    if (key === 'actions') {
        const t = (0,_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s)(x.actionTypeId) ? x.actionTypeId : {};
        return `${String(t.category)} action (${String(t.owner)}/${String(t.provider)}), runOrder ${String(x.runOrder ?? 1)}`;
    }
    return valueText(x);
}
/** A value as it reads in a diff: JSON, on one line, at most 120 characters; artifact lists by name. */
function valueText(v) {
    if (v === undefined)
        return '(absent)';
    const names = Array.isArray(v) && v.every((x) => (0,_util_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .isObj */ .s)(x) && Object.keys(x).length === 1 && typeof x.name === 'string');
    const text = (0,_util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHidden */ .OR)(JSON.stringify(names ? v.map((x) => x.name) : v));
    return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}
/** One line of the diff as the log shows it. */
function changeLine(c) {
    if (c.kind === 'added')
        return `+ ${c.path}: added ${c.after}`;
    if (c.kind === 'removed')
        return `- ${c.path}: removed ${c.before}`;
    return `~ ${c.path}: ${c.before} → ${c.after}`;
}


/***/ }),

/***/ 5875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ writeUpdateSummary),
/* harmony export */   Bg: () => (/* binding */ writeDeclarationWarnings),
/* harmony export */   DQ: () => (/* binding */ logDeclarationValid),
/* harmony export */   Y1: () => (/* binding */ writeDeclarationSummary),
/* harmony export */   iR: () => (/* binding */ logDiff),
/* harmony export */   mu: () => (/* binding */ logUpdated),
/* harmony export */   q2: () => (/* binding */ reportDeclarationWarnings)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _pipeline_definition_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7745);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3304);
/* harmony import */ var _failure_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9853);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4285);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7994);
/** Log lines, warning annotations and job summaries of a pipeline declaration: validate and update-pipeline. */






function plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
function counts(decl) {
    const stages = decl.stages ?? [];
    const type = decl.pipelineType ? ` (${decl.pipelineType})` : '';
    return `${plural(stages.length, 'stage')}, ${plural(stages.reduce((n, s) => n + (s.actions?.length ?? 0), 0), 'action')}${type}`;
}
/** Warnings as ::warning annotations at their line, and a readable list. */
function reportDeclarationWarnings(warnings) {
    if (warnings.length === 0)
        return;
    const shown = warnings.slice(0, _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ANNOTATIONS */ .KE);
    for (const w of shown)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(w.message, { title: w.rule ?? 'pipeline declaration', ...(0,_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .annotationOf */ .lW)(w) });
    const lines = shown.map((w) => `  ${(0,_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .locationOf */ .hD)(w)}  ${w.message}${w.rule ? `  [${w.rule}]` : ''}`);
    if (warnings.length > _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ANNOTATIONS */ .KE)
        lines.push(`  ... and ${warnings.length - _failure_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_ANNOTATIONS */ .KE} more`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${plural(warnings.length, 'warning')}:\n${lines.join('\n')}`);
}
function logDeclarationValid(file, decl, warnings) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${file} is a valid pipeline declaration: ${counts(decl)}${warnings > 0 ? `; ${plural(warnings, 'warning')}` : ''}.`);
}
/** Stages and actions in order: what the pipeline will do. */
function stageTable(doc, decl) {
    const rows = (decl.stages ?? []).flatMap((s, i) => (s.actions ?? []).map((a, j) => [
        j === 0 ? String(i + 1) : '',
        j === 0 ? (s.name ?? '') : '',
        a.name ?? '',
        `${a.actionTypeId?.category ?? '?'} · ${a.actionTypeId?.provider ?? '?'}`,
        String(a.runOrder ?? 1),
        (a.inputArtifacts ?? []).map((x) => x.name).join(', ') || '—',
        (a.outputArtifacts ?? []).map((x) => x.name).join(', ') || '—',
    ]));
    doc.table(['#', 'Stage', 'Action', 'Type', 'runOrder', 'Reads', 'Produces'], rows);
}
function warningsSection(doc, warnings) {
    if (warnings.length === 0)
        return;
    doc.heading(`⚠️ ${plural(warnings.length, 'warning')}`, 4);
    (0,_failure_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .problemsTable */ .NT)(doc, warnings);
}
async function writeDeclarationSummary(env, file, decl, warnings) {
    const doc = new _markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .SummaryDoc */ .VH().heading((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .html */ .qy) `Pipeline declaration ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(file)}`).paragraph(`Valid: ${counts(decl)}.`);
    stageTable(doc, decl);
    warningsSection(doc, warnings);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSummary */ .S)(env, doc);
}
/** The warnings of a declaration that also has errors (the errors go to the failure summary). */
async function writeDeclarationWarnings(env, file, warnings) {
    if (warnings.length === 0)
        return;
    const doc = new _markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .SummaryDoc */ .VH().heading((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .html */ .qy) `Pipeline declaration ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(file)}`);
    warningsSection(doc, warnings);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSummary */ .S)(env, doc);
}
/** The diff in the log, one line a change, in a group. */
function logDiff(r) {
    if (r.changes.length === 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Pipeline ${r.pipeline} (version ${r.version}) already matches ${r.file}: nothing to update.`);
        return;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`${plural(r.changes.length, 'change')} to pipeline ${r.pipeline} (version ${r.version})`);
    for (const c of r.changes)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_pipeline_definition_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .changeLine */ .vK)(c));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    if (r.dryRun)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`dry-run: true, so pipeline ${r.pipeline} was not updated (${plural(r.changes.length, 'change')} shown above).`);
}
function logUpdated(pipeline, from, to) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Updated pipeline ${pipeline}: version ${from} → ${to}. The next execution runs the new declaration.`);
}
const MARK = { added: 'added', removed: 'removed', changed: 'changed' };
async function writeUpdateSummary(env, r, outcome, warnings) {
    const doc = new _markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .SummaryDoc */ .VH().heading((0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .html */ .qy) `Pipeline ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(r.pipeline)} ← ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(r.file)}`);
    const changes = plural(r.changes.length, 'change');
    if (outcome === 'unchanged')
        doc.paragraph(`Unchanged: version ${r.version} already matches the file.`);
    else if (outcome === 'dry-run')
        doc.paragraph(`Dry run: ${changes} against version ${r.version}; nothing was applied.`);
    else if (outcome === 'failed')
        doc.paragraph(`Not applied: ${changes} against version ${r.version}; the update failed (below).`);
    else
        doc.paragraph(`Updated: version ${r.version} → ${outcome.updatedTo}, ${changes}.`);
    if (r.changes.length > 0)
        doc.table(['Change', 'Where', 'Before', 'After'], r.changes.map((c) => [MARK[c.kind], (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(c.path), c.before, c.after]));
    warningsSection(doc, warnings);
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSummary */ .S)(env, doc);
}


/***/ })

};

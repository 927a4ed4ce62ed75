export const id = 570;
export const ids = [570];
export const modules = {

/***/ 2458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ findCycle)
/* harmony export */ });
/**
 * Dependency graphs (environments' dependsOn, DAG tasks' depends): finding a cycle. Pure and
 * iterative, so a long chain cannot exhaust the call stack.
 */
/**
 * A cycle of `graph` (node → the nodes it depends on) as a closed list `[a, b, c, a]`, or
 * undefined. Edges to nodes that are not keys of the graph are ignored.
 */
function findCycle(graph) {
    const done = new Set();
    for (const root of graph.keys()) {
        if (done.has(root))
            continue;
        const cycle = walk(root, graph, done);
        if (cycle)
            return cycle;
    }
    return undefined;
}
/** Depth-first from `root` with an explicit stack; marks every node it finishes in `done`. */
function walk(root, graph, done) {
    const path = [root];
    const onPath = new Set([root]);
    const next = [0];
    while (path.length > 0) {
        const top = path.length - 1;
        const node = path[top];
        const edges = graph.get(node) ?? [];
        const i = next[top];
        if (i >= edges.length) {
            done.add(node);
            onPath.delete(node);
            path.pop();
            next.pop();
            continue;
        }
        next[top] = i + 1;
        const dep = edges[i];
        if (!graph.has(dep) || done.has(dep))
            continue;
        if (onPath.has(dep))
            return [...path.slice(path.indexOf(dep)), dep];
        path.push(dep);
        onPath.add(dep);
        next.push(0);
    }
    return undefined;
}


/***/ }),

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
/** Tasks of the main DAG besides the environments: validate, build, deploy-pipeline and finish. */
const FIXED_DAG_TASKS = 4;
/** The largest number of environments the main DAG admits. */
const MAX_ENVIRONMENTS = MAX_DAG_TASKS.value - FIXED_DAG_TASKS;
/** Environment names become Argo task and output names; keep them short. */
const MAX_ENVIRONMENT_NAME = 50;
/** UTF-8 byte length. */
function byteLength(s) {
    return Buffer.byteLength(s, 'utf8');
}


/***/ }),

/***/ 253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig),
  n: () => (/* binding */ localCheckCommand)
});

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
// EXTERNAL MODULE: ./src/util/hidden-chars.ts
var hidden_chars = __webpack_require__(5974);
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
        out += typeof s === 'number' ? `[${s}]` : out === '' ? (0,hidden_chars/* escapeHidden */.OR)(s) : `.${(0,hidden_chars/* escapeHidden */.OR)(s)}`;
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
            return { path: [...path, key], atKey: true, rule: 'unknown-key', message: `Unknown key '${(0,hidden_chars/* escapeHidden */.OR)(key)}' in ${where}.${hint}` };
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

// EXTERNAL MODULE: ./src/aphex/secrets.ts
var aphex_secrets = __webpack_require__(6667);
// EXTERNAL MODULE: ./src/aphex/graph.ts
var aphex_graph = __webpack_require__(2458);
// EXTERNAL MODULE: ./src/util/guards.ts
var guards = __webpack_require__(6936);
;// CONCATENATED MODULE: ./src/aphex/rules.ts







const str = (v) => (typeof v === 'string' ? v : undefined);
const BRACES_EXPLANATION = "Argo Workflows reads '{{' as the start of a template expression and has no way to escape it: the text would be substituted or rejected when the Workflow runs. Move the command into a script in the repository and call the script.";
function semanticIssues(data) {
    const issues = [];
    const secrets = [];
    scanStrings(data, [], issues, secrets);
    if (!(0,guards/* isObj */.s)(data))
        return { issues, secrets };
    const envs = Array.isArray(data.environments) ? data.environments : [];
    if (envs.length > limits/* MAX_ENVIRONMENTS */.U9) {
        issues.push({ path: ['environments'], rule: 'limit', message: `${envs.length} environments are more than ${limits/* MAX_ENVIRONMENTS */.U9}: each environment is one task of the pipeline's DAG, next to validate, build, deploy-pipeline and finish, and ${limits/* MAX_DAG_TASKS */.bk.what} applies. Split the pipeline.` });
    }
    environmentNames(envs, issues);
    dependsOn(envs, issues);
    envs.forEach((env, i) => {
        if ((0,guards/* isObj */.s)(env))
            stacks(env, ['environments', i], issues);
    });
    commands(data, issues);
    payloads(data, envs, issues);
    return { issues, secrets };
}
/** Every string and key: no `{{`, no credentials, no hidden characters. */
function scanStrings(value, path, issues, secrets) {
    if (typeof value === 'string') {
        hiddenCharacters(value, path, false, issues);
        if (value.includes('{{')) {
            issues.push({ path, rule: 'template-braces', message: `${pathText(path)} contains '{{'. ${BRACES_EXPLANATION}` });
        }
        reportSecrets((0,aphex_secrets/* findSecrets */.d)(value), path, false, issues, secrets);
        return;
    }
    if (Array.isArray(value)) {
        value.forEach((v, i) => scanStrings(v, [...path, i], issues, secrets));
        return;
    }
    if ((0,guards/* isObj */.s)(value)) {
        for (const [key, v] of Object.entries(value)) {
            const keyPath = [...path, key];
            hiddenCharacters(key, keyPath, true, issues);
            if (key.includes('{{'))
                issues.push({ path: keyPath, atKey: true, rule: 'template-braces', message: `Key '${(0,aphex_names/* short */.h0)(key)}' contains '{{'. ${BRACES_EXPLANATION}` });
            const keyFindings = (0,aphex_secrets/* findSecrets */.d)(key);
            reportSecrets(keyFindings, keyPath, true, issues, secrets);
            if (aphex_secrets/* SECRET_KEY_NAME */.F.test(key) && keyFindings.length === 0 && v !== null && v !== undefined && v !== '') {
                if (typeof v === 'string')
                    secrets.push(v);
                issues.push({ path: keyPath, rule: 'credential', message: `Key '${key}' holds a credential. ${CREDENTIAL_HINT}` });
                continue;
            }
            scanStrings(v, keyPath, issues, secrets);
        }
    }
}
const PASTED = 'Remove it; such characters usually arrive with text copied from a web page or a chat.';
/** Why a hidden character matters where it is. */
function hiddenWhy(first, command) {
    if ((0,hidden_chars/* isBidiControl */.ic)(first.code))
        return `It changes how the text around it is displayed, so the value would not do what it reads. ${PASTED}`;
    if (!command)
        return `Names, paths and settings are used exactly as written, so this value would not be the one it looks like. ${PASTED}`;
    if (first.code === 0)
        return `A NUL ends the command there when it reaches the shell. ${PASTED}`;
    return `The shell would receive it, while logs and editors do not show it. ${PASTED}`;
}
/**
 * Control, bidirectional and invisible characters, reported at the character: commands may hold
 * tabs, line breaks and zero-width joiners (emoji), nothing else hidden; every other value and key
 * nothing hidden at all. The value is not quoted (it may hold a credential).
 */
function hiddenCharacters(value, path, atKey, issues) {
    const command = !atKey && path.length >= 2 && path[path.length - 2] === 'commands' && typeof path[path.length - 1] === 'number';
    const found = (0,hidden_chars/* hiddenChars */.kS)(value, command ? 'command' : 'none');
    const first = found[0];
    if (first === undefined)
        return;
    const what = atKey ? `Key '${(0,aphex_names/* short */.h0)(value)}'${path.length > 1 ? ` in ${pathText(path.slice(0, -1))}` : ''}` : pathText(path);
    issues.push({ path, atKey, char: first.char, rule: 'hidden-character', message: `${what} ${(0,hidden_chars/* describeHidden */.Y7)(found)}. ${hiddenWhy(first, command)}` });
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
        const name = (0,guards/* isObj */.s)(env) ? str(env.name) : undefined;
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
    const names = envs.map((e) => ((0,guards/* isObj */.s)(e) ? str(e.name) : undefined)).filter((n) => n !== undefined);
    const graph = new Map();
    envs.forEach((env, i) => {
        if (!(0,guards/* isObj */.s)(env) || !Array.isArray(env.dependsOn))
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
    const cycle = (0,aphex_graph/* findCycle */.u)(graph);
    if (cycle) {
        const i = envs.findIndex((e) => (0,guards/* isObj */.s)(e) && e.name === cycle[0]);
        issues.push({ path: ['environments', i, 'dependsOn'], rule: 'dependency-cycle', message: `dependsOn forms a cycle: ${cycle.map((n) => `'${(0,aphex_names/* short */.h0)(n)}'`).join(' → ')}; no environment in it could ever start.` });
    }
}
function stacks(env, envPath, issues) {
    if (!Array.isArray(env.stacks))
        return;
    const seen = new Map();
    env.stacks.forEach((stack, j) => {
        if (!(0,guards/* isObj */.s)(stack))
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
    const lists = [[(0,guards/* isObj */.s)(data.build) ? data.build.commands : undefined, ['build', 'commands']]];
    const envs = Array.isArray(data.environments) ? data.environments : [];
    envs.forEach((env, i) => {
        if ((0,guards/* isObj */.s)(env) && (0,guards/* isObj */.s)(env.tests))
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
    const build = (0,guards/* isObj */.s)(data.build) ? data.build.commands : undefined;
    const buildBytes = (0,limits/* byteLength */.dp)(JSON.stringify(build ?? []));
    if (buildBytes > limit.value) {
        issues.push({ path: ['build', 'commands'], rule: 'limit', message: `The build commands take ${buildBytes} bytes, over ${limit.what}. Move long commands into a script in the repository.` });
    }
    envs.forEach((env, i) => {
        if (!(0,guards/* isObj */.s)(env))
            return;
        const bytes = (0,limits/* byteLength */.dp)(JSON.stringify([env.stacks ?? [], (0,guards/* isObj */.s)(env.tests) ? env.tests.commands : []]));
        if (bytes > limit.value) {
            issues.push({ path: ['environments', i], rule: 'limit', message: `The stacks and tests of environments[${i}] take ${bytes} bytes, over ${limit.what}. Move long commands into a script in the repository.` });
        }
    });
}

// EXTERNAL MODULE: ./src/aphex/source.ts + 1 modules
var source = __webpack_require__(5406);
;// CONCATENATED MODULE: ./src/aphex/validate.ts




/**
 * Validates the text of a config file. `file` is the path as the user gave it; it is copied
 * into every problem so annotations point at the file.
 */
function validateConfigText(text, file) {
    const src = (0,source/* parseSource */.PJ)(text);
    // Anything credential-like in the raw text is handed back for masking, even if it does not parse.
    const raw = (0,aphex_secrets/* findSecrets */.d)(text).map((f) => f.value);
    const problems = src.problems.map((p) => ({ file, ...p.position, message: p.message, rule: p.rule }));
    if (src.fatal)
        return { problems: sortProblems(problems), secrets: raw };
    if (src.data === undefined || src.data === null) {
        problems.push({ file, line: 1, col: 1, message: 'The config file is empty: it needs version, build and environments (see docs/config.md).', rule: 'required' });
        return { problems: sortProblems(problems), secrets: raw };
    }
    const rules = semanticIssues(src.data);
    const issues = [...withoutEchoes(schemaIssues(src.data), rules.issues), ...rules.issues];
    for (const issue of issues)
        problems.push(toProblem(src, file, issue));
    const sorted = sortProblems(dedupe(problems));
    const secrets = [...new Set([...raw, ...rules.secrets])];
    return sorted.length === 0 ? { config: src.data, problems: [], secrets } : { problems: sorted, secrets };
}
/** Schema complaints about a value or key whose real problem is a hidden character (reported by the rules). */
function withoutEchoes(schema, rules) {
    const hidden = new Set(rules.filter((i) => i.rule === 'hidden-character').map((i) => JSON.stringify(i.path)));
    return schema.filter((i) => !((i.rule === 'format' || i.rule === 'unknown-key') && hidden.has(JSON.stringify(i.path))));
}
function toProblem(src, file, issue) {
    const pos = issue.char === undefined ? (0,source/* positionOf */.df)(src, issue.path, issue.atKey) : (0,source/* positionOfChar */.$2)(src, issue.path, issue.char, issue.atKey);
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

;// CONCATENATED MODULE: ./src/aphex/load.ts
/**
 * Loading aphex-config.yaml: the text (read by the caller), validated; every credential-like
 * value handed out for masking before anything is reported; one error listing every problem.
 * Pure apart from what the caller hands in.
 */


/**
 * How a user checks the config before pushing: the CLI of this action at the ref the workflow
 * uses (the runner names it in GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF), else from a checkout.
 */
function localCheckCommand(file, env, flag = '--config') {
    const repo = env.GITHUB_ACTION_REPOSITORY ?? '';
    const ref = env.GITHUB_ACTION_REF ?? '';
    const quoted = /^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
    if (/^[\w.-]+\/[\w.-]+$/.test(repo) && /^[\w./-]+$/.test(ref))
        return `npx --yes github:${repo}#${ref} validate ${flag} ${quoted}`;
    return `node <checkout of aphex-pipeline-action>/bin/aphex-pipeline.js validate ${flag} ${quoted}`;
}
/** Reads and validates the config; throws one ActionError listing every problem. */
async function loadConfig(options) {
    const { file } = options;
    const result = validateConfigText(await options.read(), file);
    // The runner masks line by line: a multi-line secret is masked one line at a time.
    for (const secret of result.secrets)
        for (const line of secret.split(/\r?\n/))
            if (line.trim().length >= 4)
                options.onSecret(line.trim());
    if (!result.config) {
        const n = result.problems.length;
        throw new errors/* ActionError */.lZ(`${file} has ${n} problem${n === 1 ? '' : 's'} (listed above).`, {
            problems: result.problems,
            hint: `Fix each one at the line shown; docs/config.md describes every key. Check locally before pushing with: ${options.localCheck ?? localCheckCommand(file, {})}`,
            title: 'aphex-config',
        });
    }
    return { config: result.config, file };
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

/***/ 6667:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ SECRET_KEY_NAME),
/* harmony export */   d: () => (/* binding */ findSecrets)
/* harmony export */ });
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


/***/ }),

/***/ 5406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PJ: () => (/* binding */ parseSource),
  df: () => (/* binding */ positionOf),
  $2: () => (/* binding */ positionOfChar)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/aphex/depth.ts
/**
 * How deeply a config nests mappings and lists, checked before the YAML is composed (the YAML
 * composer and every later walk recurse per level, so a file nested thousands of levels deep
 * would exhaust the call stack). Pure and iterative.
 */

/**
 * The deepest nesting a valid config has: the top-level mapping, environments, one environment,
 * its stacks, one stack (environments[].stacks[].name is a scalar at level 5).
 */
const SCHEMA_DEPTH = 5;
/** Files nested deeper than this are refused before they are composed. */
const MAX_DEPTH = 100;
const DEPTH_EXPLANATION = `An AphexPipeline config nests at most ${SCHEMA_DEPTH} levels (environments, an environment, its stacks, a stack); files nested more than ${MAX_DEPTH} levels are refused before they are read further.`;
const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);
/** The source offset of the first collection nested deeper than MAX_DEPTH, or undefined. */
function tooDeepOffset(text) {
    for (const token of new dist/* Parser */.iX().parse(text)) {
        if (token.type !== 'document' || token.value === undefined)
            continue;
        const stack = [[token.value, 0]];
        while (stack.length > 0) {
            const [node, above] = stack.pop();
            if (!COLLECTIONS.has(node.type))
                continue;
            const depth = above + 1;
            if (depth > MAX_DEPTH)
                return startOf(node);
            for (const item of node.items) {
                const pair = item;
                if (pair.key)
                    stack.push([pair.key, depth]);
                if (pair.value)
                    stack.push([pair.value, depth]);
            }
        }
    }
    return undefined;
}
/** Where a collection starts: a block mapping at its first key (its own offset may be the indentation before it). */
function startOf(node) {
    const first = node.type === 'block-map' ? node.items[0]?.key : undefined;
    return first ? first.offset : node.offset;
}
/**
 * The path of a value nested deeper than MAX_DEPTH in composed data (aliases can nest an anchor's
 * collection inside another), or undefined.
 */
function tooDeepPath(data) {
    const stack = [[data, []]];
    const seen = new Map();
    while (stack.length > 0) {
        const [value, path] = stack.pop();
        if (typeof value !== 'object' || value === null)
            continue;
        if (path.length >= MAX_DEPTH)
            return path;
        // An alias shares its object: walk it again only when it is reached at a greater depth.
        if ((seen.get(value) ?? -1) >= path.length)
            continue;
        seen.set(value, path.length);
        const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
        // Reversed, so the first value in the document is walked first.
        for (const [key, child] of entries.reverse())
            stack.push([child, [...path, key]]);
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/util/hidden-chars.ts
var hidden_chars = __webpack_require__(5974);
;// CONCATENATED MODULE: ./src/aphex/source.ts
/**
 * Parses aphex-config.yaml keeping source ranges, and turns config paths into file positions.
 */



/** `what` names the document in messages (a file of several documents is one problem). */
function parseSource(text, what = 'an AphexPipeline config') {
    const deep = tooDeepOffset(text);
    if (deep !== undefined)
        return tooDeep(text, deep);
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
    const at = (start, end) => span(lineCounter, start, end);
    const problems = doc.errors.map((e) => e.code === 'DUPLICATE_KEY'
        ? { position: at(e.pos[0], e.pos[1]), message: `Duplicate key: ${describeKeyAt(text, e.pos[0])}appears more than once in this mapping; YAML keeps only one of them.`, rule: 'duplicate-key' }
        : { position: at(e.pos[0], e.pos[1]), message: `YAML syntax: ${e.code === 'MULTIPLE_DOCS' ? `the file holds more than one YAML document ('---'); ${what} is one document.` : firstLine(e.message)}`, rule: 'yaml-syntax' });
    const src = { text, doc, lineCounter, data: undefined, problems, fatal: problems.some((p) => p.rule === 'yaml-syntax') };
    if (!src.fatal)
        compose(src);
    return src;
}
/** Sets src.data, or a fatal problem when the aliases expand too far or too deep. */
function compose(src) {
    try {
        src.data = src.doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        src.fatal = true;
        const message = e instanceof RangeError ? `Aliases nest collections too deeply to be read. ${DEPTH_EXPLANATION}` : `YAML: ${firstLine(e.message)}`;
        src.problems.push({ position: span(src.lineCounter, 0, 0), message, rule: e instanceof RangeError ? 'nesting' : 'yaml-syntax' });
        return;
    }
    const path = tooDeepPath(src.data);
    if (path === undefined)
        return;
    src.fatal = true;
    src.data = undefined;
    src.problems.push({ position: positionOf(src, path), message: `Aliases nest collections more than ${MAX_DEPTH} levels deep here. ${DEPTH_EXPLANATION}`, rule: 'nesting' });
}
/** The one problem of a file nested too deeply; the YAML is not composed at all. */
function tooDeep(text, offset) {
    const lineCounter = new dist/* LineCounter */.HN();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lineCounter.addNewLine(i + 1);
    const message = `Mappings and lists are nested more than ${MAX_DEPTH} levels deep here. ${DEPTH_EXPLANATION}`;
    return { text, doc: (0,dist/* parseDocument */.Tp)(''), lineCounter, data: undefined, problems: [{ position: span(lineCounter, offset, offset + 1), message, rule: 'nesting' }], fatal: true };
}
function firstLine(s) {
    return s.split('\n')[0] ?? s;
}
function describeKeyAt(text, offset) {
    const m = /^(?:"[^"\n]*"|'[^'\n]*'|[^:\n#]+)/.exec(text.slice(offset, offset + 200));
    const key = m ? m[0].trim() : '';
    return key === '' ? '' : `'${(0,hidden_chars/* escapeHidden */.OR)(key.replace(/^["']|["']$/g, ''))}' `;
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
    const range = rangeOf(src, path, atKey);
    return range ? span(src.lineCounter, range[0], range[1]) : span(src.lineCounter, 0, 0);
}
/**
 * The position of `char` inside the value (or key) at `path`: its first literal occurrence in
 * the source, else the first YAML escape (`\0`, `\a`, `\x07`, `\u200b`, …) that stands for it.
 * Falls back to the value's position.
 */
function positionOfChar(src, path, char, atKey = false) {
    const range = rangeOf(src, path, atKey);
    if (!range)
        return span(src.lineCounter, 0, 0);
    const source = src.text.slice(range[0], range[1]);
    let at = source.indexOf(char);
    if (at < 0)
        at = escapeOffset(source, char);
    if (at < 0)
        return span(src.lineCounter, range[0], range[1]);
    const start = range[0] + at;
    return span(src.lineCounter, start, start + 1);
}
const NAMED_ESCAPES = { '0': '\0', a: '\x07', b: '\b', t: '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };
/** Offset in `source` of the first YAML escape sequence that decodes to `char`, or -1. */
function escapeOffset(source, char) {
    const re = /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/gsu;
    for (let m = re.exec(source); m !== null; m = re.exec(source)) {
        const body = m[1];
        const decoded = body.length > 1 ? String.fromCodePoint(parseInt(body.slice(1), 16)) : (NAMED_ESCAPES[body] ?? body);
        if (decoded === char)
            return m.index;
    }
    return -1;
}
/** The source range of the node at `path` (see positionOf). */
function rangeOf(src, path, atKey) {
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
    return range ? [range[0], range[1]] : undefined;
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


/***/ }),

/***/ 3622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ writeNamedFile),
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   wh: () => (/* binding */ readNamedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5974);
/* harmony import */ var _util_regular_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1215);
/**
 * The files inputs name (config, template-path): looked at before they are opened, so a named
 * pipe, a device (/dev/zero), a socket, a folder, a kernel interface (/proc, /sys) or an
 * over-large file is refused with a message instead of hanging or filling memory. Opened with
 * O_NONBLOCK and checked again once open, so a file swapped meanwhile cannot block either.
 */







/** The largest config file read: a config is a few kilobytes, and renders into an object Kubernetes caps at 1 MiB. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Kernel interfaces: reading them can reveal the process's secrets, writing them can change the system. */
const KERNEL_ROOTS = ['/proc', '/sys'];
function fail(f, problem, hint, cause) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ(`Input '${f.input}' names '${(0,_util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHidden */ .OR)(f.given)}', which ${problem}.`, { hint, title: `input ${f.input}`, ...(cause === undefined ? {} : { cause }) });
}
function underKernel(resolved) {
    return KERNEL_ROOTS.find((root) => resolved === root || resolved.startsWith(`${root}/`));
}
function mib(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
/**
 * The text of a file the user names, at most `maxBytes` long and UTF-8. `missingHint` says what
 * to do when it does not exist.
 */
async function readNamedFile(f, maxBytes, missingHint, example) {
    let resolved;
    try {
        resolved = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(f.full);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            fail(f, `was not found (looked for ${(0,_util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHidden */ .OR)(f.full)})`, missingHint);
        return fail(f, `could not be read: ${e.message}`, 'Check that the file exists and is readable.', e);
    }
    const kernel = underKernel(resolved);
    if (kernel !== undefined)
        fail(f, `is ${(0,_util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHidden */ .OR)(resolved)}, a kernel interface under ${kernel}, not a file of the repository`, `Set ${example}`);
    const checked = (info) => {
        if (!info.isFile())
            fail(f, `is ${(0,_util_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .kindOfFile */ .yK)(info)}, not a regular file`, `Set ${example}`);
        if (info.size > maxBytes)
            fail(f, `is ${mib(info.size)} (${info.size} bytes), too large: at most ${mib(maxBytes)} is read`, `An AphexPipeline config is a few kilobytes: check that ${f.input} names the right file.`);
    };
    checked(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(resolved));
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(resolved, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY);
    try {
        checked(await handle.stat());
        const buffer = Buffer.alloc(maxBytes + 1);
        let length = 0;
        for (let n = -1; n !== 0 && length <= maxBytes; length += n)
            n = (await handle.read(buffer, length, buffer.length - length, null)).bytesRead;
        if (length > maxBytes)
            fail(f, `grew beyond ${mib(maxBytes)} while it was read`, `Set ${example}`);
        return utf8(f, buffer.subarray(0, length));
    }
    finally {
        await handle.close();
    }
}
/** Decodes UTF-8, or fails naming the line and column of the first byte that is not UTF-8. */
function utf8(f, bytes) {
    const text = bytes.toString('utf8');
    const bad = text.indexOf('\uFFFD');
    if (bad < 0)
        return text;
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return text; // The file holds U+FFFD itself.
    }
    catch {
        const before = text.slice(0, bad).split('\n');
        const line = before.length;
        const col = (before[before.length - 1] ?? '').length + 1;
        return fail(f, `is not UTF-8 text (the first invalid byte is at line ${line}, column ${col})`, 'Save the file as UTF-8.');
    }
}
/**
 * Writes `text` to a file the user names, creating its folder. Refuses kernel interfaces and
 * anything that exists but is not a regular file, before opening it.
 */
async function writeNamedFile(f, text, example) {
    const resolved = await resolveForWrite(f.full);
    const kernel = underKernel(resolved);
    if (kernel !== undefined)
        fail(f, `is ${(0,_util_hidden_chars_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHidden */ .OR)(resolved)}, a kernel interface under ${kernel}; the template is not written there`, `Set ${example}`);
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(resolved).catch(() => undefined);
    if (existing && !existing.isFile())
        fail(f, `is ${(0,_util_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .kindOfFile */ .yK)(existing)}, not a regular file`, `Set ${example}`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(resolved), { recursive: true });
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(resolved, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOCTTY, 0o644);
        try {
            const info = await handle.stat();
            if (!info.isFile())
                fail(f, `is ${(0,_util_regular_file_js__WEBPACK_IMPORTED_MODULE_5__/* .kindOfFile */ .yK)(info)}, not a regular file`, `Set ${example}`);
            await handle.truncate(0);
            await handle.writeFile(text, 'utf8');
        }
        finally {
            await handle.close();
        }
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionError */ .lZ)
            throw e;
        fail(f, `could not be written: ${e.message}`, `Set ${example} (a writable file path).`, e);
    }
}
/** `full` with the symbolic links of its longest existing ancestor resolved. */
async function resolveForWrite(full) {
    let existing = full;
    const rest = [];
    for (;;) {
        const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(existing).then(() => true, () => false);
        if (found)
            break;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(existing);
        if (parent === existing)
            return full;
        rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(existing));
        existing = parent;
    }
    const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(existing).catch(() => existing);
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(real, ...rest);
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


/***/ })

};

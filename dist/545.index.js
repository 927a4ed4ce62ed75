export const id = 545;
export const ids = [545];
export const modules = {

/***/ 3545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ updatePipelineCommand)
});

// EXTERNAL MODULE: ./src/aws/session.ts + 11 modules
var session = __webpack_require__(7180);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/pipeline-declaration.ts + 11 modules
var pipeline_declaration = __webpack_require__(4038);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(3644);
// EXTERNAL MODULE: ./src/aws/describe-error.ts
var describe_error = __webpack_require__(6831);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/codepipeline/aws-errors.ts
var aws_errors = __webpack_require__(9820);
;// CONCATENATED MODULE: ./src/pipeline-definition/api.ts




async function openDefinitionApi(session, pipelineName) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(118), __webpack_require__.e(232)]).then(__webpack_require__.t.bind(__webpack_require__, 8232, 19));
    const client = new sdk.CodePipelineClient((0,clients/* awsClientConfig */.r)(session));
    const where = { pipelineName, region: session.region };
    const opts = (signal) => (signal ? { abortSignal: signal } : {});
    const current = (declaration, operation) => {
        if (declaration === undefined)
            throw new errors/* ActionError */.lZ(`CodePipeline ${operation} of pipeline '${pipelineName}' answered without a pipeline declaration.`, { hint: 'Re-run the step; if it persists, check AWS_ENDPOINT_URL_CODEPIPELINE and the proxy settings.' });
        return { declaration, version: declaration.version ?? 0 };
    };
    return {
        pipelineName,
        region: session.region,
        get: async (signal) => {
            try {
                return current((await client.send(new sdk.GetPipelineCommand({ name: pipelineName }), opts(signal))).pipeline, 'GetPipeline');
            }
            catch (e) {
                throw definitionError(e, 'GetPipeline', where);
            }
        },
        update: async (declaration, signal) => {
            try {
                return current((await client.send(new sdk.UpdatePipelineCommand({ pipeline: declaration }), opts(signal))).pipeline, 'UpdatePipeline');
            }
            catch (e) {
                throw definitionError(e, 'UpdatePipeline', where);
            }
        },
    };
}
/** CodePipeline's own refusals of a declaration: what it checks that a file check cannot (or missed). */
const REFUSALS = {
    InvalidStructureException: 'the structure of the pipeline',
    InvalidStageDeclarationException: 'a stage declaration',
    InvalidActionDeclarationException: 'an action declaration',
    InvalidBlockerDeclarationException: 'a blocker declaration',
    ValidationException: 'a value of the declaration',
};
/** The AWS error code of an error thrown by definitionError (or of an SDK error). */
function codeOf(e) {
    const cause = e instanceof errors/* ActionError */.lZ ? e.cause : e;
    return (cause ?? {}).name ?? '';
}
function definitionError(e, operation, where) {
    if (e instanceof errors/* ActionError */.lZ)
        return e;
    const f = (0,describe_error/* describeAwsError */.Pp)(e, 'CodePipeline', operation);
    const make = (message, hint, extra = {}) => new errors/* ActionError */.lZ(message, { cause: (0,describe_error/* awsCause */.hG)(e, f), hint, ...extra });
    const p = `'${where.pipelineName}' in ${where.region}`;
    const code = f.code ?? '';
    if (code === 'PipelineNotFoundException') {
        return make(`There is no pipeline ${p} for these credentials (${(0,describe_error/* answerText */.yy)(f)}): update-pipeline changes an existing pipeline, it never creates one.`, 'Check pipeline-name and aws-region, and that the credentials belong to the pipeline\'s account. To create the pipeline, use CloudFormation, the CDK or `aws codepipeline create-pipeline` once; update-pipeline keeps it in step afterwards.', { title: 'pipeline not found' });
    }
    if (operation === 'UpdatePipeline' && REFUSALS[code] !== undefined) {
        return make(`CodePipeline refused ${REFUSALS[code]} of pipeline ${p} (${(0,describe_error/* answerText */.yy)(f)}).`, 'The file passed this action\'s checks, so this is a rule only the service knows (an action configuration it does not accept, a resource that does not exist, a quota of your account). Fix the declaration where the message points, then run validate and update-pipeline again. Nothing was changed.', { title: 'declaration refused' });
    }
    if (code === 'LimitExceededException') {
        return make(`CodePipeline ${operation} of pipeline ${p} hit a limit of the account (${(0,describe_error/* answerText */.yy)(f)}).`, 'See Service Quotas for CodePipeline in this region: raise the quota, or remove stages or actions.', { title: 'limit' });
    }
    if (operation === 'UpdatePipeline' && /AccessDenied|UnauthorizedOperation/.test(code)) {
        return make(`CodePipeline UpdatePipeline on pipeline ${p} was denied (${(0,describe_error/* answerText */.yy)(f)}).`, `The role needs codepipeline:UpdatePipeline on arn:aws:codepipeline:${where.region}:<account>:${where.pipelineName}, and iam:PassRole on the pipeline's roleArn (and on every action roleArn in the declaration). docs/codepipeline.md has the policy.`, { title: 'access denied' });
    }
    return (0,aws_errors/* toActionError */.ie)(e, operation, where);
}

// EXTERNAL MODULE: ./src/pipeline-definition/diff.ts
var diff = __webpack_require__(7745);
// EXTERNAL MODULE: ./src/codepipeline/once.ts
var once = __webpack_require__(3294);
// EXTERNAL MODULE: ./src/codepipeline/looks.ts
var looks = __webpack_require__(7855);
;// CONCATENATED MODULE: ./src/pipeline-definition/update.ts





/** The declaration the file asks for: named after the pipeline, without the file's (stale) version. */
function desiredDeclaration(file, pipelineName) {
    const { version: ignored, ...rest } = file;
    void ignored;
    return { ...rest, name: pipelineName };
}
function readCurrent(io) {
    return (0,once/* once */.Oo)('GetPipeline', () => io.api.get(io.signal), { clock: io.clock, signal: io.signal, log: io.log });
}
/** Applies `desired` when the pipeline is still at `diffed.version`; returns the pipeline as stored. */
async function applyDeclaration(desired, diffed, io) {
    const name = io.api.pipelineName;
    const now = await readCurrent(io);
    if (now.version !== diffed.version)
        throw moved(name, diffed.version, now.version, 'while this step ran');
    try {
        return await (0,once/* once */.Oo)('UpdatePipeline', () => io.api.update({ ...desired, version: diffed.version }, io.signal), { clock: io.clock, signal: io.signal, log: io.log, policy: once/* SINGLE_ATTEMPT */.t$ });
    }
    catch (e) {
        return await afterFailure(e, desired, diffed, io);
    }
}
/**
 * A failed UpdatePipeline: a conflict (ConflictException, or a refusal that names the version while
 * the version did move), a lost answer of an update that landed, or the error itself.
 */
async function afterFailure(e, desired, diffed, io) {
    const conflict = codeOf(e) === 'ConflictException';
    const namesVersion = !conflict && e instanceof errors/* ActionError */.lZ && e.title === 'declaration refused' && /\bversion\b/i.test(e.message);
    const lost = !conflict && !namesVersion && (0,looks/* mayRetry */.KO)(e, io.signal);
    if (!conflict && !namesVersion && !lost)
        throw e;
    let after;
    try {
        after = await readCurrent(io);
    }
    catch {
        throw e;
    }
    if (conflict || (namesVersion && after.version !== diffed.version))
        throw moved(io.api.pipelineName, diffed.version, after.version, 'and CodePipeline refused the update', e);
    if (lost && after.version === diffed.version + 1 && (0,diff/* declarationDiff */.yS)(after.declaration, desired, io.api.region).length === 0) {
        io.log(`UpdatePipeline's answer was lost, but pipeline ${io.api.pipelineName} is now version ${after.version} with this declaration: the update landed.`);
        return after;
    }
    throw e;
}
function moved(name, was, now, how, cause) {
    const message = now === was
        ? `CodePipeline reported a conflicting update of pipeline '${name}' (version ${was}): another update was in progress. Nothing from this step was applied.`
        : `Pipeline '${name}' changed ${how}: the diff above is against version ${was}, and it is version ${now} now (someone or something else updated it). Nothing from this step was applied.`;
    return new errors/* ActionError */.lZ(message, {
        hint: `Re-run the step: it diffs against the current version and shows what the other update changed compared with the file. If two workflows update this pipeline, let one of them do it (a concurrency group).`,
        title: 'concurrent update',
        ...(cause === undefined ? {} : { cause }),
    });
}

// EXTERNAL MODULE: ./src/report/pipeline-log.ts
var pipeline_log = __webpack_require__(705);
// EXTERNAL MODULE: ./src/report/pipeline-declaration.ts
var report_pipeline_declaration = __webpack_require__(5875);
;// CONCATENATED MODULE: ./src/commands/update-pipeline.ts








async function updatePipelineCommand(ctx) {
    const s = ctx.settings;
    const { declaration, file, warnings } = await (0,pipeline_declaration/* loadDeclarationInput */.Z)(ctx, { pipelineName: s.pipelineName, ...(s.awsRegion ? { region: s.awsRegion } : {}) });
    const api = await openDefinitionApi(await (0,session.openAwsSession)(ctx), s.pipelineName);
    const io = { api, clock: clock/* realClock */.d, signal: ctx.signal, log: pipeline_log/* info */.pq };
    const current = await readCurrent(io);
    const desired = desiredDeclaration(declaration, s.pipelineName);
    const report = { pipeline: s.pipelineName, file, version: current.version, changes: (0,diff/* declarationDiff */.yS)(current.declaration, desired, api.region), dryRun: s.dryRun };
    (0,report_pipeline_declaration/* logDiff */.iR)(report);
    if (report.changes.length === 0 || s.dryRun) {
        ctx.setOutput('apply-result', report.changes.length === 0 ? 'unchanged' : 'configured');
        ctx.setOutput('pipeline-version', String(current.version));
        await (0,report_pipeline_declaration/* writeUpdateSummary */.BP)(ctx.env, report, report.changes.length === 0 ? 'unchanged' : 'dry-run', warnings);
        return;
    }
    let updated;
    try {
        updated = await applyDeclaration(desired, current, io);
    }
    catch (e) {
        await (0,report_pipeline_declaration/* writeUpdateSummary */.BP)(ctx.env, report, 'failed', warnings);
        throw e;
    }
    ctx.setOutput('apply-result', 'configured');
    ctx.setOutput('pipeline-version', String(updated.version));
    (0,report_pipeline_declaration/* logUpdated */.mu)(s.pipelineName, current.version, updated.version);
    await (0,report_pipeline_declaration/* writeUpdateSummary */.BP)(ctx.env, report, { updatedTo: updated.version }, warnings);
}


/***/ })

};

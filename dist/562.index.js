export const id = 562;
export const ids = [562];
export const modules = {

/***/ 4562:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  explainable: () => (/* binding */ explainable),
  failedDetails: () => (/* binding */ failedDetails),
  gatherEvidence: () => (/* binding */ gatherEvidence)
});

// UNUSED EXPORTS: EVIDENCE_BUDGET_MS

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(3644);
// EXTERNAL MODULE: ./src/aws/describe-error.ts
var describe_error = __webpack_require__(6831);
// EXTERNAL MODULE: ./src/retry/index.ts + 4 modules
var retry = __webpack_require__(7565);
;// CONCATENATED MODULE: ./src/evidence/calls.ts
/**
 * One evidence call (CodeBuild, CloudWatch Logs, CloudFormation): a short retry under the shared
 * policy (../retry), and a failure told in one sentence that names the service, the operation, the
 * HTTP status and the AWS error code, and for access denied the IAM action to allow.
 */


/** Evidence is a courtesy: two quick attempts, never long. */
const EVIDENCE_RETRY = { maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 2000, deadlineMs: 8000, attemptTimeoutMs: 6000 };
const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'UnauthorizedException']);
/** A failed evidence call, in the user's words. */
class EvidenceFailure extends Error {
    denied;
    failure;
    constructor(failure, denied) {
        super(`${failure.service} ${failure.operation} failed: ${(0,describe_error/* answerText */.yy)(failure)}`);
        this.name = 'EvidenceFailure';
        this.failure = failure;
        this.denied = denied;
    }
}
/** Runs `run` (one SDK call) under EVIDENCE_RETRY; throws an EvidenceFailure. */
async function evidenceCall(service, operation, run, o) {
    try {
        // Each attempt is cut at its budget, whatever the SDK's socket timeout does with a silent server.
        return await (0,retry/* withRetry */.bD)(({ timeoutMs }) => run(AbortSignal.any([...(o.signal ? [o.signal] : []), AbortSignal.timeout(timeoutMs)])), { policy: EVIDENCE_RETRY, clock: o.clock, signal: o.signal });
    }
    catch (e) {
        const error = e instanceof retry/* RetryExhausted */.IT ? e.last : e;
        const f = (0,describe_error/* describeAwsError */.Pp)(error, service, operation);
        throw new EvidenceFailure(f, DENIED.has(f.code ?? '') || f.status === 403);
    }
}

// EXTERNAL MODULE: ./src/evidence/model.ts
var model = __webpack_require__(3000);
;// CONCATENATED MODULE: ./src/evidence/codebuild.ts



/** Tuning of the evidence clients: one attempt bounded by the retry policy's attempt budget. */
const TUNING = { requestTimeoutMs: 6000 };
async function buildLogEvidence(session, ref, buildId, o) {
    const note = (text) => ({ ...ref, kind: 'note', text });
    const project = buildId.split(':')[0] ?? buildId;
    let place;
    try {
        place = await logPlace(session, buildId, o);
    }
    catch (e) {
        if (e instanceof EvidenceFailure && e.denied)
            return note(deniedText('codebuild:BatchGetBuilds', arn(session, 'codebuild', `project/${project}`), `the build log of ${buildId}`));
        return note(`The build log of ${buildId} could not be located: ${e.message}`);
    }
    if (typeof place === 'string')
        return note(place);
    try {
        const lines = await lastLines(session, place, o);
        return { ...ref, kind: 'build-log', buildId, group: place.group, stream: place.stream, lines, ...(place.deepLink ? { deepLink: place.deepLink } : {}) };
    }
    catch (e) {
        if (e instanceof EvidenceFailure && e.denied)
            return note(deniedText('logs:GetLogEvents', arn(session, 'logs', `log-group:${place.group}:log-stream:${place.stream}`), `the log of build ${buildId}`));
        return note(`The log of build ${buildId} (${place.group} ${place.stream}) could not be read: ${e.message}`);
    }
}
/** Where the build's log is, or why it is not in CloudWatch Logs. */
async function logPlace(session, buildId, o) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(118), __webpack_require__.e(774)]).then(__webpack_require__.t.bind(__webpack_require__, 4774, 19));
    const client = new sdk.CodeBuildClient((0,clients/* awsClientConfig */.r)(session, TUNING));
    const out = await evidenceCall('CodeBuild', 'BatchGetBuilds', (signal) => client.send(new sdk.BatchGetBuildsCommand({ ids: [buildId] }), signal ? { abortSignal: signal } : {}), o);
    const build = out.builds?.find((b) => b.id === buildId) ?? out.builds?.[0];
    if (!build)
        return `CodeBuild does not know build ${buildId} any more (BatchGetBuilds listed it under buildsNotFound).`;
    const logs = build.logs;
    const group = logs?.groupName ?? logs?.cloudWatchLogs?.groupName;
    const stream = logs?.streamName ?? logs?.cloudWatchLogs?.streamName;
    if (group && stream)
        return { group, stream, ...(logs?.deepLink ? { deepLink: logs.deepLink } : {}) };
    if (logs?.cloudWatchLogs?.status === 'DISABLED')
        return `Build ${buildId} does not send its log to CloudWatch Logs (the project's CloudWatch logs are disabled)${logs.s3DeepLink ? `; its log is in S3: ${logs.s3DeepLink}` : ''}.`;
    return `Build ${buildId} has no CloudWatch Logs stream (the build may have failed before it started logging).`;
}
async function lastLines(session, place, o) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(118), __webpack_require__.e(303)]).then(__webpack_require__.t.bind(__webpack_require__, 2684, 19));
    const client = new sdk.CloudWatchLogsClient((0,clients/* awsClientConfig */.r)(session, TUNING));
    const input = { logGroupName: place.group, logStreamName: place.stream, startFromHead: false, limit: model/* MAX_LOG_LINES */.Cm };
    const out = await evidenceCall('CloudWatch Logs', 'GetLogEvents', (signal) => client.send(new sdk.GetLogEventsCommand(input), signal ? { abortSignal: signal } : {}), o);
    const lines = (out.events ?? []).flatMap((e) => (e.message ?? '').replace(/\r?\n$/, '').split(/\r?\n/));
    return lines.slice(-model/* MAX_LOG_LINES */.Cm);
}
function arn(session, service, resource) {
    return `arn:aws:${service}:${session.region}:${session.accountId ?? '<account>'}:${resource}`;
}
function deniedText(iamAction, resource, what) {
    return `AWS denied ${iamAction}, so ${what} is not shown here. Allow ${iamAction} on ${resource} to the role to see it in the job (docs/codepipeline.md lists the permissions per command).`;
}

// EXTERNAL MODULE: ./src/util/time.ts
var time = __webpack_require__(6043);
;// CONCATENATED MODULE: ./src/evidence/cloudformation.ts





/** Pages of 100 events read at most (a deployment of a large stack writes a few hundred). */
const MAX_PAGES = 5;
async function stackEventsEvidence(session, ref, stack, sinceMs, o) {
    const note = (text) => ({ ...ref, kind: 'note', text });
    try {
        const failures = await failedEvents(session, stack, sinceMs, o);
        if (failures.length === 0)
            return note(`Stack ${stack} recorded no failed resource event during this deployment (the failure may be in the action's configuration or its change set).`);
        return { ...ref, kind: 'stack-events', stack, failures };
    }
    catch (e) {
        if (e instanceof EvidenceFailure && e.denied)
            return note(deniedText('cloudformation:DescribeStackEvents', arn(session, 'cloudformation', `stack/${stack}/*`), `the failed events of stack ${stack}`));
        return note(`The events of stack ${stack} could not be read: ${e.message}`);
    }
}
async function failedEvents(session, stack, sinceMs, o) {
    const sdk = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(118), __webpack_require__.e(805)]).then(__webpack_require__.t.bind(__webpack_require__, 3805, 19));
    const client = new sdk.CloudFormationClient((0,clients/* awsClientConfig */.r)(session, { requestTimeoutMs: 6000 }));
    const found = [];
    let token;
    for (let page = 0; page < MAX_PAGES; page++) {
        const input = { StackName: stack, ...(token ? { NextToken: token } : {}) };
        const out = await evidenceCall('CloudFormation', 'DescribeStackEvents', (signal) => client.send(new sdk.DescribeStackEventsCommand(input), signal ? { abortSignal: signal } : {}), o);
        let older = false;
        for (const e of out.StackEvents ?? []) {
            const at = ((0,time/* msOf */.Q)(e.Timestamp) ?? 0);
            if (sinceMs !== undefined && at < sinceMs) {
                older = true;
                continue;
            }
            if (!(e.ResourceStatus ?? '').endsWith('_FAILED'))
                continue;
            found.push({ resource: e.LogicalResourceId ?? '', type: e.ResourceType ?? '', status: e.ResourceStatus ?? '', reason: e.ResourceStatusReason ?? '', at: new Date(at).toISOString() });
        }
        token = out.NextToken;
        if (older || !token)
            break;
    }
    // DescribeStackEvents lists newest first: the first failure is the cause, the rest follow from it.
    return found.reverse().slice(0, model/* MAX_STACK_FAILURES */.of);
}

;// CONCATENATED MODULE: ./src/evidence/index.ts




/** All evidence of one execution within this long; the outcome is known already and waits for nothing else. */
const EVIDENCE_BUDGET_MS = 30_000;
/** The failed action executions (the latest run of each action), in the order listed. */
function failedDetails(details) {
    const latest = new Map();
    const start = (a) => (((0,time/* msOf */.Q)(a.startTime) ?? 0));
    for (const a of details) {
        const key = `${a.stageName}/${a.actionName}`;
        const prev = latest.get(key);
        if (!prev || start(a) >= start(prev))
            latest.set(key, a);
    }
    return [...latest.values()].filter((a) => a.status === 'Failed').sort((a, b) => start(a) - start(b));
}
/** Whether the action is one the evidence knows how to explain. */
function explainable(a) {
    const provider = a.input?.actionTypeId?.provider;
    return provider === 'CodeBuild' || provider === 'CloudFormation';
}
async function gatherEvidence(session, failed, o) {
    const budget = o.budgetMs ?? EVIDENCE_BUDGET_MS;
    const stop = new AbortController();
    const onCancel = () => stop.abort();
    o.signal?.addEventListener('abort', onCancel, { once: true });
    const out = [];
    const timer = new AbortController();
    const outOfTime = o.clock.sleep(budget, timer.signal).then(() => 'timeout');
    try {
        for (const a of failed.filter(explainable)) {
            const ref = refOf(a);
            if (stop.signal.aborted)
                break;
            const one = evidenceOf(session, a, ref, { clock: o.clock, signal: stop.signal }).catch((e) => ({ ...ref, kind: 'note', text: (0,errors/* messageOf */.bD)(e) }));
            const got = await Promise.race([one, outOfTime]);
            if (got === 'timeout') {
                stop.abort();
                out.push({ ...ref, kind: 'note', text: `Gathering the failure evidence took longer than ${Math.round(budget / 1000)} s; the rest is left out. The links above lead to the logs.` });
                break;
            }
            out.push(got);
        }
    }
    finally {
        timer.abort();
        o.signal?.removeEventListener('abort', onCancel);
    }
    return out;
}
function refOf(a) {
    return { stage: a.stageName ?? '', action: a.actionName ?? '', provider: a.input?.actionTypeId?.provider ?? '' };
}
function evidenceOf(session, a, ref, o) {
    const result = a.output?.executionResult;
    if (ref.provider === 'CodeBuild') {
        const buildId = result?.externalExecutionId;
        if (!buildId)
            return Promise.resolve({ ...ref, kind: 'note', text: 'CodePipeline names no CodeBuild build for this action (it failed before a build started).' });
        return buildLogEvidence(session, ref, buildId, o);
    }
    const config = { ...(a.input?.configuration ?? {}), ...(a.input?.resolvedConfiguration ?? {}) };
    const stack = config.StackName;
    if (!stack)
        return Promise.resolve({ ...ref, kind: 'note', text: 'The action names no StackName, so there are no stack events to show.' });
    const since = (0,time/* msOf */.Q)(a.startTime);
    return stackEventsEvidence(session, ref, stack, since, o);
}


/***/ })

};

/**
 * CodePipeline EventBridge events shaped exactly as AWS documents them: the CodePipeline User
 * Guide, "Monitoring CodePipeline events" (detect-state-changes-cloudwatch-events), whose sample
 * messages carry version, id, detail-type, source, account, time, region, resources and detail
 * {pipeline, version, state, execution-id[, stage][, action, type{owner, category, provider,
 * version}]}, and the state tables (STARTED, SUCCEEDED, RESUMED, FAILED, CANCELED, SUPERSEDED at
 * pipeline level). The action-level failure adds region and execution-result
 * {external-execution-url, external-execution-summary, external-execution-id, error-code} and
 * pipeline-execution-attempt, as the current guide's examples and the EventBridge schema
 * (aws.codepipeline@CodePipelineActionExecutionStateChange) list them. Values are ours.
 */
export const EXECUTION_ID = '6e3a1d4c-5f2b-4b1e-9a3d-1c2b3a4d5e6f';

const envelope = (detailType: string) => ({
  version: '0',
  id: 'c2a4e5f6-1b2c-3d4e-5f60-718293a4b5c6',
  'detail-type': detailType,
  source: 'aws.codepipeline',
  account: '123456789012',
  time: '2026-03-02T10:15:30Z',
  region: 'eu-west-1',
  resources: ['arn:aws:codepipeline:eu-west-1:123456789012:shop-pipeline'],
});

export function pipelineEvent(state = 'SUCCEEDED', pipeline = 'shop-pipeline'): Record<string, unknown> {
  return { ...envelope('CodePipeline Pipeline Execution State Change'), detail: { pipeline, version: '3', state, 'execution-id': EXECUTION_ID, 'pipeline-execution-attempt': 1 } };
}

export function stageEvent(stage = 'Deploy', state = 'STARTED'): Record<string, unknown> {
  return { ...envelope('CodePipeline Stage Execution State Change'), detail: { pipeline: 'shop-pipeline', version: '3', 'execution-id': EXECUTION_ID, stage, state, 'pipeline-execution-attempt': 1 } };
}

export function actionEvent(stage = 'Build', action = 'Compile', state = 'FAILED'): Record<string, unknown> {
  return {
    ...envelope('CodePipeline Action Execution State Change'),
    detail: {
      pipeline: 'shop-pipeline',
      version: 3,
      'execution-id': EXECUTION_ID,
      stage,
      action,
      state,
      region: 'eu-west-1',
      type: { owner: 'AWS', category: 'Build', provider: 'CodeBuild', version: '1' },
      'execution-result': {
        'external-execution-url': 'https://console.aws.amazon.com/codebuild/home?region=eu-west-1#/builds/shop-build:0f1e2d3c/view/new',
        'external-execution-summary': 'Build terminated with state: FAILED',
        'external-execution-id': 'shop-build:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
        'error-code': 'JobFailed',
      },
      'pipeline-execution-attempt': 1,
    },
  };
}

/** The webhook body GitHub writes to GITHUB_EVENT_PATH for a repository_dispatch (action = event_type). */
export function dispatch(clientPayload: unknown, eventType = 'codepipeline'): Record<string, unknown> {
  return {
    action: eventType,
    branch: 'main',
    client_payload: clientPayload,
    repository: { full_name: 'acme/shop', name: 'shop', owner: { login: 'acme' } },
    sender: { login: 'eventbridge-bot', type: 'User' },
  };
}

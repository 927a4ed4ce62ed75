/**
 * What the action found out about a failed action, besides CodePipeline's own errorDetails: the
 * end of a CodeBuild build's log, the failed events of a CloudFormation deployment, or one note
 * saying why there is nothing to show (access denied, no log in CloudWatch Logs, out of time).
 */

/** A failed action the evidence is about. */
export interface FailedActionRef {
  stage: string;
  action: string;
  provider: string;
}

/** The last lines of a CodeBuild build's log (CloudWatch Logs). */
export interface BuildLogEvidence extends FailedActionRef {
  kind: 'build-log';
  buildId: string;
  group: string;
  stream: string;
  /** Oldest first, at most MAX_LOG_LINES. */
  lines: string[];
  /** The CloudWatch Logs console link of the stream, when CodeBuild gave one. */
  deepLink?: string;
}

/** One failed event of a stack. */
export interface StackFailure {
  /** LogicalResourceId. */
  resource: string;
  type: string;
  status: string;
  reason: string;
  /** ISO 8601. */
  at: string;
}

/** The failed events of the stack deployed by a CloudFormation action, first failure first. */
export interface StackEventsEvidence extends FailedActionRef {
  kind: 'stack-events';
  stack: string;
  failures: StackFailure[];
}

/** Why nothing more could be shown for an action. */
export interface NoteEvidence extends FailedActionRef {
  kind: 'note';
  text: string;
}

export type Evidence = BuildLogEvidence | StackEventsEvidence | NoteEvidence;

/** The most log lines shown for one build. */
export const MAX_LOG_LINES = 100;
/** The most log lines the job summary shows (the log group has them all). */
export const SUMMARY_LOG_LINES = 30;
/** The most stack failures listed for one stack. */
export const MAX_STACK_FAILURES = 25;

/** What each CodePipeline execution status means to the action. */
export type ExecutionStatus = 'InProgress' | 'Stopping' | 'Succeeded' | 'Failed' | 'Stopped' | 'Cancelled' | 'Superseded';

export type Verdict = 'waiting' | 'success' | 'failure' | 'superseded';

export function verdictOf(status: string | undefined): Verdict {
  switch (status) {
    case 'Succeeded':
      return 'success';
    case 'Failed':
    case 'Stopped':
    case 'Cancelled':
      return 'failure';
    case 'Superseded':
      return 'superseded';
    default:
      // InProgress, Stopping, and anything newer this version does not know: keep waiting.
      return 'waiting';
  }
}

export function isFinished(status: string | undefined): boolean {
  return verdictOf(status) !== 'waiting';
}

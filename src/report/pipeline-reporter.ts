/** What a CodePipeline wait reports through: log lines, progress group, result and job summary, failure evidence. */
import type { PipelineReporter } from '../codepipeline/finish.js';
import { reportEvidence } from './evidence.js';
import { info, logResult, ProgressLog, warn } from './pipeline-log.js';
import { writePipelineSummary } from './pipeline-summary.js';

export function pipelineReporter(env: NodeJS.ProcessEnv): PipelineReporter {
  return {
    info,
    warn,
    progress: (title) => new ProgressLog(title),
    result: async (r, extra, stacks) => {
      logResult(r);
      await writePipelineSummary(r, extra, stacks, env);
    },
    evidence: (items) => reportEvidence(items, env),
  };
}

/** The CodePipeline sandbox with the services failure evidence reads (CodeBuild, CloudWatch Logs, CloudFormation). */
import { sandbox, type Sandbox } from './fixture.ts';
import { startEvidence, type EvidenceSandbox } from '../sandbox/evidence.ts';
import type { PipelineScript } from '../sandbox/codepipeline.ts';

export type StageSandbox = Sandbox & { ev: EvidenceSandbox };

export async function stageSandbox(script: Partial<PipelineScript> & { history?: number } = {}): Promise<StageSandbox> {
  const sb = await sandbox(script);
  const ev = await startEvidence(sb.emulator);
  return {
    ...sb,
    ev,
    env: { ...sb.env, ...ev.env },
    close: async () => {
      await sb.close();
      await ev.close();
    },
  };
}

/** Lets an execution started in the past finish (the emulator computes states from start times). */
export const settle = (ms = 50): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Shared set-up of the credentials tests: OIDC + STS emulators, a runner environment pointing
 * at them, and a run helper that scans every result for unmasked secrets.
 */
import { expect } from '@jest/globals';
import { leaks, runAction, startAction, type ActionProcess, type RunOptions, type RunResult } from '../harness/run-action.ts';
import { startOidc, type OidcOptions, type OidcSandbox } from '../sandbox/oidc.ts';
import { startSts, type StsSandbox } from '../sandbox/sts.ts';

export const ROLE = 'arn:aws:iam::123456789012:role/github-deploy';
export const CHAIN_ROLE = 'arn:aws:iam::210987654321:role/env-deployer';

export interface CredSandbox {
  oidc: OidcSandbox;
  sts: StsSandbox;
  /** Runner + AWS configuration pointing at the emulators. */
  env(): Record<string, string>;
  /** Every secret the emulators handed out so far, plus the runner's bearer. */
  secrets(): string[];
  /** Run the bundled action; fails the test if any secret appears unmasked anywhere. */
  run(options?: RunOptions): Promise<RunResult>;
  start(options?: RunOptions): ActionProcess;
  close(): Promise<void>;
}

export async function credSandbox(oidcOptions: OidcOptions = {}): Promise<CredSandbox> {
  const oidc = await startOidc(oidcOptions);
  const sts = await startSts();
  sts.sts.validTokens = () => oidc.oidc.issued;
  const sb: CredSandbox = {
    oidc,
    sts,
    env: () => ({ ...oidc.env, ...sts.env, AWS_REGION: 'eu-west-1' }),
    secrets: () => [...sts.sts.secrets(), ...oidc.oidc.issued, oidc.oidc.requestToken],
    start: (options = {}) => startAction(withDefaults(sb, options)),
    async run(options = {}) {
      const r = await runAction(withDefaults(sb, options));
      expectNoLeaks(r, sb.secrets());
      return r;
    },
    async close() {
      await oidc.server.close();
      await sts.server.close();
    },
  };
  return sb;
}

function withDefaults(sb: CredSandbox, options: RunOptions): RunOptions {
  return {
    ...options,
    inputs: { command: 'credentials', 'role-to-assume': ROLE, ...(options.inputs ?? {}) },
    env: { ...sb.env(), ...(options.env ?? {}) },
  };
}

/** Secrets may appear only in ::add-mask:: lines, and each must have been masked. */
export function expectNoLeaks(r: RunResult, secrets: string[]): void {
  expect(leaks(r, secrets)).toEqual([]);
}

/** Index of the first stdout line containing text (-1 when none). */
export function lineIndex(r: RunResult, text: string): number {
  return r.stdout.split('\n').findIndex((l) => l.includes(text));
}

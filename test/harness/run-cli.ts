/** Runs the aphex-pipeline CLI (package.json bin) on the bundle under test, as a user's shell would. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { actionEntry, ROOT } from './run-action.ts';

export const BIN = path.join(ROOT, 'bin/aphex-pipeline.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `aphex-pipeline <args>` in cwd, killed after 30 s. */
export function runCli(args: string[], cwd: string): Promise<CliResult> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: cwd, APHEX_DIST: path.relative(ROOT, path.dirname(actionEntry())) };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const t = setTimeout(() => child.kill('SIGKILL'), 30000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(t);
      resolve({ code, stdout, stderr });
    });
  });
}

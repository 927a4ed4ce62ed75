/**
 * The user's build and test commands: each one string, run as it is by `/bin/sh -c` in the
 * repository root (one shell per command: a `cd` or an `export` does not carry over to the next
 * command), in order, stopping at the first that fails.
 */
import { EXIT, ScriptError, type ScriptContext } from './cli.js';
import { howItEnded, runShell } from './exec.js';
import { elapsed } from './workspace.js';

export interface CommandRun {
  kind: 'build' | 'test';
  commands: string[];
  dir: string;
  env: NodeJS.ProcessEnv;
}

/** One line for the log: the first line of a command, shortened. */
export function commandLabel(command: string): string {
  const lines = command.trim().split('\n');
  const first = (lines[0] ?? '').length > 120 ? `${(lines[0] ?? '').slice(0, 117)}...` : (lines[0] ?? '');
  return lines.length > 1 ? `${first} (+${lines.length - 1} more lines)` : first;
}

export async function runCommands(ctx: ScriptContext, r: CommandRun): Promise<void> {
  const n = r.commands.length;
  for (const [i, command] of r.commands.entries()) {
    if (ctx.signal.aborted) break;
    const started = Date.now();
    ctx.out.log(`[${i + 1}/${n}] $ ${commandLabel(command)}`);
    const run = await runShell(command, { cwd: r.dir, env: r.env, secrets: ctx.secrets });
    if (run.code === 0) {
      ctx.out.log(`[${i + 1}/${n}] done in ${elapsed(started)}`);
      continue;
    }
    if (ctx.signal.aborted) break;
    const hint =
      r.kind === 'build'
        ? 'The build stopped at this command: the output above says why. Fix it and push a new commit (the commands are build.commands in aphex-config.yaml).'
        : 'The tests of this environment failed: the output above says why. The deployed stacks stay in place for investigation; later environments do not run.';
    throw new ScriptError(EXIT.failed, `${r.kind === 'build' ? 'Build' : 'Test'} command ${i + 1} of ${n} failed (${howItEnded(run)}): ${commandLabel(command)}`, {
      hint,
      details: { command_index: i + 1, command, exit_code: run.code, signal: run.signal, output_tail: run.tail },
    });
  }
}

/**
 * The pipeline image's one program: `main.js <script> [arguments]`, where <script> is validate,
 * build, deploy-pipeline, deploy-stack or test. The image puts one wrapper per script on PATH
 * (aphex-validate, …; scripts/build-image.mjs writes them). Each script loads only what it uses.
 */
import { EXIT, runScript, type Script } from './cli.js';

const SCRIPTS: Record<string, () => Promise<Script>> = {
  validate: async () => (await import('./scripts/validate.js')).validateScript,
  build: async () => (await import('./scripts/build.js')).buildScript,
  'deploy-pipeline': async () => (await import('./scripts/deploy-pipeline.js')).deployPipelineScript,
  'deploy-stack': async () => (await import('./scripts/deploy-stack.js')).deployStackScript,
  test: async () => (await import('./scripts/test.js')).testScript,
};

export const SCRIPT_NAMES = Object.keys(SCRIPTS);

async function main(argv: string[]): Promise<number> {
  const name = (argv[0] ?? '').replace(/^aphex-/, '');
  const load = SCRIPTS[name];
  if (!load) {
    process.stderr.write(`aphex: unknown script ${JSON.stringify(argv[0] ?? '')}; expected one of ${SCRIPT_NAMES.map((n) => `aphex-${n}`).join(', ')}.\n`);
    return EXIT.usage;
  }
  return runScript(await load(), argv.slice(1));
}

/** Sets the exit code; a connection kept alive (an HTTP agent) cannot hold the process past a second. */
function finish(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1000).unref();
}

main(process.argv.slice(2)).then(finish, (e: unknown) => {
  process.stderr.write(`aphex: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  finish(EXIT.failed);
});

#!/usr/bin/env node
// aphex-pipeline: run the action's validate and render commands locally (e.g. in a pre-commit
// hook), for aphex-config.yaml or a CodePipeline declaration (--pipeline-definition). Maps flags to the INPUT_* variables the runner would set, runs the bundled action
// (dist/index.js) in this process and prints its workflow commands as plain text.
//
// Exit codes: 0 valid (and rendered), 1 the file has problems, 2 usage error or could not run.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const COMMANDS = ['validate', 'render'];

const USAGE = `Usage: aphex-pipeline <validate|render> [options]

  validate   check aphex-config.yaml: schema, rules, credentials, Argo limits;
             with --pipeline-definition, check that CodePipeline declaration instead
  render     validate, then write the Argo WorkflowTemplate YAML

Options:
  --config FILE            config file (default: aphex-config.yaml)
  --pipeline-definition FILE
                           a CodePipeline declaration (JSON or YAML, as get-pipeline
                           prints it) to validate instead of the config
  --pipeline NAME          pipeline name (default: repository name, else this folder's name)
  --namespace NS           Kubernetes namespace (default: argo)
  --template-path FILE     where render writes the YAML (default: <tmp>/<pipeline>-workflow-template.yaml)
  --service-account NAME   service account of the Workflow pods (overrides the config)
  --artifact-bucket NAME   S3 bucket for artifacts (overrides the config)
  --image STEP=IMAGE       image override, repeatable; STEP in validate, build,
                           deploy-pipeline, deploy-stack, test, all
  -h, --help               show this help
  --version                show the version

Exit codes: 0 valid, 1 the file has problems, 2 usage error or could not run.`;

function fail(message) {
  process.stderr.write(`aphex-pipeline: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parse(argv) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        'pipeline-definition': { type: 'string' },
        pipeline: { type: 'string' },
        namespace: { type: 'string' },
        'template-path': { type: 'string' },
        'service-account': { type: 'string' },
        'artifact-bucket': { type: 'string' },
        image: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    return fail(e.message);
  }
}

/** Turns one stdout line of the action into what a person reads; undefined hides it. */
export function humanLine(line, state) {
  const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(line);
  if (!m) {
    // The readable problem list repeats the file:line:col lines already printed; keep its count.
    if (/^\d+ (problems?|warnings?):$/.test(line)) {
      state.inList = true;
      return undefined;
    }
    if (state.inList && line.startsWith('  ')) return line.startsWith('  ... and') ? line.trim() : undefined;
    state.inList = false;
    return line.trim() === '' ? undefined : line;
  }
  state.inList = false;
  const [, command, rawProps = '', rawMessage] = m;
  const message = rawMessage.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const props = {};
  for (const part of rawProps.trim().split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) props[part.slice(0, eq)] = part.slice(eq + 1).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%25/g, '%');
  }
  if (command === 'error' || command === 'warning' || command === 'notice') {
    if (command === 'error' && props.file) state.fileProblems++;
    const where = props.file ? `${props.file}${props.line ? `:${props.line}` : ''}${props.col ? `:${props.col}` : ''}: ` : '';
    return `${where}${command}: ${message}`;
  }
  if (command === 'set-output') return `${props.name}: ${message}`;
  return undefined; // add-mask, debug, group markers and the like
}

function installOutputFilter(state) {
  const write = process.stdout.write.bind(process.stdout);
  let pending = '';
  const flushLine = (line) => {
    const text = humanLine(line, state);
    if (text !== undefined) write(`${text}\n`);
  };
  process.stdout.write = (chunk, encoding, callback) => {
    pending += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(flushLine);
    if (typeof encoding === 'function') encoding();
    else if (typeof callback === 'function') callback();
    return true;
  };
  return () => {
    if (pending !== '') flushLine(pending);
    pending = '';
  };
}

async function main() {
  const { values, positionals } = parse(process.argv.slice(2));
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.version) {
    process.stdout.write(`${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`);
    return;
  }
  const command = positionals[0];
  if (!COMMANDS.includes(command)) fail(command === undefined ? 'missing command' : `unknown command '${command}'`);
  if (positionals.length > 1) fail(`unexpected argument '${positionals[1]}'`);
  const entry = path.join(ROOT, process.env.APHEX_DIST ?? 'dist', 'index.js');
  if (!existsSync(entry)) fail(`${entry} is missing: build the action first (npm run build)`);

  const inputs = {
    command,
    config: values.config ?? '',
    'pipeline-definition': values['pipeline-definition'] ?? '',
    pipeline: values.pipeline ?? '',
    namespace: values.namespace ?? '',
    'template-path': values['template-path'] ?? '',
    'service-account': values['service-account'] ?? '',
    'artifact-bucket': values['artifact-bucket'] ?? '',
    images: (values.image ?? []).join('\n'),
  };
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  // Outside GitHub Actions the pipeline name defaults to this folder's name.
  if (!process.env.GITHUB_REPOSITORY) process.env.GITHUB_REPOSITORY = path.basename(process.cwd());
  // A local run is not a step: no runner files, and no job summary to warn about (even inside a job's run: step).
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_ACTIONS']) delete process.env[name];

  const state = { fileProblems: 0, inList: false };
  const flush = installOutputFilter(state);
  process.on('exit', (code) => {
    flush();
    if (code !== 0) process.exitCode = state.fileProblems > 0 ? 1 : 2;
  });
  await import(pathToFileURL(entry).href);
}

if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  main().catch((e) => {
    process.stderr.write(`aphex-pipeline: ${e?.stack ?? e}\n`);
    process.exit(2);
  });
}

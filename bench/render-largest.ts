/**
 * Render time of the largest config Argo admits: 196 environments (200 DAG tasks minus validate,
 * build, deploy-pipeline and finish), each with 3 stacks and 2 test commands. Measures validate (YAML
 * text → config), render + lint + YAML, in this process, and prints min / median of 20 runs.
 *
 *   node_modules/.bin/node --experimental-strip-types bench/render-largest.ts
 */
import { register } from 'node:module';
import { stringify } from 'yaml';

// src/ imports its siblings as `.js`; map them to the `.ts` files so Node can strip types.
register(
  'data:text/javascript,' +
    encodeURIComponent(`
      import { existsSync } from 'node:fs';
      import { fileURLToPath } from 'node:url';
      export async function resolve(specifier, context, next) {
        if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.includes('/src/')) {
          const ts = new URL(specifier.replace(/\\.js$/, '.ts'), context.parentURL);
          if (existsSync(fileURLToPath(ts))) return next(ts.href, context);
        }
        return next(specifier, context);
      }`),
);

const { MAX_ENVIRONMENTS } = await import('../src/aphex/limits.ts');
const { validateConfigText } = await import('../src/aphex/validate.ts');
const { renderPipeline } = await import('../src/argo/index.ts');
const { resolveRenderOptions } = await import('../src/argo/options.ts');

const config = {
  version: '1.0',
  build: { commands: ['npm ci', 'npm run build', 'npx cdk synth'] },
  environments: Array.from({ length: MAX_ENVIRONMENTS }, (_, i) => ({
    name: `environment-${i}`,
    region: ['eu-west-1', 'us-east-1', 'ap-southeast-2'][i % 3],
    account: String(100000000000 + i),
    roleName: 'aphex-deploy',
    approval: i % 10 === 9,
    ...(i % 4 === 0 ? { dependsOn: [] } : {}),
    stacks: [
      { name: 'Network', path: 'infra/network' },
      { name: 'Data', path: 'infra/data' },
      { name: 'Api', path: 'infra/api' },
    ],
    tests: { commands: ['npm run test:smoke', 'npm run test:contract'] },
  })),
};
const text = stringify(config);
const inputs = { pipeline: 'bench', namespace: 'argo', config: 'aphex-config.yaml', serviceAccount: '', artifactBucket: '', images: [], repository: 'acme/bench', serverUrl: 'https://github.com' };

function once(): { validate: number; render: number; bytes: number } {
  const t0 = performance.now();
  const v = validateConfigText(text, 'aphex-config.yaml');
  if (!v.config) throw new Error(v.problems.map((p) => p.message).join('\n'));
  const t1 = performance.now();
  const r = renderPipeline(v.config, resolveRenderOptions(v.config, inputs));
  const t2 = performance.now();
  return { validate: t1 - t0, render: t2 - t1, bytes: Buffer.byteLength(r.yaml) };
}

const RUNS = 20;
const results = Array.from({ length: RUNS }, once);
const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0]?.toFixed(1)} ms, median ${s[Math.floor(s.length / 2)]?.toFixed(1)} ms`;
};
console.log(`largest admissible config: ${MAX_ENVIRONMENTS} environments, ${text.length} bytes of YAML; template ${results[0]?.bytes} bytes`);
console.log(`validate (parse + schema + rules): ${stat(results.map((r) => r.validate))}`);
console.log(`render + lint + YAML:               ${stat(results.map((r) => r.render))}`);
console.log(`total:                              ${stat(results.map((r) => r.validate + r.render))}  (${RUNS} runs, first included)`);

// Bundles src/index.ts into dist/ (or --out DIR), minified (scripts/bundle.mjs): every job that
// uses the action downloads dist/, so it is kept small (bench/footprint.ts measures it).
import { fileURLToPath } from 'node:url';
import { bundle, outArgument } from './bundle.mjs';

export function build(target) {
  bundle('src/index.ts', target);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build(outArgument('dist'));

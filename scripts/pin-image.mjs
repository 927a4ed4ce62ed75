// Pins the renderer's default image: rewrites the one line `export const DEFAULT_IMAGE = '…';`
// of src/argo/options.ts (or --file FILE) to the image reference given, which must name a digest
// (registry/repository[:tag]@sha256:<64 hex>). The release process (.github/workflows/image.yml)
// runs it with the image it has just pushed, then rebuilds dist/ and opens a pull request.
//
//   node scripts/pin-image.mjs ghcr.io/acme/aphex-pipeline:sha-1a2b3c4@sha256:<64 hex>
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The renderer's image rule (src/argo/options.ts IMAGE_REFERENCE), with the digest required. */
export const PINNED_REFERENCE = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?@sha256:[a-f0-9]{64}$/;
const LINE = /^export const DEFAULT_IMAGE = '[^'\n]*';$/gm;

/** The text with the DEFAULT_IMAGE line set to `reference`; throws when that is not possible. */
export function pinDefaultImage(text, reference) {
  if (!PINNED_REFERENCE.test(reference)) throw new Error(`'${reference}' is not an image reference with a digest (registry/repository[:tag]@sha256:<64 hex>).`);
  const found = text.match(LINE) ?? [];
  if (found.length !== 1) throw new Error(`expected exactly one line "export const DEFAULT_IMAGE = '…';", found ${found.length}.`);
  return text.replace(LINE, `export const DEFAULT_IMAGE = '${reference}';`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--file');
  const file = at >= 0 ? path.resolve(args[at + 1] ?? '') : path.join(root, 'src/argo/options.ts');
  const reference = args.filter((_, i) => i !== at && i !== at + 1)[0] ?? '';
  try {
    const before = readFileSync(file, 'utf8');
    const after = pinDefaultImage(before, reference);
    writeFileSync(file, after);
    process.stdout.write(`${path.relative(root, file)}: DEFAULT_IMAGE = '${reference}'${before === after ? ' (unchanged)' : ''}\n`);
  } catch (e) {
    process.stderr.write(`pin-image: ${file}: ${e.message}\n`);
    process.exit(1);
  }
}

/**
 * Conformance with Argo's WorkflowTemplate CRD from ../shared/argo (never copied into the repo):
 * its openAPIV3Schema made strict (unknown fields are errors wherever the CRD does not preserve
 * them), and its CEL x-kubernetes-validations rules evaluated with @bufbuild/cel.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { isCelError, parse as parseCel, plan, celEnv, type CelInput } from '@bufbuild/cel';
import { parse } from 'yaml';
import { ROOT } from '../harness/run-action.ts';

export const ARGO_DIR = path.resolve(ROOT, '..', 'shared', 'argo');
export const CRD_FILE = path.join(ARGO_DIR, 'argoproj.io_workflowtemplates.full.yaml');

export function crdAvailable(): boolean {
  const ok = existsSync(CRD_FILE);
  if (!ok) console.warn(`Argo CRD conformance tests are SKIPPED: ${CRD_FILE} is absent (Argo's WorkflowTemplate CRD v4.1.2 is expected in ../shared/argo next to the repository).`);
  return ok;
}

type Schema = Record<string, unknown>;

/** Strict copy: additionalProperties false where the CRD lists properties and keeps no unknown fields. */
function strict(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(strict);
  if (!node || typeof node !== 'object') return;
  const s = node as Schema;
  if (s.properties && !s['x-kubernetes-preserve-unknown-fields'] && s.additionalProperties === undefined) s.additionalProperties = false;
  if (s['x-kubernetes-int-or-string']) {
    delete s.type;
    s.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  for (const [k, v] of Object.entries(s)) if (k !== 'enum' && k !== 'default' && k !== 'example') strict(v);
}

export interface CrdChecker {
  /** Schema and CEL violations of `object`, as readable lines (empty when it conforms). */
  check(object: unknown): string[];
}

let cached: CrdChecker | undefined;

export function loadCrdChecker(): CrdChecker {
  if (cached) return cached;
  const crd = parse(readFileSync(CRD_FILE, 'utf8')) as { spec: { versions: { schema: { openAPIV3Schema: Schema } }[] } };
  const schema = crd.spec.versions[0]?.schema.openAPIV3Schema as Schema;
  const celSchema = structuredClone(schema);
  strict(schema);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const validate: ValidateFunction = ajv.compile(schema);
  const env = celEnv();
  const programs = new Map<string, ReturnType<typeof plan>>();
  const program = (rule: string) => {
    let p = programs.get(rule);
    if (!p) programs.set(rule, (p = plan(env, parseCel(rule))));
    return p;
  };
  const celViolations = (s: Schema, value: unknown, at: string, out: string[]): void => {
    if (value === undefined || value === null) return;
    for (const v of (s['x-kubernetes-validations'] as { rule: string; message?: string }[] | undefined) ?? []) {
      const result = program(v.rule)({ self: toCel(value) as CelInput });
      if (isCelError(result)) out.push(`${at}: CEL rule could not be evaluated (${String(result.message ?? result)}): ${v.rule}`);
      else if (result !== true) out.push(`${at}: ${v.message ?? v.rule}`);
    }
    if (Array.isArray(value) && s.items) value.forEach((item, i) => celViolations(s.items as Schema, item, `${at}[${i}]`, out));
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, child] of Object.entries(value as Record<string, unknown>)) {
        const props = s.properties as Record<string, Schema> | undefined;
        const sub = props?.[k] ?? (typeof s.additionalProperties === 'object' ? (s.additionalProperties as Schema) : undefined);
        if (sub) celViolations(sub, child, `${at}.${k}`, out);
      }
    }
  };
  cached = {
    check(object: unknown): string[] {
      const out: string[] = [];
      const data = JSON.parse(JSON.stringify(object)) as unknown;
      if (!validate(data)) for (const e of validate.errors ?? []) out.push(`${e.instancePath || '/'}: ${e.message}${e.params && 'additionalProperty' in e.params ? ` '${String(e.params.additionalProperty)}'` : ''}`);
      celViolations(celSchema, data, '', out);
      return out;
    },
  };
  return cached;
}

/** JSON → CEL input: objects become Maps (has() works on them), integers stay numbers. */
function toCel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toCel);
  if (value && typeof value === 'object') return new Map(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toCel(v)]));
  return value;
}

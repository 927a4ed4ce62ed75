/**
 * The environments' order as the main DAG runs them: each environment's direct dependencies
 * (explicit dependsOn, else the previous environment), every environment before it (transitively),
 * and the leaves nothing depends on. Pure; the config is validated (no cycles, known names).
 */
import type { EnvironmentConfig } from '../aphex/model.js';

export interface Topology {
  /** Environment name → names of the environments it directly depends on ([] after the pipeline deployment). */
  direct: Map<string, string[]>;
  /** Environment name → every environment deployed before it on a dependency path, in config order. */
  upstream: Map<string, string[]>;
  /** Environments no other environment depends on, in config order. */
  leaves: string[];
}

/** Explicit dependsOn, else the previous environment, else none (the first follows the pipeline deployment). */
export function directDependencies(envs: readonly EnvironmentConfig[], i: number): string[] {
  const env = envs[i] as EnvironmentConfig;
  return env.dependsOn ?? (i === 0 ? [] : [(envs[i - 1] as EnvironmentConfig).name]);
}

export function topology(envs: readonly EnvironmentConfig[]): Topology {
  const direct = new Map(envs.map((e, i) => [e.name, directDependencies(envs, i)] as const));
  const order = new Map(envs.map((e, i) => [e.name, i] as const));
  const upstream = new Map<string, string[]>();
  for (const env of envs) {
    const seen = new Set<string>();
    const todo = [...(direct.get(env.name) ?? [])];
    // Bounded: each name is expanded once.
    while (todo.length > 0) {
      const name = todo.pop() as string;
      if (seen.has(name) || !order.has(name)) continue;
      seen.add(name);
      todo.push(...(direct.get(name) ?? []));
    }
    upstream.set(env.name, [...seen].sort((a, b) => (order.get(a) as number) - (order.get(b) as number)));
  }
  const depended = new Set([...direct.values()].flat());
  return { direct, upstream, leaves: envs.map((e) => e.name).filter((n) => !depended.has(n)) };
}

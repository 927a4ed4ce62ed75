/**
 * Dependency graphs (environments' dependsOn, DAG tasks' depends): finding a cycle. Pure and
 * iterative, so a long chain cannot exhaust the call stack.
 */

/**
 * A cycle of `graph` (node → the nodes it depends on) as a closed list `[a, b, c, a]`, or
 * undefined. Edges to nodes that are not keys of the graph are ignored.
 */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const done = new Set<string>();
  for (const root of graph.keys()) {
    if (done.has(root)) continue;
    const cycle = walk(root, graph, done);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Depth-first from `root` with an explicit stack; marks every node it finishes in `done`. */
function walk(root: string, graph: ReadonlyMap<string, readonly string[]>, done: Set<string>): string[] | undefined {
  const path: string[] = [root];
  const onPath = new Set<string>([root]);
  const next: number[] = [0];
  while (path.length > 0) {
    const top = path.length - 1;
    const node = path[top] as string;
    const edges = graph.get(node) ?? [];
    const i = next[top] as number;
    if (i >= edges.length) {
      done.add(node);
      onPath.delete(node);
      path.pop();
      next.pop();
      continue;
    }
    next[top] = i + 1;
    const dep = edges[i] as string;
    if (!graph.has(dep) || done.has(dep)) continue;
    if (onPath.has(dep)) return [...path.slice(path.indexOf(dep)), dep];
    path.push(dep);
    onPath.add(dep);
    next.push(0);
  }
  return undefined;
}

/**
 * How deeply a config nests mappings and lists, checked before the YAML is composed (the YAML
 * composer and every later walk recurse per level, so a file nested thousands of levels deep
 * would exhaust the call stack). Pure and iterative.
 */
import { Parser, type CST } from 'yaml';
import type { ConfigPath } from './model.js';

/**
 * The deepest nesting a valid config has: the top-level mapping, environments, one environment,
 * its stacks, one stack (environments[].stacks[].name is a scalar at level 5).
 */
export const SCHEMA_DEPTH = 5;
/** Files nested deeper than this are refused before they are composed. */
export const MAX_DEPTH = 100;

export const DEPTH_EXPLANATION = `An AphexPipeline config nests at most ${SCHEMA_DEPTH} levels (environments, an environment, its stacks, a stack); files nested more than ${MAX_DEPTH} levels are refused before they are read further.`;

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** The source offset of the first collection nested deeper than MAX_DEPTH, or undefined. */
export function tooDeepOffset(text: string): number | undefined {
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document' || token.value === undefined) continue;
    const stack: [CST.Token, number][] = [[token.value, 0]];
    while (stack.length > 0) {
      const [node, above] = stack.pop() as [CST.Token, number];
      if (!COLLECTIONS.has(node.type)) continue;
      const depth = above + 1;
      if (depth > MAX_DEPTH) return startOf(node);
      for (const item of (node as CST.BlockMap | CST.BlockSequence | CST.FlowCollection).items) {
        const pair = item as { key?: CST.Token | null; value?: CST.Token };
        if (pair.key) stack.push([pair.key, depth]);
        if (pair.value) stack.push([pair.value, depth]);
      }
    }
  }
  return undefined;
}

/** Where a collection starts: a block mapping at its first key (its own offset may be the indentation before it). */
function startOf(node: CST.Token): number {
  const first = node.type === 'block-map' ? node.items[0]?.key : undefined;
  return first ? first.offset : node.offset;
}

/**
 * The path of a value nested deeper than MAX_DEPTH in composed data (aliases can nest an anchor's
 * collection inside another), or undefined.
 */
export function tooDeepPath(data: unknown): ConfigPath | undefined {
  const stack: [unknown, ConfigPath][] = [[data, []]];
  const seen = new Map<object, number>();
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, ConfigPath];
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_DEPTH) return path;
    // An alias shares its object: walk it again only when it is reached at a greater depth.
    if ((seen.get(value) ?? -1) >= path.length) continue;
    seen.set(value, path.length);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    // Reversed, so the first value in the document is walked first.
    for (const [key, child] of entries.reverse()) stack.push([child, [...path, key]]);
  }
  return undefined;
}

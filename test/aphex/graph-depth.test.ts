/** The shared cycle finder, the nesting limit and the config loader, pure. */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { MAX_DEPTH, tooDeepOffset, tooDeepPath } from '../../src/aphex/depth.ts';
import { findCycle } from '../../src/aphex/graph.ts';
import { loadConfig } from '../../src/aphex/load.ts';
import { validateConfigText } from '../../src/aphex/validate.ts';
import { ActionError } from '../../src/errors.ts';
import { isObj } from '../../src/util/guards.ts';
import { msOf } from '../../src/util/time.ts';

describe('findCycle', () => {
  test('finds a cycle as a closed list, ignores edges to unknown nodes', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['a']]]))).toEqual(['a', 'a']);
    expect(findCycle(new Map([['a', ['x', 'b']], ['b', []]]))).toBeUndefined();
    expect(findCycle(new Map([['a', ['b', 'c']], ['b', ['d']], ['c', ['d']], ['d', []]]))).toBeUndefined();
  });

  test('a chain of 200,000 nodes does not exhaust the stack', () => {
    const graph = new Map(Array.from({ length: 200_000 }, (_, i) => [`n${i}`, i === 0 ? [] : [`n${i - 1}`]] as [string, string[]]));
    expect(findCycle(graph)).toBeUndefined();
    graph.set('n0', ['n199999']);
    expect(findCycle(graph)).toHaveLength(200_001);
  });

  test('agrees with a reachability check on random graphs (200 runs)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(7), { maxLength: 3 }), { minLength: 1, maxLength: 8 }), (edges) => {
        const graph = new Map(edges.map((to, i) => [`${i}`, to.map(String)] as [string, string[]]));
        const reaches = (from: string, target: string): boolean => {
          const seen = new Set<string>();
          const todo = [...(graph.get(from) ?? [])];
          while (todo.length > 0) {
            const n = todo.pop() as string;
            if (n === target) return true;
            if (seen.has(n) || !graph.has(n)) continue;
            seen.add(n);
            todo.push(...(graph.get(n) ?? []));
          }
          return false;
        };
        const cycle = findCycle(graph);
        expect(cycle !== undefined).toBe([...graph.keys()].some((n) => reaches(n, n)));
        if (cycle) for (let i = 0; i + 1 < cycle.length; i++) expect(graph.get(cycle[i] as string)).toContain(cycle[i + 1]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('nesting', () => {
  test(`${MAX_DEPTH} levels pass the text check, ${MAX_DEPTH + 1} do not`, () => {
    expect(tooDeepOffset(`${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`)).toBeUndefined();
    expect(tooDeepOffset(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`)).toBe(MAX_DEPTH);
  });

  test('aliases that nest an anchor in itself, level upon level, are one problem at the alias', () => {
    // Each anchor nests the previous one 30 levels deeper: 6 of them make 180 levels with 5 aliases.
    const lines = ['a0: &a0 [x]'];
    for (let i = 1; i <= 5; i++) lines.push(`a${i}: &a${i} ${'['.repeat(30)}*a${i - 1}${']'.repeat(30)}`);
    const text = lines.join('\n') + '\n';
    expect(tooDeepOffset(text)).toBeUndefined();
    const r = validateConfigText(text, 'c.yaml');
    expect(r.problems.map((p) => [p.rule, p.line])).toEqual([['nesting', 5]]);
    expect(r.problems[0]?.message).toMatch(/^Aliases nest collections more than 100 levels deep here\./);
  });

  test('tooDeepPath names the path', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < MAX_DEPTH + 5; i++) deep = { k: deep };
    expect(tooDeepPath(deep)).toEqual(Array.from({ length: MAX_DEPTH }, () => 'k'));
    expect(tooDeepPath({ a: [1, { b: 2 }] })).toBeUndefined();
  });
});

describe('loadConfig', () => {
  test('masks each line of every credential before failing with every problem', async () => {
    const masked: string[] = [];
    const text = 'version: "1.0"\nbuild:\n  commands: ["export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE"]\n';
    const error = await loadConfig({ file: 'c.yaml', read: async () => text, onSecret: (v) => masked.push(v) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect((error as ActionError).message).toBe('c.yaml has 2 problems (listed above).');
    expect(masked).toContain('AKIAIOSFODNN7EXAMPLE');
  });
});

describe('shared helpers', () => {
  test('isObj: mappings only', () => {
    expect([{}, { a: 1 }, Object.create(null)].every(isObj)).toBe(true);
    expect([null, [], 'x', 1, undefined].some(isObj)).toBe(false);
  });

  test('msOf: Date, ISO text, number; undefined for anything else', () => {
    expect(msOf(new Date(1000))).toBe(1000);
    expect(msOf('1970-01-01T00:00:02Z')).toBe(2000);
    expect(msOf(3)).toBe(3);
    expect(msOf(undefined)).toBeUndefined();
    expect(msOf('soon')).toBeUndefined();
    expect(msOf(new Date(Number.NaN))).toBeUndefined();
  });
});

/** Lists of problems found in a file: one per place, rule and message. */

export interface Placed {
  line: number;
  col: number;
  rule?: string;
  message: string;
}

/** Drops repeats of the same problem at the same place (two rules can find one fault twice). */
export function dedupeProblems<T extends Placed>(problems: T[]): T[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const id = `${p.line}:${p.col}:${p.rule ?? ''}:${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

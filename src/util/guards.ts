/** Type guards shared by the pure modules. */

/** A plain object (a YAML/JSON mapping): not null, not an array. */
export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

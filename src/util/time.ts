/** Time values as the AWS SDK and Kubernetes hand them out, as epoch milliseconds. */

/**
 * Epoch milliseconds of a Date, an ISO-8601 string or a number of milliseconds; undefined for
 * undefined or a value that is not a time (an invalid Date, an unparsable string).
 */
export function msOf(value: Date | string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

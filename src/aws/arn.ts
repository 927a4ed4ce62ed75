/** Reading ARNs. */

/** arn:aws:sts::123:assumed-role/name/session -> arn:aws:iam::123:role/name */
export function roleArnOf(assumedRoleArn: string | undefined): string | undefined {
  const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/(.+)\/[^/]+$/.exec(assumedRoleArn ?? '');
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}

/** The account id is the 5th field of any ARN. */
export function accountOf(arn: string): string {
  return arn.split(':')[4] ?? '';
}

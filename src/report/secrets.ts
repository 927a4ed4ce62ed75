/**
 * Values registered as secrets. The runner masks them in the log only: a job summary is a file
 * it uploads as is, so everything that goes into one passes through redact() first.
 */
import * as core from '@actions/core';

const secrets = new Set<string>();

/** Masks `value` in the log (core.setSecret) and keeps it out of every job summary. */
export function maskSecret(value: string): void {
  if (value === '') return;
  core.setSecret(value);
  secrets.add(value);
}

/** `text` with every registered secret replaced by `***`, as the runner shows it in the log. */
export function redact(text: string): string {
  if (secrets.size === 0 || text === '') return text;
  let out = text;
  // Longest first, so a secret that contains another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(secret).join('***');
  return out;
}

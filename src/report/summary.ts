/**
 * The one writer of job summaries. A summary is a report: when it cannot be written (no
 * GITHUB_STEP_SUMMARY, an unwritable path, a folder) the step says so once and goes on; the
 * result of the step never depends on it.
 */
import * as core from '@actions/core';
import { appendFile } from 'node:fs/promises';
import { messageOf } from '../errors.js';
import type { SummaryDoc } from './markdown.js';
import { redact } from './secrets.js';

let warned = false;

function cannotWrite(reason: string): void {
  if (warned) {
    core.debug(`job summary skipped: ${reason}`);
    return;
  }
  warned = true;
  core.warning(`Could not write the job summary: ${reason}. The step goes on without it.`, { title: 'job summary' });
}

/**
 * Appends `doc` to the job summary. Returns whether it was written; never throws.
 * Outside a runner (GITHUB_ACTIONS unset, e.g. the local CLI) a missing summary file is expected
 * and only noted in the debug log.
 */
export async function writeSummary(env: NodeJS.ProcessEnv, doc: SummaryDoc | string): Promise<boolean> {
  const text = redact(doc.toString());
  if (text.trim() === '') return true;
  const file = env.GITHUB_STEP_SUMMARY ?? '';
  if (file === '') {
    if (env.GITHUB_ACTIONS === 'true') cannotWrite('GITHUB_STEP_SUMMARY is not set (this runner offers no job summaries)');
    else core.debug('No job summary outside GitHub Actions (GITHUB_STEP_SUMMARY is not set).');
    return false;
  }
  try {
    await appendFile(file, text.endsWith('\n\n') ? text : `${text.replace(/\n*$/, '')}\n\n`, 'utf8');
    return true;
  } catch (e) {
    // Node's fs messages name the file: "EISDIR: illegal operation on a directory, open '…'".
    cannotWrite(messageOf(e));
    return false;
  }
}

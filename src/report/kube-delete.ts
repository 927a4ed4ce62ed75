/** Log line and job summary of retiring a pipeline's WorkflowTemplate. Plain data in. */
import * as core from '@actions/core';
import { code, html, SummaryDoc } from './markdown.js';
import { writeSummary } from './summary.js';

export interface DeleteReport {
  name: string;
  namespace: string;
  pipeline: string;
  server: string;
  source: string;
  result: 'deleted' | 'absent' | 'refused';
  dryRun: boolean;
  uid?: string;
  resourceVersion?: string;
  missing?: string[];
}

export function deleteVerdict(r: DeleteReport): string {
  switch (r.result) {
    case 'deleted':
      return r.dryRun ? 'would be deleted (dry run: nothing was changed)' : 'deleted';
    case 'absent':
      return 'absent: there is nothing to delete';
    case 'refused':
      return `not deleted: it is not labelled as pipeline "${r.pipeline}"'s (missing ${(r.missing ?? []).join(', ')})`;
  }
}

export function deleteSummary(r: DeleteReport): SummaryDoc {
  const doc = new SummaryDoc().heading(`WorkflowTemplate ${r.namespace}/${r.name}: ${deleteVerdict(r)}`);
  doc.paragraph(html`Cluster: ${code(r.server)} (${r.source}).`, r.uid ? html` uid ${code(r.uid)}` : '', r.resourceVersion ? html`, resourceVersion ${code(r.resourceVersion)}` : '', '.');
  return doc.paragraph('Workflows were not touched: running ones finish with the template they started with.');
}

export async function reportDeleted(r: DeleteReport, env: NodeJS.ProcessEnv): Promise<void> {
  core.info(`WorkflowTemplate ${r.namespace}/${r.name} ${deleteVerdict(r)}`);
  await writeSummary(env, deleteSummary(r));
}

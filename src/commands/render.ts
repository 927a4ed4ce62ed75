/**
 * `render`: validate, render the WorkflowTemplate, write it to template-path and set
 * template-name, template-path and template-digest.
 */
import type { CommandContext } from '../context.js';
import { renderTemplate } from '../pipeline-template.js';

export default async function renderCommand(ctx: CommandContext): Promise<void> {
  await renderTemplate(ctx);
}

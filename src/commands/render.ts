import type { CommandContext } from '../context.js';
import { notImplemented } from './not-implemented.js';

/** A rendered WorkflowTemplate, as `render` writes it and `apply` applies it. */
export interface RenderedTemplate {
  /** metadata.name, e.g. `<pipeline>-template`. */
  name: string;
  namespace: string;
  /** The AphexPipeline name (label value). */
  pipeline: string;
  /** Deterministic YAML text of the template. */
  yaml: string;
  /** The same template as a plain object. */
  object: Record<string, unknown>;
  /** `sha256:<hex>` of `yaml`. */
  digest: string;
  /** Where the YAML was written. */
  path: string;
}

/** validate + render + write template-path; sets template-name/-path/-digest outputs. */
export async function renderTemplate(ctx: CommandContext): Promise<RenderedTemplate> {
  notImplemented(ctx.settings.command);
}

export default async function renderCommand(ctx: CommandContext): Promise<void> {
  await renderTemplate(ctx);
}

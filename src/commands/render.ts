import type { CommandContext } from '../context.js';
import { notImplemented } from './not-implemented.js';

export default async function renderCommand(ctx: CommandContext): Promise<void> {
  notImplemented(ctx.settings.command);
}

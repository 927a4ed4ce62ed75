import type { CommandContext } from '../context.js';
import { notImplemented } from './not-implemented.js';

export default async function startCommand(ctx: CommandContext): Promise<void> {
  notImplemented(ctx.settings.command);
}

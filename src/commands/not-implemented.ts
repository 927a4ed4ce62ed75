import { ActionError } from '../errors.js';

export function notImplemented(command: string): never {
  throw new ActionError(`Command '${command}' is not implemented in this version of aphex-pipeline-action.`, {
    hint: 'Pin a release that lists it in its README, or pick another command.',
  });
}

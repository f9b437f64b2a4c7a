import { LockstepError } from '../core/errors.js';
import type { Command } from './command.js';
// Placeholder until this subcommand is built; replaced by its own module.
export const hashTagCommand: Command = { name: 'hash-tag', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };

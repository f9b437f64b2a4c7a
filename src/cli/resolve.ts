import { LockstepError } from '../core/errors.js';
import type { Command } from './command.js';
// Placeholder until this subcommand is built; replaced by its own module.
export const resolveCommand: Command = { name: 'resolve', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };
export const bootstrapCommand: Command = { name: 'bootstrap', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };

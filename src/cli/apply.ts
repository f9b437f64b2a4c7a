import { LockstepError } from '../core/errors.js';
import type { Command } from './command.js';
// Placeholder until this subcommand is built; replaced by its own module.
export const applyCommand: Command = { name: 'apply', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };
export const planCommand: Command = { name: 'plan', summary: '(not built yet)', usage: '', run: async () => { throw new LockstepError('not built yet'); } };

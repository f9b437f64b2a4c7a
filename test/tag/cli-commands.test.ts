import { describe, expect, test } from '@jest/globals';
import { commands } from '../../src/cli/commands.js';

// `lockstep help` lists commands without loading them; what it says must be what they are.
describe('the CLI command table', () => {
  test.each(commands.map(c => [c.name, c] as const))('%s: name and summary equal the loaded command', async (_name, entry) => {
    const command = await entry.load();
    expect({ name: command.name, summary: command.summary }).toEqual({ name: entry.name, summary: entry.summary });
    expect(command.usage).toContain(`lockstep ${entry.name}`);
  });
  test('names are unique', () => {
    expect(new Set(commands.map(c => c.name)).size).toBe(commands.length);
  });
});

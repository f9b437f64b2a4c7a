import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ProcessRef } from '../../core/rollout/state.js';

/**
 * The kernel's start time of a process: on Linux field 22 of /proc/<pid>/stat (clock ticks
 * since boot), elsewhere what `ps -o lstart=` prints. With the boot id it tells a process
 * apart from a later one that got the same pid.
 */
async function startOf(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && (await readFile('/proc/self/stat').then(() => true, () => false))) return undefined;
  }
  return new Promise(resolve => {
    execFile('ps', ['-o', 'lstart=', '-p', String(pid)], (err, out) => resolve(err ? undefined : out.trim() || undefined));
  });
}

let boot: Promise<string | undefined> | undefined;
function bootId(): Promise<string | undefined> {
  return (boot ??= readFile('/proc/sys/kernel/random/boot_id', 'utf8').then(
    s => s.trim(),
    () => undefined,
  ));
}

/** What a state records of a local process, so that a later run on this machine can find it. */
export async function processRef(pid: number): Promise<ProcessRef> {
  const [start, b] = await Promise.all([startOf(pid), bootId()]);
  return { pid, host: hostname(), ...(b ? { boot: b } : {}), ...(start ? { start } : {}) };
}

/**
 * Whether any process of the group `pgid` is alive. A signal 0 also reaches zombies — the
 * killed children that an init without reaping (a container's) leaves behind — so on Linux
 * the group's members are read from /proc and zombies do not count.
 */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // After the command name: state, ppid, pgrp.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export type Liveness = 'gone' | 'alive' | 'elsewhere';

/**
 * Whether the process group a step ran in is still alive. The group is the recorded
 * process's own (it was started as a group leader); while any member lives the kernel does
 * not hand its id to a new process, so a live leader with another start time is a stranger
 * that reused the pid after the group ended. Another machine's or boot's process cannot be
 * seen from here.
 */
export async function liveness(ref: ProcessRef): Promise<Liveness> {
  if (ref.host !== hostname()) return 'elsewhere';
  const b = await bootId();
  if (ref.boot && b && ref.boot !== b) return 'gone';
  if (!groupAlive(ref.pid)) return 'gone';
  if (alive(ref.pid)) {
    const start = await startOf(ref.pid);
    if (ref.start && start && start !== ref.start) return 'gone';
  }
  return 'alive';
}

/** Waits until no process of the group is left, or `ms` passed; true when it is gone. */
export async function groupGone(pgid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (groupAlive(pgid)) {
    if (Date.now() >= end) return false;
    await sleep(25);
  }
  return true;
}

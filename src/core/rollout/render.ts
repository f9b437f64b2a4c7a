import { code, table, plain } from '../markdown.js';
import type { RolloutPlan } from './plan.js';
import type { PlannedStep, RolloutState } from './state.js';

const short = (commit: string | undefined) => (commit ? commit.slice(0, 7) : '—');

export function describeStep(step: PlannedStep): string {
  const what = step.kind === 'rollback' ? `rollback to version ${step.version}` : `version ${step.version}`;
  return `${what}, step ${step.index}/${step.total}: ${step.repository}@${short(step.commit)}`;
}

/**
 * The plan as markdown: the versions in order, each with its steps, and per repository a
 * compare link from the commit live now to the commit it ends at (when its GitHub
 * repository is known) on `serverUrl`. This is what the release workflow posts on the staging → production PR.
 */
export function renderPlan(plan: RolloutPlan, state: RolloutState, github: Readonly<Record<string, string>> = {}, serverUrl = 'https://github.com'): string {
  const env = plain(plan.environment);
  const from = plan.from === undefined ? 'nothing yet' : `version ${plan.from}`;
  const lines: string[] = [];
  if (plan.direction === 'none') {
    lines.push(`### ${env}: already at version ${plan.to}`, '', 'Nothing to do.');
  } else {
    const verb = plan.direction === 'rollback' ? 'roll back' : 'deploy';
    lines.push(`### ${env}: ${verb} from ${from} to version ${plan.to}`, '');
    for (const part of plan.parts) {
      const title = part.kind === 'rollback' ? `Rollback to version ${part.version}` : `Version ${part.version}`;
      lines.push(`#### ${title}`, '');
      if (part.steps.length === 0) {
        lines.push('No step: nothing differs.', '');
        continue;
      }
      const done = new Set(part.done.map(s => s.index));
      const rows = part.steps.map((s, i) => [`${i + 1}/${part.steps.length}`, plain(s.repository), code(short(s.commit)), done.has(i + 1) ? 'done earlier' : 'pending']);
      lines.push(table(['step', 'repository', 'commit', 'status'], rows), '');
    }
  }
  const changes = repositoryChanges(plan, state);
  if (changes.length > 0) {
    lines.push('#### Changes per repository', '');
    for (const { repository, from: a, to: b } of changes) {
      const gh = github[repository];
      const link = gh && a ? ` ([compare](${serverUrl}/${gh}/compare/${a}...${b}))` : '';
      lines.push(`- ${plain(repository)}: ${code(short(a))} → ${code(short(b))}${link}`);
    }
    lines.push('');
  }
  for (const note of plan.notes) lines.push(`> ${plain(note)}`, '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** For every repository the plan touches: the commit live now and the one it ends at. */
export function repositoryChanges(plan: RolloutPlan, state: RolloutState): Array<{ repository: string; from?: string; to: string }> {
  const end = new Map<string, string>();
  for (const part of plan.parts) for (const s of part.steps) end.set(s.repository, s.commit);
  return [...end]
    .filter(([repo, commit]) => state.deployed[repo] !== commit)
    .map(([repository, to]) => ({ repository, from: state.deployed[repository], to }));
}

import { code, table, plain } from '../markdown.js';
import type { HeldPull, Step } from '../versions/version-file.js';
import type { RepoWindow } from './model.js';
import type { Plan } from './plan.js';

const short = (commit: string) => commit.slice(0, 7);

/** Beyond this a Mermaid diagram is unreadable, and GitHub refuses to render very large ones. */
const MAX_DRAWN_EDGES = 300;

/** The plan as plain text lines for a terminal or a log. */
export function planText(steps: readonly Step[], held: readonly HeldPull[]): string[] {
  const lines = steps.length ? steps.map((s, i) => `  ${i + 1}. ${s.repository} → ${s.commit}`) : ['  (no steps: nothing to release)'];
  if (held.length) lines.push('held back:', ...held.map(h => `  ${h.repository}#${h.number}: ${h.reason}`));
  return lines;
}

/** Job summary: steps table, held PRs with reasons, and the dependency graph for GitHub to draw. */
export function summaryMarkdown(version: number | undefined, steps: readonly Step[], held: readonly HeldPull[], windows: readonly RepoWindow[], plan: Plan): string {
  const parts: string[] = [];
  parts.push(version === undefined ? '## resolve-deps: nothing to release' : `## resolve-deps: version ${version}`);
  if (steps.length) {
    parts.push(table(['#', 'repository', 'commit'], steps.map((s, i) => [String(i + 1), plain(s.repository), code(short(s.commit))])));
  }
  if (held.length) {
    parts.push(['### Held back', '', table(['pull request', 'reason'], held.map(h => [`${plain(h.repository)}#${h.number}`, plain(h.reason)]))].join('\n'));
  }
  if (plan.edges.length > MAX_DRAWN_EDGES) {
    parts.push(`### Dependencies\n\n${plan.edges.length} dependencies: too many to draw (GitHub renders diagrams up to a few hundred edges).`);
  } else {
    const graph = mermaidGraph(windows, plan);
    if (graph) parts.push(['### Dependencies', '', '```mermaid', graph, '```'].join('\n'));
  }
  return parts.join('\n\n');
}

/**
 * The dependencies among this release's PRs, one box per repository, arrows in deployment
 * order (target → dependent). Only PRs that take part in a dependency are drawn.
 */
export function mermaidGraph(windows: readonly RepoWindow[], plan: Plan): string | undefined {
  if (plan.edges.length === 0) return undefined;
  const ids = new Map<string, string>();
  const key = (repository: string, index: number) => `${repository}\u0000${index}`;
  for (const e of plan.edges) for (const end of [e.to, e.from]) if (!ids.has(key(end.repository, end.index))) ids.set(key(end.repository, end.index), '');
  const heldSet = new Set(plan.held.map(h => key(h.repository, h.index)));
  const lines = ['graph LR'];
  let n = 0;
  windows.forEach((w, r) => {
    const members = w.changes.map((_, i) => i).filter(i => ids.has(key(w.repository, i)));
    if (!members.length) return;
    lines.push(`  subgraph r${r}["${label(w.repository)}"]`);
    for (const i of members) {
      const id = `n${n++}`;
      ids.set(key(w.repository, i), id);
      const c = w.changes[i];
      const text = c.pull !== undefined ? `#${c.pull}${c.title ? ` ${c.title}` : ''}` : short(c.commit);
      lines.push(`    ${id}["${label(text)}"]`);
    }
    lines.push('  end');
  });
  for (const e of plan.edges) {
    const from = ids.get(key(e.from.repository, e.from.index));
    const to = ids.get(key(e.to.repository, e.to.index));
    lines.push(e.isCompatible ? `  ${to} --> ${from}` : `  ${to} -. "is_compatible: false" .-> ${from}`);
  }
  const heldIds = [...heldSet].map(k => ids.get(k)).filter((id): id is string => !!id);
  if (heldIds.length) lines.push('  classDef held stroke-dasharray: 5 5,opacity:0.6', `  class ${heldIds.join(',')} held`);
  return lines.join('\n');
}

/** Mermaid labels are quoted strings: keep quotes and markup out. */
function label(text: string): string {
  return text.replace(/["<>`]/g, "'").slice(0, 60);
}

// Posts the rollout plan on the pull request, or updates the comment posted before.
// Called from actions/github-script (`github` is its authenticated Octokit, `context` the run's
// context). The previous comment is found by a hidden marker, so every push to the pull request
// edits one comment instead of adding another.
module.exports = async function postPlan({ github, context, plan, environment }) {
  const marker = `<!-- lockstep-plan:${environment} -->`;
  const body = `${marker}\n${plan && plan.trim() ? plan : `Nothing to deploy to ${environment}.`}`;
  const { owner, repo } = context.repo;
  const issue_number = context.payload.pull_request.number;

  const comments = await github.paginate(github.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 });
  // Only a comment a bot wrote counts: anyone can paste the marker into a comment of their own.
  const previous = comments.find(c => c.user && c.user.type === 'Bot' && typeof c.body === 'string' && c.body.startsWith(marker));

  if (previous) {
    if (previous.body !== body) await github.rest.issues.updateComment({ owner, repo, comment_id: previous.id, body });
    return { action: previous.body === body ? 'unchanged' : 'updated', id: previous.id };
  }
  const created = await github.rest.issues.createComment({ owner, repo, issue_number, body });
  return { action: 'created', id: created.data.id };
};

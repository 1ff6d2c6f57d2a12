// Which commit holds the declarations (untrusted: the change under review) and which ref holds the
// rules and approvals (trusted: what the change is judged by), for every event the Action supports.

export interface Refs {
  event: string;
  /** Commit whose declarations are checked. */
  head: string;
  /** Ref the policy packs and ledger are read from. A branch name, so approvals granted after the PR opened count on re-run. */
  trusted: string;
  pullNumber?: number;
}

export class RefError extends Error {}

interface Payload {
  pull_request?: { number?: number; head?: { sha?: string }; base?: { ref?: string; sha?: string } };
  merge_group?: { head_sha?: string; base_ref?: string };
}

export function refsFor(event: string, payload: Payload, sha: string | undefined): Refs {
  switch (event) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request;
      const head = pr?.head?.sha;
      const base = pr?.base?.ref;
      if (!pr?.number || !head || !base) throw new RefError(`the ${event} event payload lacks pull_request.number, head.sha or base.ref`);
      return { event, head, trusted: base, pullNumber: pr.number };
    }
    case 'merge_group': {
      const mg = payload.merge_group;
      if (!mg?.head_sha || !mg.base_ref) throw new RefError('the merge_group event payload lacks merge_group.head_sha or base_ref');
      return { event, head: mg.head_sha, trusted: mg.base_ref.replace(/^refs\/heads\//, '') };
    }
    case 'push':
    case 'workflow_dispatch': {
      // The commit is already on a branch people with write access control: it is its own trusted ref.
      if (!sha) throw new RefError(`GITHUB_SHA is not set for the ${event} event`);
      return { event, head: sha, trusted: sha };
    }
    default:
      throw new RefError(`event ${event} is not supported; use pull_request, pull_request_target, merge_group, push or workflow_dispatch`);
  }
}

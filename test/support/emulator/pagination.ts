// GitHub-style page selection and RFC 8288 (née 5988) `Link` headers, so Octokit's paginate() walks
// the emulator exactly as it walks api.github.com.

export const DEFAULT_PER_PAGE = 30;
export const MAX_PER_PAGE = 100;

export interface Page<T> {
  items: T[];
  /** Absent when everything fits on the first page, as on GitHub. */
  link?: string;
}

function positiveInt(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw.trim())) return undefined;
  const value = Number(raw);
  return value >= 1 ? value : undefined;
}

/**
 * Cuts `items` to the requested page. `selfUrl` is the absolute URL of the resource without query;
 * the links keep the caller's other query parameters (per_page, since, ...) and put `page` last.
 */
export function paginate<T>(items: readonly T[], query: URLSearchParams, selfUrl: string): Page<T> {
  const perPage = Math.min(positiveInt(query.get('per_page')) ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
  const page = positiveInt(query.get('page')) ?? 1;
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);

  const href = (target: number): string => {
    const params = new URLSearchParams(query);
    params.delete('page');
    params.append('page', String(target));
    return `<${selfUrl}?${params.toString()}>`;
  };
  // GitHub's order: prev, next, last, first.
  const rels: string[] = [];
  if (page > 1) rels.push(`${href(page - 1)}; rel="prev"`);
  if (page < lastPage) rels.push(`${href(page + 1)}; rel="next"`, `${href(lastPage)}; rel="last"`);
  if (page > 1) rels.push(`${href(1)}; rel="first"`);
  return rels.length > 0 ? { items: slice, link: rels.join(', ') } : { items: slice };
}

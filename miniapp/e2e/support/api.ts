export type Api = <T>(method: string, path: string, body?: unknown, token?: string, headers?: Record<string, string>) => Promise<T>;

interface OrgNode {
  id: string;
  code: string;
  children: OrgNode[];
}

/**
 * The server's API as the specs' set-up uses it: JSON in, JSON (or text, e.g. a CSV) out, and any
 * status but 2xx thrown with its body. `baseUrl` is read on each call: the server starts in beforeAll.
 */
export function apiClient(baseUrl: () => string) {
  const api: Api = async <T>(method: string, path: string, body?: unknown, token = '', headers: Record<string, string> = {}) => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    const text = await response.text();
    return (response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T;
  };
  /** A token through the dev sign-in (`member`, `member-b`, `admin`, `officer:<unit code>`). */
  const signIn = async (account: string) => (await api<{ token: string }>('POST', '/api/auth/dev-login', { account })).token;
  /** The demo org units' ids by code, e.g. `BJ-DX-YH-SH` → id. */
  const orgUnits = async () => {
    const flatten = (nodes: OrgNode[]): OrgNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);
    return new Map(flatten(await api<OrgNode[]>('GET', '/api/orgs/tree')).map((u) => [u.code, u.id]));
  };
  return { api, signIn, orgUnits };
}

/** Today's date in China (UTC+8), as the API's date fields take it: `2026-11-24`. */
export function todayInChina(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

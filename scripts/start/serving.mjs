// What `pnpm start` tells a person once the server answers: where it is and who to sign in as.
import { setTimeout as delay } from 'node:timers/promises';

const ANY_ADDRESS = new Set(['', '0.0.0.0', '::', '[::]']);

/** The address people open: localhost when the server listens on every interface. */
export function openUrl(port, host = '') {
  const name = ANY_ADDRESS.has(host) ? 'localhost' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${name}:${port}/`;
}

/** Resolves with the URL once the health check answers; the caller races this against the server exiting. */
export async function waitUntilServing(port, host) {
  const url = openUrl(port, host);
  for (;;) {
    const answered = await fetch(`${url}api/health`).then((r) => r.ok, () => false);
    if (answered) return url;
    await delay(150);
  }
}

/** The demo accounts behind the 我的 tab's switcher: two members, the admin and one officer per town. */
export async function printDemoAccounts(url) {
  const towns = [];
  const visit = (unit) => {
    if (unit.level === 'street') towns.push(unit);
    for (const child of unit.children ?? []) visit(child);
  };
  const tree = await fetch(`${url}api/orgs/tree`).then((r) => (r.ok ? r.json() : []), () => []);
  for (const unit of tree) visit(unit);
  const lines = [
    '  member, member-b       two members',
    `  admin                  the administrator of ${tree[0]?.name ?? 'the root union'}`,
    ...towns.map((t) => `  ${`officer:${t.code}`.padEnd(22)} the officer of ${t.name}`),
  ];
  console.log(`Demo accounts (H5: 我的 → 演示账号; API: POST /api/auth/dev-login {"account": "…"}):\n${lines.join('\n')}`);
}

import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { ADMIN_EMAIL, useTestApi } from '../test-support/test-api.js';
import { DASHBOARD_COOKIE } from './index.js';

const api = useTestApi();
const dashboard = () => `${api.origin}/admin/queues`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
let admin: Promise<string> | undefined;
const adminToken = () => {
  admin ??= registerUser(api, ADMIN_EMAIL).then((user) => user.token);
  return admin;
};

describe('the queue dashboard at /admin/queues', () => {
  it('is refused without credentials (401) and to signed-in non-admins (403)', async () => {
    expect((await fetch(dashboard())).status).toBe(401);
    expect((await fetch(dashboard(), { headers: bearer('not-a-token') })).status).toBe(401);
    const user = await registerUser(api, 'not-an-admin@example.com');
    expect((await fetch(dashboard(), { headers: bearer(user.token) })).status).toBe(403);
    const session = await fetch(`${dashboard()}/session`, { method: 'POST', headers: bearer(user.token) });
    expect(session.status).toBe(403);
    expect(session.headers.get('set-cookie')).toBeNull();
  });

  it('opens for an admin token, and a session cookie lets a browser in', async () => {
    const token = await adminToken();
    const page = await fetch(dashboard(), { headers: bearer(token) });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');

    const session = await fetch(`${dashboard()}/session`, { method: 'POST', headers: bearer(token) });
    expect(session.status).toBe(204);
    const setCookie = session.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^${DASHBOARD_COOKIE}=`));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/admin\/queues/);
    const cookie = setCookie.split(';')[0] ?? '';

    const queues = await fetch(`${dashboard()}/api/queues`, { headers: { cookie } });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: { name: string }[] };
    expect(body.queues.map((queue) => queue.name).sort()).toEqual(['cleanup', 'collection']);
  });

  it('refuses a forged or tampered cookie, and a cookie cannot open a new session', async () => {
    const token = await adminToken();
    const session = await fetch(`${dashboard()}/session`, { method: 'POST', headers: bearer(token) });
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await fetch(dashboard(), { headers: { cookie } })).status).toBe(200);
    const [name, value = ''] = cookie.split('=');
    const [userId, expiresAt, signature] = value.split('.');
    const prolonged = `${name}=${userId}.${Number(expiresAt) + 3_600_000}.${signature}`;
    expect((await fetch(dashboard(), { headers: { cookie: prolonged } })).status).toBe(401);
    const forged = `${name}=${userId}.${expiresAt}.c2lnbmF0dXJlLXRoYXQtaXMtbm90LXZhbGlkLWF0LWFsbA`;
    expect((await fetch(dashboard(), { headers: { cookie: forged } })).status).toBe(401);
    const renewal = await fetch(`${dashboard()}/session`, { method: 'POST', headers: { cookie } });
    expect(renewal.status).toBe(401);
  });
});

import { Writable } from 'node:stream';
import * as operations from '@career-navigator/client';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { STRONG_PASSWORD, useTestApi } from '../test-support/test-api.js';

const lines: string[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    done();
  },
});

const api = useTestApi({ env: { LOG_LEVEL: 'info' }, logDestination: capture });

/** The request log lines written for a request id. */
async function requestLines(requestId: string): Promise<Record<string, unknown>[]> {
  // pino writes asynchronously after the response is finished.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.requestId === requestId && entry.msg === 'request completed');
}

describe('request logs', () => {
  it('write one line per request with id, method, status, duration, operation and user, and no secret', async () => {
    const user = await registerUser(api, 'logged@example.com');
    const login = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'login-request-0001' },
      body: JSON.stringify({
        query: print(operations.LoginDocument),
        operationName: 'Login',
        variables: { email: user.email, password: STRONG_PASSWORD },
      }),
    });
    expect(login.status).toBe(200);
    const { data } = (await login.json()) as { data: { login: { accessToken: string } } };
    const [loginLine, ...others] = await requestLines('login-request-0001');
    expect(others).toEqual([]);
    expect(loginLine).toMatchObject({
      level: 'info',
      requestId: 'login-request-0001',
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      durationMs: expect.any(Number),
      graphql: { operationName: 'Login', operationType: 'mutation' },
    });
    const everything = lines.join('\n');
    expect(everything).not.toContain(STRONG_PASSWORD);
    expect(everything).not.toContain(data.login.accessToken);
    expect(everything).not.toContain(user.token);

    const me = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
      body: JSON.stringify({ query: print(operations.MeDocument), operationName: 'Me' }),
    });
    const requestId = me.headers.get('x-request-id') ?? '';
    expect(await requestLines(requestId)).toEqual([
      expect.objectContaining({
        requestId,
        userId: user.id,
        graphql: { operationName: 'Me', operationType: 'query' },
      }),
    ]);
    expect(lines.join('\n')).not.toContain(user.token);
  });

  it('leave query strings out of the path, since a GET may carry variables', async () => {
    const response = await fetch(`${api.origin}/health?secret=${STRONG_PASSWORD}`);
    const [line] = await requestLines(response.headers.get('x-request-id') ?? '');
    expect(line).toMatchObject({ req: { method: 'GET', path: '/health' }, res: { statusCode: 200 } });
    expect(lines.join('\n')).not.toContain(STRONG_PASSWORD);
  });
});

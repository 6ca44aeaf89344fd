import * as operations from '@career-navigator/client';
import { describe, expect, it } from 'vitest';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();

describe('GET /health', () => {
  it('answers liveness without touching a store', async () => {
    const response = await fetch(`${api.origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', app: 'Career Navigator API', version: '1.0.0' });
  });
});

describe('GET /ready', () => {
  it('is 200 when MongoDB and Redis both answer', async () => {
    const response = await fetch(`${api.origin}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', checks: { mongodb: 'up', redis: 'up' } });
  });
});

describe('CORS', () => {
  it('allows the configured origins, with credentials', async () => {
    const response = await fetch(api.endpoint, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3000',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
  });

  it('does not vouch for other origins', async () => {
    const response = await fetch(`${api.origin}/health`, { headers: { origin: 'https://evil.example' } });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('request bodies', () => {
  it('are refused above the size limit, in the GraphQL error shape', async () => {
    const response = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost:3000' },
      body: JSON.stringify({ query: `{ health { status } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is too large', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('are refused when they are not JSON', async () => {
    const response = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_REQUEST');
  });
});

describe('request ids', () => {
  it('are given to every response, and a sane incoming one is kept', async () => {
    const fresh = await fetch(`${api.origin}/health`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const forwarded = await fetch(`${api.origin}/health`, { headers: { 'x-request-id': 'edge-proxy-1234' } });
    expect(forwarded.headers.get('x-request-id')).toBe('edge-proxy-1234');
    const hostile = await fetch(`${api.origin}/health`, { headers: { 'x-request-id': 'a b\tc<script>' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the GraphQL health query', () => {
  it('needs no token', async () => {
    const data = await api.client().request(operations.HealthDocument);
    expect(data.health).toEqual({ status: 'ok', app: 'Career Navigator API', version: '1.0.0' });
  });
});

describe('GraphQL responses', () => {
  it('are never stored by caches, since most carry personal data', async () => {
    const response = await fetch(api.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

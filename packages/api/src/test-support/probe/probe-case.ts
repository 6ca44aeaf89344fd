import { readFileSync } from 'node:fs';

/**
 * One request an attacker or a careless client might send, and what the API
 * must answer: an HTTP status, one documented `extensions.code` (or none when
 * the request may succeed), the field the message names, and values that must
 * not come back.
 */
export interface ProbeCase {
  name: string;
  request: ProbeRequest;
  expect: ProbeExpectation;
}

export interface ProbeRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Query string for GET requests, without '?'. */
  search?: string;
  headers?: Record<string, string>;
  /** Sent as is; JSON-encoded when not a string. */
  body?: unknown;
}

export interface ProbeExpectation {
  status: readonly number[];
  /** The first error's code must be one of these; `null` among them allows an answer without errors. */
  codes: readonly (string | null)[];
  /** A BAD_USER_INPUT answer must name this field (in `extensions.field` or its message). */
  field?: string;
  /** Strings that must not appear anywhere in the answer (injected values). */
  mustNotEcho?: readonly string[];
}

export interface ProbeAnswer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

const README = new URL('../../../README.md', import.meta.url);

/** The codes packages/api/README.md documents: the first column of its Errors table. */
export function documentedCodes(): ReadonlySet<string> {
  const text = readFileSync(README, 'utf8');
  const errors = text.slice(text.indexOf('## Errors'));
  const table = errors.slice(errors.indexOf('\n|'));
  const rows = table.split('\n').slice(1);
  const codes = new Set<string>();
  for (const row of rows.slice(
    0,
    rows.findIndex((line) => !line.startsWith('|')),
  )) {
    const firstCell = row.split('|')[1] ?? '';
    for (const match of firstCell.matchAll(/`([A-Z_]+)`/g)) codes.add(match[1] as string);
  }
  return codes;
}

export async function send(origin: string, probe: ProbeCase): Promise<ProbeAnswer> {
  const { method = 'POST', search, headers, body } = probe.request;
  const url = `${origin}/graphql${search ? `?${search}` : ''}`;
  const response = await fetch(url, {
    method,
    headers: { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  let parsed: ProbeAnswer['body'];
  try {
    parsed = JSON.parse(text) as ProbeAnswer['body'];
  } catch {
    parsed = undefined;
  }
  return { status: response.status, text, body: parsed };
}

export interface ProbeMode {
  production: boolean;
  codes: ReadonlySet<string>;
}

const STACK_TRACE = /stacktrace|\n\s+at \S+ \(|\bat (?:async )?\S+ \(\/|node_modules|\.[cm]?[jt]s:\d+:\d+/i;
const SUGGESTION = /Did you mean/i;

/** Every way the answer departs from the case's expectation; empty when it meets it. */
export function problemsOf(probe: ProbeCase, answer: ProbeAnswer, mode: ProbeMode): string[] {
  const problems: string[] = [];
  const { expect } = probe;
  if (!expect.status.includes(answer.status)) {
    problems.push(`status ${answer.status}, expected ${expect.status.join(' or ')}`);
  }
  if (!answer.body || typeof answer.body !== 'object') {
    problems.push(`answer is not a GraphQL JSON body: ${answer.text.slice(0, 120)}`);
    return problems;
  }
  const errors = answer.body.errors ?? [];
  const first = errors[0];
  const code = first ? first.extensions?.code : null;
  if (!expect.codes.includes(code as string | null)) {
    problems.push(
      `code ${String(code)} (${first?.message.slice(0, 160)}), expected ${expect.codes.join(' or ')}`,
    );
  }
  for (const error of errors) {
    const errorCode = error.extensions?.code;
    if (typeof errorCode !== 'string' || !mode.codes.has(errorCode)) {
      problems.push(`undocumented code ${String(errorCode)}`);
    }
  }
  if (first && code === 'BAD_USER_INPUT' && expect.field) {
    const named = String(first.extensions?.field ?? '') + first.message;
    if (!named.includes(expect.field))
      problems.push(`message does not name ${expect.field}: ${first.message}`);
  }
  if (STACK_TRACE.test(answer.text)) problems.push(`stack trace or source path in the answer`);
  if (mode.production && SUGGESTION.test(answer.text)) problems.push('schema suggestion in production');
  for (const value of expect.mustNotEcho ?? []) {
    if (answer.text.includes(value)) problems.push(`echoes an input value (${value.slice(0, 40)})`);
  }
  return problems;
}

/** Runs the cases a few at a time and lists every case whose answer departs from its expectation. */
export async function probeAll(
  origin: string,
  cases: readonly ProbeCase[],
  mode: ProbeMode,
  concurrency = 4,
): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < cases.length) {
      const probe = cases[next++] as ProbeCase;
      const problems = problemsOf(probe, await send(origin, probe), mode);
      if (problems.length > 0) failures.push(`${probe.name}: ${problems.join('; ')}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return failures.sort();
}

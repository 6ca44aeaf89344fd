import { aliasedCopies, fragmentBomb, MARKET_TRENDS_SELECTION } from '@career-navigator/testkit';
import { accessClaims, signJwt, withTamperedPayload } from '../forged-tokens.js';
import { TEST_JWT_SECRET } from '../test-api.js';
import type { ProbeCase, ProbeExpectation } from './probe-case.js';

/** Requests that go wrong before any field is resolved: the HTTP envelope, the document, the operation. */

const HEALTH = '{ health { status } }';
const badRequest = (status: number[] = [400]): ProbeExpectation => ({ status, codes: ['BAD_REQUEST'] });
const tooComplex: ProbeExpectation = { status: [400], codes: ['QUERY_TOO_COMPLEX'] };
const validationFailed: ProbeExpectation = { status: [400], codes: ['GRAPHQL_VALIDATION_FAILED'] };
const parseFailed: ProbeExpectation = { status: [400], codes: ['GRAPHQL_PARSE_FAILED'] };

function envelopeCases(): ProbeCase[] {
  const malformed = [
    '{',
    '{"query":',
    'nul',
    '[',
    '{"query": "{ health { status } }",}',
    "{'query': 1}",
    '\u0000',
    '',
  ];
  const notAnOperation: [string, unknown][] = [
    ['null', 'null'],
    ['a number', '1'],
    ['a string', '"{ health { status } }"'],
    ['true', 'true'],
    ['an empty object', {}],
    ['a numeric query', { query: 1 }],
    ['an object query', { query: { health: true } }],
    ['a null query', { query: null }],
    ['an empty query', { query: '' }],
    ['string variables', { query: HEALTH, variables: 'x=1' }],
    ['list variables', { query: HEALTH, variables: [1] }],
    ['a numeric operationName', { query: HEALTH, operationName: 1 }],
    ['string extensions', { query: HEALTH, extensions: 'x' }],
    ['an empty batch', []],
    ['a batch of two', [{ query: HEALTH }, { query: HEALTH }]],
  ];
  const contentTypes = [
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/graphql',
  ];
  return [
    ...malformed.map((body) => ({
      name: `a malformed JSON body ${JSON.stringify(body)}`,
      request: { body },
      expect: badRequest(),
    })),
    ...notAnOperation.map(([label, body]) => ({
      name: `a body with ${label}`,
      request: { body },
      expect: badRequest(),
    })),
    ...contentTypes.map((type) => ({
      name: `content type ${type}`,
      request: { headers: { 'content-type': type }, body: JSON.stringify({ query: HEALTH }) },
      expect: badRequest([400, 415]),
    })),
    {
      name: 'a body past the size limit',
      request: { body: { query: HEALTH, variables: { padding: 'x'.repeat(1_100_000) } } },
      expect: badRequest([413]),
    },
    {
      name: 'variables nested ten thousand levels',
      request: {
        body: `{"query":"query Q($s: String) { skills(search: $s) { skill } }","variables":{"s":${'['.repeat(10_000)}${']'.repeat(10_000)}}}`,
      },
      expect: { status: [400], codes: ['BAD_USER_INPUT', 'BAD_REQUEST'] },
    },
    {
      name: 'a GET without the CSRF preflight header',
      request: { method: 'GET', search: `query=${encodeURIComponent(HEALTH)}` },
      expect: badRequest(),
    },
    {
      name: 'a mutation over GET',
      request: {
        method: 'GET',
        search: `query=${encodeURIComponent('mutation { logoutEverywhere }')}`,
        headers: { 'apollo-require-preflight': 'true' },
      },
      expect: badRequest([405]),
    },
    {
      name: 'a GET with malformed variables',
      request: {
        method: 'GET',
        search: `query=${encodeURIComponent(HEALTH)}&variables=%7B`,
        headers: { 'apollo-require-preflight': 'true' },
      },
      expect: badRequest(),
    },
    ...(['PUT', 'DELETE', 'PATCH'] as const).map((method) => ({
      name: `a ${method} request`,
      request: {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HEALTH }),
      },
      expect: badRequest([404, 405]),
    })),
  ];
}

function documentCases(): ProbeCase[] {
  const documents: [ProbeExpectation, [name: string, query: string][]][] = [
    [
      tooComplex,
      [
        ['1,000 aliased marketTrends', aliasedCopies(1_000, MARKET_TRENDS_SELECTION)],
        ['100 aliased marketTrends', aliasedCopies(100, MARKET_TRENDS_SELECTION)],
        ['100 aliased health fields', aliasedCopies(100, 'health { status }')],
        ['a 25-level fragment bomb', fragmentBomb(25)],
        ['a 12-level fragment bomb', fragmentBomb(12)],
        ['30 directives on one field', `{ health { status ${'@include(if: true) '.repeat(30)} } }`],
        ['2,500 tokens', `{ health { ${'status '.repeat(2_500)} } }`],
        ['20,001 characters of comment', `${HEALTH} ${'#'.repeat(20_001)}`],
        ['a field selected 1,600 times', `{ health { ${'status '.repeat(1_600)} } }`],
      ],
    ],
    [
      parseFailed,
      [
        ['an unclosed selection', '{ health { status '],
        ['a stray brace', '}'],
        ['an unterminated string', '{ skills(search: "abc) { skill } }'],
        ['a lone operation keyword', 'query'],
      ],
    ],
    [
      validationFailed,
      [
        ['cyclic fragments', 'query C { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
        ['a self-spreading fragment', 'query C { ...A } fragment A on Query { health { status } ...A }'],
        ['an unknown fragment', 'query C { ...Nope }'],
        ['a fragment on an unknown type', 'query C { ...A } fragment A on Nope { health { status } }'],
        ['an unused fragment', `${HEALTH} fragment A on Query { health { status } }`],
        ['an unknown directive', '{ health @probe { status } }'],
        ['a directive without its argument', '{ health @include { status } }'],
        ['an undefined variable', '{ skills(search: $nope) { skill } }'],
        ['an unused variable', 'query Q($v: String) { health { status } }'],
        ['a variable of an unknown type', 'query Q($v: Nope) { health { status } }'],
        ['a variable of an output type', 'query Q($v: Health) { health { status } }'],
        ['two operations of one name', 'query A { health { status } } query A { health { status } }'],
        ['a selection on a leaf', '{ health { status { nope } } }'],
        ['an object without a selection', '{ health }'],
      ],
    ],
    [{ status: [200], codes: [null] }, [['a typename on the root only', '{ __typename }']]],
  ];
  return documents.flatMap(([expect, cases]) =>
    cases.map(([name, query]) => ({ name, request: { body: { query } }, expect })),
  );
}

function operationCases(production: boolean): ProbeCase[] {
  const introspection = '{ __schema { queryType { name } } }';
  return [
    {
      name: 'a subscription',
      request: { body: { query: 'subscription { health { status } }' } },
      expect: badRequest(),
    },
    {
      name: 'an unknown operationName',
      request: { body: { query: 'query A { health { status } }', operationName: 'B' } },
      expect: badRequest(),
    },
    {
      name: 'two operations without an operationName',
      request: { body: { query: 'query A { health { status } } query B { health { status } }' } },
      expect: badRequest(),
    },
    {
      name: 'an operationName naming a fragment',
      request: {
        body: { query: 'query A { ...F } fragment F on Query { health { status } }', operationName: 'F' },
      },
      expect: badRequest(),
    },
    {
      name: 'a persisted-query hash without a document',
      request: { body: { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } } },
      expect: badRequest(),
    },
    {
      name: 'a persisted-query hash that does not match its document',
      request: {
        body: { query: HEALTH, extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } } },
      },
      expect: badRequest(),
    },
    {
      name: 'a persisted query of an unknown version',
      request: { body: { extensions: { persistedQuery: { version: 2, sha256Hash: 'c'.repeat(64) } } } },
      expect: badRequest(),
    },
    {
      name: 'introspection',
      request: { body: { query: introspection } },
      expect: production ? validationFailed : { status: [200], codes: [null] },
    },
    {
      name: 'a type lookup by name',
      request: { body: { query: '{ __type(name: "User") { fields { name } } }' } },
      expect: production ? validationFailed : { status: [200], codes: [null] },
    },
  ];
}

function tokenCases(userToken: string, userId: string): ProbeCase[] {
  const forged: [string, string][] = [
    ['alg none', signJwt({ alg: 'none', typ: 'JWT' }, accessClaims(userId), null)],
    [
      'a wrong key',
      signJwt(
        { alg: 'HS256', typ: 'JWT' },
        accessClaims(userId),
        'not-the-secret-but-long-enough-0123456789',
      ),
    ],
    [
      'an expired token',
      signJwt({ alg: 'HS256', typ: 'JWT' }, accessClaims(userId, { exp: 1_000 }), TEST_JWT_SECRET),
    ],
    [
      'a token valid only in the future',
      signJwt({ alg: 'HS256', typ: 'JWT' }, accessClaims(userId, { nbf: 4_000_000_000 }), TEST_JWT_SECRET),
    ],
    [
      'another issuer',
      signJwt({ alg: 'HS256', typ: 'JWT' }, accessClaims(userId, { iss: 'someone-else' }), TEST_JWT_SECRET),
    ],
    ['a tampered subject', withTamperedPayload(userToken, { sub: '0123456789abcdef01234567' })],
    ['a tampered expiry', withTamperedPayload(userToken, { exp: 4_000_000_000 })],
    ['a stripped signature', `${userToken.split('.').slice(0, 2).join('.')}.`],
    ['garbage', 'not-a-jwt'],
    ['a 10 kB token', 'a'.repeat(10_000)],
  ];
  const cases: ProbeCase[] = [];
  for (const [label, token] of forged) {
    cases.push(
      {
        name: `me with ${label}`,
        request: { headers: { authorization: `Bearer ${token}` }, body: { query: '{ me { id } }' } },
        expect: { status: [200], codes: ['UNAUTHENTICATED'], mustNotEcho: [token] },
      },
      {
        name: `health with ${label} (public fields still answer)`,
        request: { headers: { authorization: `Bearer ${token}` }, body: { query: HEALTH } },
        expect: { status: [200], codes: [null] },
      },
    );
  }
  const schemes: [string, string][] = [
    ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`],
    ['an empty bearer', 'Bearer '],
    ['the token without a scheme', userToken],
    ['two tokens', `Bearer ${userToken} ${userToken}`],
  ];
  for (const [label, authorization] of schemes) {
    cases.push({
      name: `me with ${label}`,
      request: { headers: { authorization }, body: { query: '{ me { id } }' } },
      expect: { status: [200], codes: ['UNAUTHENTICATED'] },
    });
  }
  return cases;
}

export function requestCases(production: boolean, user: { token: string; id: string }): ProbeCase[] {
  return [
    ...envelopeCases(),
    ...documentCases(),
    ...operationCases(production),
    ...tokenCases(user.token, user.id),
  ];
}

import { beforeAll, describe, expect, it } from 'vitest';
import { registerUser, type SignedInUser } from '../accounts.js';
import { ADMIN_EMAIL, type TestApi } from '../test-api.js';
import { documentedCodes, type ProbeCase, type ProbeMode, probeAll } from './probe-case.js';
import { requestCases } from './request-cases.js';
import {
  argumentCases,
  authorisationCases,
  literalCases,
  loadSchema,
  type Tokens,
  unknownNameCases,
} from './schema-cases.js';

/**
 * The attack and bad-input probe, table-driven, against a running API over
 * HTTP. Each group lists every case whose answer departs from its
 * expectation, so one run shows all defects at once; /health must answer
 * after each group.
 */
export function defineProbeSuite(api: TestApi, options: { production: boolean }): void {
  const mode: ProbeMode = { production: options.production, codes: documentedCodes() };
  const schema = loadSchema();
  let user: SignedInUser;
  let tokens: Tokens;

  beforeAll(async () => {
    user = await registerUser(api, 'probe.user@example.com');
    tokens = { user: user.token, admin: (await registerUser(api, ADMIN_EMAIL)).token };
  });

  async function expectAllMet(cases: readonly ProbeCase[]): Promise<void> {
    expect(cases.length).toBeGreaterThan(0);
    expect(await probeAll(api.origin, cases, mode)).toEqual([]);
    const health = await fetch(`${api.origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  }

  describe(`the probe (${options.production ? 'production' : 'development'})`, () => {
    it('documents the codes it checks against', () => {
      expect([...mode.codes]).toEqual(
        expect.arrayContaining(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'QUERY_TOO_COMPLEX', 'BAD_REQUEST']),
      );
    });

    it('answers malformed envelopes, hostile documents, odd operations and forged tokens with their codes', async () => {
      await expectAllMet(requestCases(options.production, user));
    });

    it('refuses bad values of every argument and input field, naming it and echoing nothing', async () => {
      await expectAllMet([...argumentCases(schema, tokens), ...literalCases(schema, tokens)]);
    });

    it('refuses every signed-in operation without a token and every admin one to a user', async () => {
      await expectAllMet(authorisationCases(schema, tokens));
    });

    it('answers unknown fields and arguments with validation errors', async () => {
      await expectAllMet(unknownNameCases(schema));
    });
  });
}

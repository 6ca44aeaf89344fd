import * as operations from '@career-navigator/client';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { useTestApi } from '../test-support/test-api.js';

const WINDOW_SECONDS = 60;
const api = useTestApi({ throttles: { extraction: { limit: 3, windowSeconds: WINDOW_SECONDS } } });

describe('the extraction rate limit', () => {
  it('refuses a client IP past its budget with RATE_LIMITED and when to retry, for both operations', async () => {
    const { token } = await registerUser(api, 'limited@example.com');
    const client = api.client(token);
    const answers = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        client.request(operations.ExtractSkillsDocument, { text: 'Python and Go' }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 'fulfilled')).toHaveLength(3);

    const refused = await graphqlErrorOf(
      client.request(operations.ExtractSkillsDocument, { text: 'Python' }),
    );
    expect(refused.extensions.code).toBe('RATE_LIMITED');
    expect(refused.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.extensions.retryAfterSeconds).toBeLessThanOrEqual(WINDOW_SECONDS);

    const importRefused = await graphqlErrorOf(
      client.request(operations.ImportSkillsFromTextDocument, { text: 'Python' }),
    );
    expect(importRefused.extensions.code).toBe('RATE_LIMITED');
  });
});

import * as operations from '@career-navigator/client';
import { MAX_EXTRACTION_TEXT_LENGTH } from '@career-navigator/domain';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { graphqlErrorOf } from '../test-support/graphql-errors.js';
import { useTestApi } from '../test-support/test-api.js';

// A budget no test here exhausts; extraction-rate-limit.e2e.test.ts spends one on purpose.
const api = useTestApi();

const POSTING_HTML =
  '<h2>Backend Engineer</h2><ul><li>Strong <b>Python</b> &amp; Django</li>' +
  '<li>C&#43;&#43; or Rust; our services run on <a href="https://k8s.io">Kubernetes</a></li></ul>' +
  '<p>You will work with Python every day.</p>';

// The heading names a skill area too.
const POSTING_SKILLS = ['backend development', 'c++', 'django', 'kubernetes', 'python', 'rust'];

describe('extractSkills', () => {
  it('finds the skills of an HTML posting, with spans into the text as sent', async () => {
    const { extractSkills } = await api
      .client()
      .request(operations.ExtractSkillsDocument, { text: POSTING_HTML });
    expect(extractSkills.textLength).toBe(POSTING_HTML.length);
    const bySkill = new Map(extractSkills.skills.map((found) => [found.skill, found]));
    expect([...bySkill.keys()].sort()).toEqual(POSTING_SKILLS);
    expect(bySkill.get('python')).toMatchObject({
      displayName: 'Python',
      category: 'programming_language',
      count: 2,
    });
    for (const found of extractSkills.skills) {
      expect(found.confidence).toBeGreaterThan(0);
      expect(found.confidence).toBeLessThanOrEqual(1);
      for (const { start, end, text } of found.evidence) expect(POSTING_HTML.slice(start, end)).toBe(text);
    }
    expect(bySkill.get('c++')?.evidence.map((evidence) => evidence.text)).toEqual(['C&#43;&#43;']);
    expect(bySkill.get('python')?.evidence.map((evidence) => evidence.text)).toEqual(['Python', 'Python']);
    const confidences = extractSkills.skills.map((found) => found.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('gives a product name more confidence than an everyday word with weak support', async () => {
    const text = 'We build Kubernetes operators. Terraform and Go help too, as does Excel.';
    const { extractSkills } = await api.client().request(operations.ExtractSkillsDocument, { text });
    const confidence = (skill: string) =>
      extractSkills.skills.find((found) => found.skill === skill)?.confidence;
    expect(confidence('kubernetes')).toBeGreaterThan(0.9);
    const weakest = extractSkills.skills.at(-1)!;
    expect(weakest.confidence).toBeLessThan(confidence('kubernetes')!);
  });

  it('keeps at most 3 spans per skill and returns at most limit skills, the most confident first', async () => {
    const text = 'PostgreSQL, PostgreSQL, PostgreSQL and PostgreSQL with Redis, Kafka and Docker.';
    const { extractSkills } = await api
      .client()
      .request(operations.ExtractSkillsDocument, { text, limit: 2 });
    expect(extractSkills.skills).toHaveLength(2);
    expect(extractSkills.skills[0]).toMatchObject({ skill: 'postgresql', count: 4 });
    expect(extractSkills.skills[0]?.evidence).toHaveLength(3);
  });

  it('answers a text without skills with an empty list', async () => {
    const { extractSkills } = await api.client().request(operations.ExtractSkillsDocument, {
      text: 'Free lunch on Fridays and a dog-friendly office.',
    });
    expect(extractSkills).toEqual({ skills: [], textLength: 48 });
  });

  it.each([
    ['an empty text', { text: '' }, 'text'],
    ['a text of only whitespace', { text: ' \n\t ' }, 'text'],
    ['a text of 100,001 characters', { text: 'a'.repeat(MAX_EXTRACTION_TEXT_LENGTH + 1) }, 'text'],
    ['a limit of 0', { text: 'Python', limit: 0 }, 'limit'],
    ['a limit of 201', { text: 'Python', limit: 201 }, 'limit'],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_case, variables, field) => {
    const error = await graphqlErrorOf(api.client().request(operations.ExtractSkillsDocument, variables));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('accepts a text of exactly 100,000 characters', async () => {
    const filler = 'Kotlin and Swift. '.repeat(MAX_EXTRACTION_TEXT_LENGTH / 18 + 1);
    const text = filler.slice(0, MAX_EXTRACTION_TEXT_LENGTH);
    const { extractSkills } = await api.client().request(operations.ExtractSkillsDocument, { text });
    expect(extractSkills.textLength).toBe(MAX_EXTRACTION_TEXT_LENGTH);
    expect(extractSkills.skills.map((found) => found.skill).sort()).toEqual(['kotlin', 'swift']);
  });
});

describe('importSkillsFromText', () => {
  it('needs a signed-in user', async () => {
    const error = await graphqlErrorOf(
      api.client().request(operations.ImportSkillsFromTextDocument, { text: 'Python' }),
    );
    expect(error.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('adds the confident skills the profile lacks and names those it had', async () => {
    const user = await registerUser(api, 'import@example.com', { skills: ['Python'] });
    const client = api.client(user.token);
    const { importSkillsFromText } = await client.request(operations.ImportSkillsFromTextDocument, {
      text: POSTING_HTML,
      minConfidence: 0.9,
    });
    expect(importSkillsFromText.alreadyHad).toEqual(['python']);
    expect([...importSkillsFromText.added].sort()).toEqual(['c++', 'django', 'kubernetes']);
    expect([...importSkillsFromText.user.skills].sort()).toEqual(['c++', 'django', 'kubernetes', 'python']);

    const again = await client.request(operations.ImportSkillsFromTextDocument, { text: POSTING_HTML });
    expect([...again.importSkillsFromText.added].sort()).toEqual(['backend development', 'rust']);
    expect(again.importSkillsFromText.user.version).toBe(importSkillsFromText.user.version + 1);
    const { me } = await client.request(operations.MeDocument);
    expect([...me.skills].sort()).toEqual(POSTING_SKILLS);
  });

  it('validates the text and the confidence as extractSkills does', async () => {
    const { token } = await registerUser(api, 'import-bad@example.com');
    const client = api.client(token);
    const cases: [{ text: string; minConfidence?: number }, string][] = [
      [{ text: '' }, 'text'],
      [{ text: 'x'.repeat(MAX_EXTRACTION_TEXT_LENGTH + 1) }, 'text'],
      [{ text: 'Python', minConfidence: 1.5 }, 'minConfidence'],
    ];
    for (const [variables, field] of cases) {
      const error = await graphqlErrorOf(client.request(operations.ImportSkillsFromTextDocument, variables));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const { me } = await client.request(operations.MeDocument);
    expect(me.skills).toEqual([]);
  });

  it('loses no skill when a profile update races it: the update conflicts or both are merged', async () => {
    for (let round = 0; round < 6; round += 1) {
      const user = await registerUser(api, `race-${round}@example.com`, { skills: ['Python'] });
      const client = api.client(user.token);
      const { me } = await client.request(operations.MeDocument);
      const [imported, updated] = await Promise.allSettled([
        client.request(operations.ImportSkillsFromTextDocument, {
          text: 'Kubernetes operators written in Rust and Terraform',
        }),
        client.request(operations.UpdateProfileDocument, {
          input: { skills: [...me.skills, 'Haskell'], expectedVersion: me.version },
        }),
      ]);
      if (imported.status === 'rejected') throw imported.reason;
      const added = imported.value.importSkillsFromText.added;
      expect(added).toEqual(expect.arrayContaining(['kubernetes', 'rust']));
      const final = (await client.request(operations.MeDocument)).me.skills;
      expect(final).toEqual(expect.arrayContaining(['python', ...added]));
      if (updated.status === 'fulfilled') {
        expect(final).toContain('haskell');
      } else {
        expect((await graphqlErrorOf(Promise.reject(updated.reason))).extensions.code).toBe('CONFLICT');
        expect(final).not.toContain('haskell');
      }
    }
  });
});

import * as operations from '@career-navigator/client';
import { loadLearningResourceCatalog, loadProjectCatalog } from '@career-navigator/domain';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../test-support/accounts.js';
import { useTestApi } from '../test-support/test-api.js';

const api = useTestApi();
const catalog = loadLearningResourceCatalog();
const projectCatalog = loadProjectCatalog();

/** Aliases as users type them, and the canonical skill each names. */
const ALIASES = [
  ['k8s', 'kubernetes'],
  ['React.js', 'react'],
  ['golang', 'go'],
  ['Postgres', 'postgresql'],
] as const;

const urls = (resources: readonly { url: string }[]) => resources.map((resource) => resource.url).sort();

describe('every skill argument resolves aliases, over HTTP', () => {
  it('searchLearningResources, learningResources, searchProjects and skill focus', async () => {
    const user = await registerUser(api, 'aliases@example.com', { skills: ['python'] });
    const client = api.client(user.token);
    for (const [alias, canonical] of ALIASES) {
      const { searchLearningResources: byAlias } = await client.request(
        operations.SearchLearningResourcesDocument,
        {
          query: alias,
          limit: 100,
        },
      );
      const canonicalResources = catalog.resourcesFor(canonical);
      expect(canonicalResources.length, canonical).toBeGreaterThan(0);
      expect(urls(byAlias.resources)).toEqual(expect.arrayContaining(urls(canonicalResources)));
      expect(byAlias.totalFound).toBeGreaterThanOrEqual(canonicalResources.length);

      const { learningResources } = await client.request(operations.LearningResourcesDocument, {
        skills: [alias],
      });
      expect(urls(learningResources)).toEqual(urls(canonicalResources));

      const { searchProjects: projectsByAlias } = await client.request(operations.SearchProjectsDocument, {
        query: alias,
        limit: 100,
      });
      const usingSkill = projectCatalog.projects
        .filter((project) => project.skillIds.includes(canonical))
        .map((project) => project.title);
      expect(usingSkill.length, canonical).toBeGreaterThan(0);
      expect(projectsByAlias.projects.map((project) => project.title)).toEqual(
        expect.arrayContaining(usingSkill),
      );

      const [{ projectRecommendations: focusAlias }, { projectRecommendations: focusName }] =
        await Promise.all([
          client.request(operations.ProjectRecommendationsDocument, { skillFocus: [alias], limit: 50 }),
          client.request(operations.ProjectRecommendationsDocument, { skillFocus: [canonical], limit: 50 }),
        ]);
      expect(focusAlias.projects.map((project) => project.title)).toEqual(
        focusName.projects.map((project) => project.title),
      );
      const [{ skillBuildingProjects: buildAlias }, { skillBuildingProjects: buildName }] = await Promise.all(
        [
          client.request(operations.SkillBuildingProjectsDocument, { skills: [alias] }),
          client.request(operations.SkillBuildingProjectsDocument, { skills: [canonical] }),
        ],
      );
      expect(buildAlias).toEqual(buildName);
    }
  });

  it('a search word that is an alias also matches its canonical skill inside a longer query', async () => {
    const user = await registerUser(api, 'alias-words@example.com');
    const { searchLearningResources } = await api
      .client(user.token)
      .request(operations.SearchLearningResourcesDocument, { query: 'k8s the hard way', limit: 100 });
    expect(searchLearningResources.resources.some((resource) => resource.skill === 'kubernetes')).toBe(true);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { catalogFixturePath, validationFieldOf } from '@career-navigator/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLearningResourceCatalog, resourcesForSkills, searchResources } from './index.js';
import { estimatedHoursForSkill } from './learning-resources.service.js';

const catalog = loadLearningResourceCatalog();
const originalCatalog = loadLearningResourceCatalog(catalogFixturePath('original-learning-resources.json'));

describe('resourcesForSkills', () => {
  it('returns each skill’s resources in the order the skills were given, tagged with the canonical id', () => {
    const resources = resourcesForSkills(catalog, { skills: ['Postgres', 'React.js'] });
    const postgresCount = catalog.resourcesFor('postgresql').length;

    expect(resources).toHaveLength(postgresCount + catalog.resourcesFor('react').length);
    expect(resources.slice(0, postgresCount).every((resource) => resource.skill === 'postgresql')).toBe(true);
    expect(resources.slice(postgresCount).every((resource) => resource.skill === 'react')).toBe(true);
  });

  it('never answers next.js with Node.js resources', () => {
    const nextResources = resourcesForSkills(catalog, { skills: ['next.js'] });

    expect(nextResources.length).toBeGreaterThanOrEqual(3);
    expect(nextResources.every((resource) => resource.skill === 'next.js')).toBe(true);
    expect(nextResources.some((resource) => resource.url.startsWith('https://nodejs.org'))).toBe(false);
    // The original file had Node.js but no Next.js: the answer is nothing, not Node.js.
    expect(resourcesForSkills(originalCatalog, { skills: ['next.js', 'nextjs', 'Next.js'] })).toEqual([]);
  });

  it('filters by resource type in any letter case', () => {
    const courses = resourcesForSkills(catalog, { skills: ['Python', 'SQL'], resourceType: 'course' });

    expect(courses.length).toBeGreaterThan(0);
    expect(courses.every((resource) => resource.type === 'Course')).toBe(true);
  });

  it('rejects an unknown resource type, naming the field', () => {
    expect(
      validationFieldOf(() => resourcesForSkills(catalog, { skills: ['Python'], resourceType: 'Podcast' })),
    ).toBe('resourceType');
  });

  it('narrows by a case-insensitive search of title and description', () => {
    const resources = resourcesForSkills(catalog, { skills: ['Python', 'JavaScript'], search: 'BOOK' });

    expect(resources.map((resource) => resource.title)).toContain('Eloquent JavaScript');
    for (const resource of resources) {
      expect(`${resource.title} ${resource.description}`.toLowerCase()).toContain('book');
    }
  });

  it('lists a resource shared by two skills once, under the first skill asked for', () => {
    const resources = resourcesForSkills(catalog, { skills: ['Docker', 'Kubernetes'] });
    const shared = resources.filter(
      (resource) => resource.url === 'https://www.youtube.com/@TechWorldwithNana',
    );

    expect(shared).toHaveLength(1);
    expect(shared[0]?.skill).toBe('docker');
  });

  it('returns nothing for skills the catalog lacks', () => {
    expect(resourcesForSkills(catalog, { skills: ['cobol on punch cards'] })).toEqual([]);
  });
});

describe('searchResources', () => {
  it('finds all of a named skill’s resources plus resources mentioning it, in catalog order', () => {
    const result = searchResources(catalog, { query: 'Docker', limit: 100, offset: 0 });
    const catalogOrder = new Map(catalog.skills.map((skill, index) => [skill.id, index]));
    const positions = result.resources.map((resource) => catalogOrder.get(resource.skill) ?? -1);

    for (const resource of catalog.resourcesFor('docker')) {
      expect(result.resources).toContainEqual(resource);
    }
    expect(result.resources.some((resource) => resource.skill !== 'docker')).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(result.totalFound).toBe(result.resources.length);
    expect(result.searchQuery).toBe('Docker');
  });

  it('counts every match before paging, and pages cover the full list exactly', () => {
    const everything = searchResources(catalog, { query: 'python', limit: 1000, offset: 0 });
    const pageSize = 7;
    const offsets = Array.from(
      { length: Math.ceil(everything.totalFound / pageSize) },
      (_, page) => page * pageSize,
    );
    const pages = offsets.map((offset) =>
      searchResources(catalog, { query: 'python', limit: pageSize, offset }),
    );

    expect(everything.totalFound).toBeGreaterThan(20);
    expect(everything.resources).toHaveLength(everything.totalFound);
    expect(pages.every((page) => page.totalFound === everything.totalFound)).toBe(true);
    expect(pages.flatMap((page) => page.resources)).toEqual(everything.resources);
  });

  it('applies the type filter and reports the filters', () => {
    const result = searchResources(catalog, {
      query: 'kubernetes',
      resourceType: 'BOOK',
      limit: 3,
      offset: 0,
    });

    expect(result.resources.every((resource) => resource.type === 'Book')).toBe(true);
    expect(result.filtersApplied).toEqual({ resourceType: 'Book', limit: 3, offset: 0 });
  });

  it('lists a URL found under several skills once', () => {
    const result = searchResources(catalog, { query: 'techworld', limit: 10, offset: 0 });

    expect(result.totalFound).toBe(1);
    expect(result.resources[0]?.skill).toBe('docker');
  });

  it('rejects a blank query and an unknown type, naming the field', () => {
    expect(validationFieldOf(() => searchResources(catalog, { query: '  ', limit: 5, offset: 0 }))).toBe(
      'query',
    );
    expect(
      validationFieldOf(() =>
        searchResources(catalog, { query: 'git', resourceType: 'Blog', limit: 5, offset: 0 }),
      ),
    ).toBe('resourceType');
  });
});

describe('estimatedHoursForSkill', () => {
  const scratchDirectory = mkdtempSync(path.join(tmpdir(), 'learning-'));
  afterAll(() => rmSync(scratchDirectory, { recursive: true, force: true }));

  it('adds the quickest explanation to the quickest hands-on resource', () => {
    // Python: Documentation 8 h, Video 10 h; Course 40 h, Practice 15 h.
    expect(estimatedHoursForSkill(catalog, 'python')).toBe(8 + 15);
    // Original-format file: type defaults, Documentation 3 h + Course 20 h.
    expect(estimatedHoursForSkill(originalCatalog, 'React')).toBe(3 + 20);
  });

  it('lets the quickest book stand in for a missing kind', () => {
    // TDD: Documentation 1 h, no course or practice, books of 25 h and 30 h.
    expect(estimatedHoursForSkill(catalog, 'TDD')).toBe(1 + 25);
    // gRPC lists documentation and a tutorial only, and no book; the quickest is 1 h.
    expect(estimatedHoursForSkill(catalog, 'gRPC')).toBe(1);
    const booksOnly = path.join(scratchDirectory, 'books.json');
    const book = { type: 'Book', description: '' };
    writeFileSync(
      booksOnly,
      JSON.stringify({
        Haskell: [
          { ...book, title: 'Long', url: 'https://example.org/long', estimatedHours: 40 },
          { ...book, title: 'Short', url: 'https://example.org/short', estimatedHours: 12 },
        ],
      }),
    );
    expect(estimatedHoursForSkill(loadLearningResourceCatalog(booksOnly), 'haskell')).toBe(12);
  });

  it('is null for a skill without resources', () => {
    expect(estimatedHoursForSkill(catalog, 'cobol on punch cards')).toBeNull();
  });
});

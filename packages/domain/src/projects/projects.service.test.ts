import { catalogFixturePath, validationFieldOf } from '@career-navigator/testkit';
import { describe, expect, it } from 'vitest';
import { loadProjectCatalog } from '../catalogs/index.js';
import {
  allProjects,
  type MatchedProject,
  recommendProjects,
  searchProjects,
  skillBuildingProjects,
} from './index.js';

// Nine projects in the original system's format; the comments in the tests refer to their ids.
const catalog = loadProjectCatalog(catalogFixturePath('original-projects-wrapped.json'));
const bundled = loadProjectCatalog();

const webUser = { skills: ['html', 'CSS', 'javascript', 'React.js', 'nodejs', 'Python'] };
const newcomer = { skills: [] };

const ids = (projects: readonly { id: number }[]): number[] => projects.map((project) => project.id);

describe('recommendProjects', () => {
  it('orders by skill match, then easier first, then id', () => {
    const result = recommendProjects(catalog, webUser, { limit: 20 });

    // 100: 1 (Beginner), 7 (no skills) · 50: 2 · 33.3: 9 (Beginner), 6 (Intermediate)
    // 25: 3, 5 (Advanced) · 0: 4 (Beginner), 8 (Intermediate)
    expect(ids(result.projects)).toEqual([1, 7, 2, 9, 6, 3, 5, 4, 8]);
    expect(result.totalProjects).toBe(9);
    expect(result.userSkillCount).toBe(6);
  });

  it('reports match percentages to one decimal and missing skills as the catalog spells them', () => {
    const byId = new Map(recommendProjects(catalog, webUser, { limit: 20 }).projects.map((p) => [p.id, p]));

    expect(byId.get(1)).toMatchObject({ skillMatchPercentage: 100, missingSkills: [] });
    expect(byId.get(2)).toMatchObject({ skillMatchPercentage: 50, missingSkills: ['MongoDB', 'Express'] });
    expect(byId.get(9)).toMatchObject({ skillMatchPercentage: 33.3, missingSkills: ['Git', 'Bash'] });
    expect(byId.get(7)).toMatchObject({ skillMatchPercentage: 100, missingSkills: [] });
  });

  it('does not count Node.js towards a Next.js project', () => {
    const nextBlog = recommendProjects(catalog, webUser, { limit: 20 }).projects.find((p) => p.id === 6);

    expect(nextBlog?.missingSkills).toEqual(['Next.js', 'PostgreSQL']);
  });

  it('matches the target role across engineer/developer and front-end spellings', () => {
    for (const role of ['Front-end Engineer', '  frontend developer ', 'Front End Developer']) {
      const result = recommendProjects(catalog, newcomer, { targetRole: role, limit: 20 });
      expect(ids(result.projects).sort(), role).toEqual([1, 2, 6]);
      expect(result.filtersApplied.targetRole).toBe(role.trim());
    }
    expect(
      ids(recommendProjects(catalog, newcomer, { targetRole: 'MLOps Engineer', limit: 5 }).projects),
    ).toEqual([5]);
  });

  it('filters by skill focus through the skill taxonomy', () => {
    const result = recommendProjects(catalog, newcomer, { skillFocus: ['Apache Kafka'], limit: 20 });

    expect(ids(result.projects)).toEqual([8, 3]);
    expect(result.filtersApplied.skillFocus).toEqual(['kafka']);
  });

  it('filters by difficulty in any letter case and rejects an unknown one', () => {
    const result = recommendProjects(catalog, webUser, { difficulty: 'advanced', limit: 20 });

    expect(ids(result.projects)).toEqual([3, 5]);
    expect(result.filtersApplied.difficulty).toBe('Advanced');
    expect(
      validationFieldOf(() => recommendProjects(catalog, webUser, { difficulty: 'Expert', limit: 5 })),
    ).toBe('difficulty');
  });

  it('counts projects before the limit', () => {
    const result = recommendProjects(catalog, webUser, { limit: 2 });

    expect(ids(result.projects)).toEqual([1, 7]);
    expect(result.totalProjects).toBe(9);
  });

  it('advises by average match and names skills to learn from the top three projects', () => {
    expect(recommendProjects(catalog, webUser, { limit: 3 }).recommendations).toEqual([
      'You already have most of the skills these projects need: pick one and start building.',
      'To take on these projects, consider learning Express, MongoDB.',
    ]);
    expect(recommendProjects(catalog, webUser, { limit: 20 }).recommendations[0]).toBe(
      'These projects are challenging for your current skills; consider starting with Beginner projects.',
    );
    expect(
      recommendProjects(catalog, { skills: ['react', 'mongodb'] }, { limit: 1, skillFocus: ['React'] }),
    ).toMatchObject({
      recommendations: [
        'You have a good foundation for these projects; each will stretch you in a few new areas.',
        'To take on these projects, consider learning Express, Node.js.',
      ],
    });
  });

  it('names the most frequently missing skills first, then alphabetically, counting spellings together', () => {
    // Projects 3 and 5 both need Python; the rest are needed once each.
    expect(
      recommendProjects(catalog, newcomer, { difficulty: 'Advanced', limit: 5 }).recommendations[1],
    ).toBe('To take on these projects, consider learning Python, Apache Kafka, Docker.');
    // "Kafka" (project 8) and "Apache Kafka" (project 3) are one skill, shown as first spelled.
    expect(recommendProjects(catalog, newcomer, { skillFocus: ['kafka'], limit: 5 }).recommendations[1]).toBe(
      'To take on these projects, consider learning Kafka, Docker, Java.',
    );
  });

  it('gives no advice when nothing matches the filters', () => {
    const result = recommendProjects(catalog, webUser, { targetRole: 'Astronaut', limit: 5 });

    expect(result).toMatchObject({ projects: [], totalProjects: 0, recommendations: [] });
  });
});

describe('skillBuildingProjects', () => {
  it('sorts before applying the limit, so the easiest project survives it', () => {
    // File order of the Python projects is 3 (Advanced), 5 (Advanced), 9 (Beginner);
    // the original took the first one before sorting and returned project 3.
    expect(ids(skillBuildingProjects(catalog, newcomer, { skills: ['python'], limit: 1 }))).toEqual([9]);
  });

  it('orders easier first, then by match, then by id', () => {
    expect(ids(skillBuildingProjects(catalog, newcomer, { skills: ['Python'], limit: 10 }))).toEqual([
      9, 3, 5,
    ]);
    expect(
      ids(skillBuildingProjects(catalog, { skills: ['docker'] }, { skills: ['Python'], limit: 10 })),
    ).toEqual([9, 5, 3]);
  });

  it('filters by difficulty and returns the match for the user', () => {
    const projects = skillBuildingProjects(
      catalog,
      { skills: ['python'] },
      {
        skills: ['PowerBI', 'Docker'],
        difficulty: 'Advanced',
        limit: 10,
      },
    );

    expect(ids(projects)).toEqual([3, 5]);
    expect(projects[0]?.skillMatchPercentage).toBe(25);
  });

  it('keeps the best projects of the whole bundled catalog under a limit', () => {
    const user = { skills: ['python', 'sql'] };
    const everything = skillBuildingProjects(bundled, user, { skills: ['Python'], limit: 1000 });
    const limited = skillBuildingProjects(bundled, user, { skills: ['Python'], limit: 5 });

    expect(everything.length).toBeGreaterThan(5);
    expect(limited).toEqual(everything.slice(0, 5));
    expect(limited.every((project) => project.difficulty === 'Beginner')).toBe(true);
  });
});

describe('searchProjects', () => {
  it('matches title, description, features and skills case-insensitively, in catalog order', () => {
    expect(ids(searchProjects(catalog, { query: 'KAFKA', limit: 10, offset: 0 }).projects)).toEqual([3, 8]);
    expect(ids(searchProjects(catalog, { query: 'sales', limit: 10, offset: 0 }).projects)).toEqual([3, 4]);
    expect(ids(searchProjects(catalog, { query: 'canary', limit: 10, offset: 0 }).projects)).toEqual([5]);
  });

  it('finds projects by another spelling of one of their skills', () => {
    expect(ids(searchProjects(catalog, { query: 'nodejs', limit: 10, offset: 0 }).projects)).toEqual([2]);
  });

  it('applies difficulty and skill filters and reports them', () => {
    const result = searchProjects(catalog, {
      query: 'sales',
      skills: ['Power BI'],
      difficulty: 'beginner',
      limit: 10,
      offset: 0,
    });

    expect(ids(result.projects)).toEqual([4]);
    expect(result.filtersApplied).toEqual({
      skills: ['power bi'],
      difficulty: 'Beginner',
      limit: 10,
      offset: 0,
    });
  });

  it('counts every match before paging and returns no match fields', () => {
    const everything = searchProjects(catalog, { query: 'a', limit: 100, offset: 0 });
    const page = searchProjects(catalog, { query: 'a', limit: 2, offset: 2 });

    expect(page.totalFound).toBe(everything.totalFound);
    expect(page.projects).toEqual(everything.projects.slice(2, 4));
    expect(page.projects[0]).not.toHaveProperty('skillMatchPercentage');
    expect(page.searchQuery).toBe('a');
  });

  it('rejects a blank query', () => {
    expect(validationFieldOf(() => searchProjects(catalog, { query: ' ', limit: 5, offset: 0 }))).toBe(
      'query',
    );
  });
});

describe('allProjects', () => {
  it('pages the catalog in file order with a total and the user’s match', () => {
    const page = allProjects(catalog, webUser, { difficulty: 'Beginner', limit: 2, offset: 1 });

    expect(page.total).toBe(4);
    expect(ids(page.projects)).toEqual([4, 7]);
    expect(page.projects.map((project: MatchedProject) => project.skillMatchPercentage)).toEqual([0, 100]);
  });

  it('covers the whole bundled catalog without a difficulty', () => {
    const page = allProjects(bundled, newcomer, { limit: 50, offset: 100 });

    expect(page.total).toBe(bundled.projects.length);
    expect(ids(page.projects)).toEqual(ids(bundled.projects.slice(100, 150)));
  });
});

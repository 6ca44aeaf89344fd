import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { catalogFixturePath } from '@career-navigator/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { CatalogError, loadLearningResourceCatalog, loadProjectCatalog } from './index.js';
import { DEFAULT_HOURS_BY_TYPE } from './learning-resource.schema.js';

const scratchDirectory = mkdtempSync(path.join(tmpdir(), 'catalogs-'));
let scratchFiles = 0;
afterAll(() => rmSync(scratchDirectory, { recursive: true, force: true }));

/** A catalog file with the given content, under a fresh name so the loader cache never answers. */
function scratchFile(content: unknown): string {
  scratchFiles += 1;
  const filePath = path.join(scratchDirectory, `catalog-${scratchFiles}.json`);
  writeFileSync(filePath, typeof content === 'string' ? content : JSON.stringify(content));
  return filePath;
}

function catalogErrorOf(load: () => unknown): CatalogError {
  try {
    load();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('expected a CatalogError');
}

const validResource = {
  type: 'Course',
  title: 'A course',
  url: 'https://example.org/course',
  description: 'x',
};
const validProject = {
  id: 1,
  title: 'A project',
  description: 'x',
  difficulty: 'Beginner',
  estimated_time: '1 week',
  skills: ['Python'],
  features: ['One'],
  roles: ['Data Analyst'],
};

describe('loadLearningResourceCatalog', () => {
  it("loads the original system's file, indexing skills by canonical id", () => {
    const catalog = loadLearningResourceCatalog(catalogFixturePath('original-learning-resources.json'));

    expect(catalog.skills.map((skill) => skill.id)).toEqual([
      'react',
      'nodejs',
      'deep learning',
      'natural language processing',
    ]);
    expect(catalog.findSkill('React.js')?.name).toBe('React');
    expect(catalog.resourcesFor('node-js').map((resource) => resource.title)).toContain('Node.js docs');
    expect(catalog.resourcesFor('nodejs').every((resource) => resource.skill === 'nodejs')).toBe(true);
  });

  it('fills in estimatedHours from the resource type when the file has none', () => {
    const catalog = loadLearningResourceCatalog(catalogFixturePath('original-learning-resources.json'));
    const hoursByType = new Map(
      catalog.resourcesFor('react').map((resource) => [resource.type, resource.estimatedHours]),
    );

    expect(Object.fromEntries(hoursByType)).toEqual({
      Documentation: DEFAULT_HOURS_BY_TYPE.Documentation,
      Video: DEFAULT_HOURS_BY_TYPE.Video,
      Course: DEFAULT_HOURS_BY_TYPE.Course,
      Book: DEFAULT_HOURS_BY_TYPE.Book,
    });
  });

  it('keeps an explicit estimatedHours', () => {
    const filePath = scratchFile({ Docker: [{ ...validResource, estimatedHours: 7.5 }] });
    expect(loadLearningResourceCatalog(filePath).resourcesFor('docker')[0]?.estimatedHours).toBe(7.5);
  });

  it('drops a URL repeated inside one skill, keeping the first', () => {
    const catalog = loadLearningResourceCatalog(catalogFixturePath('original-learning-resources.json'));
    const titles = catalog.resourcesFor('Deep Learning').map((resource) => resource.title);

    expect(titles).toEqual(['Deep learning book', 'Neural networks explained', 'fast.ai']);
  });

  it('merges two keys that name the same skill, in file order', () => {
    const catalog = loadLearningResourceCatalog(catalogFixturePath('original-learning-resources.json'));
    const nlp = catalog.findSkill('NLP');

    expect(nlp?.name).toBe('Natural Language Processing');
    expect(nlp?.resources.map((resource) => resource.title)).toEqual([
      'Hugging Face course',
      'Speech and Language Processing',
      'CS224N lectures',
    ]);
  });

  it('answers an unknown skill with no resources', () => {
    const catalog = loadLearningResourceCatalog(catalogFixturePath('original-learning-resources.json'));
    expect(catalog.findSkill('next.js')).toBeUndefined();
    expect(catalog.resourcesFor('next.js')).toEqual([]);
  });

  it('loads each file once and returns an immutable catalog', () => {
    const filePath = catalogFixturePath('original-learning-resources.json');
    const catalog = loadLearningResourceCatalog(filePath);

    expect(loadLearningResourceCatalog(path.relative(process.cwd(), filePath))).toBe(catalog);
    expect(loadLearningResourceCatalog()).toBe(loadLearningResourceCatalog());
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.skills)).toBe(true);
    expect(Object.isFrozen(catalog.resourcesFor('react'))).toBe(true);
    expect(Object.isFrozen(catalog.resourcesFor('react')[0])).toBe(true);
  });

  it('names the file, skill, index and field of a bad resource', () => {
    const filePath = scratchFile({ React: [validResource, { ...validResource, url: 'not a url' }] });
    const error = catalogErrorOf(() => loadLearningResourceCatalog(filePath));

    expect(error.filePath).toBe(filePath);
    expect(error.entry).toBe('skill "React" resource at index 1');
    expect(error.field).toBe('url');
    expect(error.message).toContain(filePath);
    expect(error.message).toContain('skill "React" resource at index 1: field "url"');
  });

  it('rejects an unknown resource type, naming the field', () => {
    const filePath = scratchFile({ React: [{ ...validResource, type: 'Podcast' }] });
    const error = catalogErrorOf(() => loadLearningResourceCatalog(filePath));

    expect(error.entry).toBe('skill "React" resource at index 0');
    expect(error.field).toBe('type');
  });

  it('rejects a skill whose value is not a list, and a file that is not an object', () => {
    const notAList = catalogErrorOf(() => loadLearningResourceCatalog(scratchFile({ React: { url: 'x' } })));
    expect(notAList.entry).toBe('skill "React"');
    expect(notAList.message).toContain('must be a list of resources');

    const notAnObject = catalogErrorOf(() => loadLearningResourceCatalog(scratchFile([validResource])));
    expect(notAnObject.message).toContain('must be an object keyed by skill name');
  });

  it('reports a missing file and broken JSON with the path', () => {
    const missing = path.join(scratchDirectory, 'absent.json');
    expect(catalogErrorOf(() => loadLearningResourceCatalog(missing)).message).toContain(
      `${missing}: cannot be read`,
    );
    const broken = scratchFile('{ "React": [');
    expect(catalogErrorOf(() => loadLearningResourceCatalog(broken)).message).toContain(
      `${broken}: is not valid JSON`,
    );
  });
});

describe('loadProjectCatalog', () => {
  it("loads the original system's wrapped and bare-array files alike", () => {
    const wrapped = loadProjectCatalog(catalogFixturePath('original-projects-wrapped.json'));
    const bare = loadProjectCatalog(catalogFixturePath('original-projects-array.json'));

    expect(wrapped.projects).toHaveLength(9);
    expect(bare.projects).toEqual(wrapped.projects);
  });

  it('maps snake_case fields and keeps display spellings beside normalised ids', () => {
    const catalog = loadProjectCatalog(catalogFixturePath('original-projects-wrapped.json'));
    const forecast = catalog.findProject(3);

    expect(forecast?.estimatedTime).toBe('4-5 weeks');
    expect(forecast?.skills).toEqual(['Python', 'PowerBI', 'Scikit-learn', 'Apache Kafka']);
    expect(forecast?.skillIds).toEqual(['python', 'power bi', 'scikit-learn', 'kafka']);
    expect(catalog.findProject(4)?.skillIds).toContain('power bi');
  });

  it('keeps roles as written plus a normalised key for each', () => {
    const catalog = loadProjectCatalog(catalogFixturePath('original-projects-wrapped.json'));
    const taskManager = catalog.findProject(2);

    expect(taskManager?.roles).toEqual(['Full Stack Developer', 'Front End Developer']);
    expect(taskManager?.roleKeys[1]).toBe(catalog.findProject(1)?.roleKeys[0]);
    expect(catalog.findProject(7)?.roles).toEqual([]);
  });

  it('returns immutable projects and loads each file once', () => {
    const filePath = catalogFixturePath('original-projects-wrapped.json');
    const catalog = loadProjectCatalog(filePath);

    expect(loadProjectCatalog(filePath)).toBe(catalog);
    expect(Object.isFrozen(catalog.projects)).toBe(true);
    expect(Object.isFrozen(catalog.projects[0])).toBe(true);
    expect(Object.isFrozen(catalog.projects[0]?.skills)).toBe(true);
  });

  it('names the file, project and field of a bad entry', () => {
    const filePath = scratchFile({
      projects: [validProject, { ...validProject, id: 2, difficulty: 'Expert' }],
    });
    const error = catalogErrorOf(() => loadProjectCatalog(filePath));

    expect(error.entry).toBe('project at index 1 (id 2)');
    expect(error.field).toBe('difficulty');
    expect(error.message).toContain(`${filePath}: project at index 1 (id 2): field "difficulty"`);
  });

  it('names the nested field of a bad list item', () => {
    const filePath = scratchFile([{ ...validProject, skills: ['Python', ''] }]);
    const error = catalogErrorOf(() => loadProjectCatalog(filePath));

    expect(error.field).toBe('skills.1');
  });

  it('rejects a repeated id', () => {
    const filePath = scratchFile([validProject, validProject]);
    const error = catalogErrorOf(() => loadProjectCatalog(filePath));

    expect(error.entry).toBe('project at index 1 (id 1)');
    expect(error.field).toBe('id');
  });

  it('rejects a file that holds neither a list nor {"projects": [...]}', () => {
    const error = catalogErrorOf(() => loadProjectCatalog(scratchFile({ items: [validProject] })));
    expect(error.message).toContain('must be a list of projects');
  });
});

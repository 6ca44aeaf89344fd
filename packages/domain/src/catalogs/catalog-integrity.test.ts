import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeRole } from '../roles/index.js';
import { skillInfo } from '../skills/index.js';
import { loadLearningResourceCatalog, loadProjectCatalog, RESOURCE_TYPES } from './index.js';

// The raw files are read as well as the loaded catalogs, because loading removes the
// repeated URLs and merged keys these tests must notice.
function readBundled(fileName: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./data/${fileName}`, import.meta.url)), 'utf8'));
}

interface RawResource {
  type: string;
  url: string;
  estimatedHours?: number;
}

interface RawProject {
  id: number;
  skills: string[];
  features: string[];
  roles: string[];
}

const rawResources = readBundled('learning-resources.json') as Record<string, RawResource[]>;
const rawProjects = (readBundled('project-ideas.json') as { projects: RawProject[] }).projects;

describe('bundled learning-resource catalog', () => {
  const catalog = loadLearningResourceCatalog();

  it('covers at least 130 distinct skills, each with at least 3 resources', () => {
    expect(catalog.skills.length).toBeGreaterThanOrEqual(130);
    // Equal counts mean no two keys normalise to one skill and were merged.
    expect(catalog.skills).toHaveLength(Object.keys(rawResources).length);
    const thinSkills = catalog.skills
      .filter((skill) => skill.resources.length < 3)
      .map((skill) => skill.name);
    expect(thinSkills).toEqual([]);
  });

  it('keys every skill by a name the skill taxonomy knows', () => {
    const unknown = Object.keys(rawResources).filter((key) => skillInfo(key) === undefined);
    expect(unknown).toEqual([]);
  });

  it('lists each URL at most once per skill and gives every resource an hour estimate', () => {
    for (const [key, resources] of Object.entries(rawResources)) {
      const urls = resources.map((resource) => resource.url);
      expect(new Set(urls).size, key).toBe(urls.length);
      expect(
        resources.every((resource) => typeof resource.estimatedHours === 'number'),
        key,
      ).toBe(true);
    }
  });

  it('mixes every resource type', () => {
    const typesUsed = new Set(
      catalog.skills.flatMap((skill) => skill.resources.map((resource) => resource.type)),
    );
    expect([...typesUsed].sort()).toEqual([...RESOURCE_TYPES].sort());
  });
});

describe('bundled project catalog', () => {
  const catalog = loadProjectCatalog();

  it('holds at least 130 projects with ids 1..N in order', () => {
    expect(catalog.projects.length).toBeGreaterThanOrEqual(130);
    expect(catalog.projects.map((project) => project.id)).toEqual(
      catalog.projects.map((_, index) => index + 1),
    );
  });

  it('spreads projects across the three difficulties roughly 45/50/35', () => {
    const counts = { Beginner: 0, Intermediate: 0, Advanced: 0 };
    for (const project of catalog.projects) counts[project.difficulty] += 1;
    expect(counts.Beginner).toBeGreaterThanOrEqual(40);
    expect(counts.Intermediate).toBeGreaterThanOrEqual(45);
    expect(counts.Advanced).toBeGreaterThanOrEqual(30);
  });

  it('gives each project 3-6 skills, 4-6 features and 1-3 roles', () => {
    for (const project of rawProjects) {
      expect(project.skills.length, `project ${project.id} skills`).toBeGreaterThanOrEqual(3);
      expect(project.skills.length, `project ${project.id} skills`).toBeLessThanOrEqual(6);
      expect(project.features.length, `project ${project.id} features`).toBeGreaterThanOrEqual(4);
      expect(project.features.length, `project ${project.id} features`).toBeLessThanOrEqual(6);
      expect(project.roles.length, `project ${project.id} roles`).toBeGreaterThanOrEqual(1);
      expect(project.roles.length, `project ${project.id} roles`).toBeLessThanOrEqual(3);
    }
  });

  it('uses only skills the taxonomy knows and the resource catalog covers', () => {
    const resources = loadLearningResourceCatalog();
    const skills = new Set(rawProjects.flatMap((project) => project.skills));
    expect([...skills].filter((skill) => skillInfo(skill) === undefined)).toEqual([]);
    expect([...skills].filter((skill) => resources.findSkill(skill) === undefined)).toEqual([]);
  });

  it('names roles that normalise to a real job title', () => {
    const roleKeys = new Set(catalog.projects.flatMap((project) => project.roleKeys));
    expect(roleKeys.has('')).toBe(false);
    expect(roleKeys.has(normalizeRole('Frontend Developer'))).toBe(true);
    expect(roleKeys.has(normalizeRole('Data Engineer'))).toBe(true);
  });
});

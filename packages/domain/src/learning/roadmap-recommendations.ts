import type { RoadmapBasis } from './roadmap-basis.js';

export interface RoadmapFigures {
  missingSkillsCount: number;
  prerequisitesAdded: number;
  coveragePercentage: number | null;
  skillsWithoutEstimateCount: number;
  /** Display names of the missing skills in study priority. */
  firstMissing: readonly string[];
}

const PRACTICE = [
  'Practise each new skill in a small project before moving on.',
  'Join a community around your main technology to learn from practitioners.',
];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function basisLine(basis: RoadmapBasis, hasTargetRoles: boolean): string | null {
  switch (basis.kind) {
    case 'gap':
      return null;
    case 'demand':
      return `This plan follows what ${basis.role} postings ask for, without comparing them with your profile's coverage.`;
    case 'stand-in':
      return `No recent postings for ${basis.role} yet, so this plan is built from ${basis.standInRole} postings, the closest role with data.`;
    case 'profile':
      if (basis.role !== null) {
        return `No recent postings for ${basis.role} or a similar role yet, so this plan is built from your profile.`;
      }
      return hasTargetRoles ? null : 'Add a target role to your profile to see what employers ask for in it.';
  }
}

function demandLines(basis: RoadmapBasis, figures: RoadmapFigures): string[] {
  if (basis.kind === 'profile') return [];
  const asked = basis.kind === 'stand-in' ? basis.standInRole : basis.role;
  const lines: string[] = [];
  if (figures.missingSkillsCount > 0) {
    lines.push(
      `You are missing ${plural(figures.missingSkillsCount, 'skill', 'skills')} that ${asked} postings ask for.`,
    );
    lines.push(`Start with the most in-demand: ${figures.firstMissing.slice(0, 3).join(', ')}.`);
  }
  const coverage = figures.coveragePercentage;
  if (coverage === null) return lines;
  if (coverage < 50) {
    lines.push(
      `Your coverage is ${coverage}%, below half: build the fundamentals first, then the specialised tools.`,
    );
  } else if (coverage >= 80) {
    lines.push(
      `Your coverage is ${coverage}%: you cover most of what employers ask for, so prove it with portfolio projects.`,
    );
  } else {
    lines.push(
      `Your coverage is ${coverage}%: you have a solid base, so close the remaining gaps one skill at a time, with a project for each.`,
    );
  }
  return lines;
}

/**
 * Advice for a roadmap. Every number in it is one of the roadmap's fields (missingSkillsCount,
 * prerequisitesAdded, coveragePercentage, skillsWithoutEstimateCount), so the two never disagree.
 */
export function roadmapRecommendations(
  basis: RoadmapBasis,
  figures: RoadmapFigures,
  hasTargetRoles: boolean,
): string[] {
  const lines = [basisLine(basis, hasTargetRoles), ...demandLines(basis, figures)].filter(
    (line): line is string => line !== null,
  );
  if (figures.prerequisitesAdded > 0) {
    lines.push(
      `${plural(figures.prerequisitesAdded, 'prerequisite is', 'prerequisites are')} added before the skills that need them.`,
    );
  }
  if (figures.skillsWithoutEstimateCount > 0) {
    lines.push(
      `${plural(figures.skillsWithoutEstimateCount, 'skill on the path has', 'skills on the path have')} no resources yet and ${figures.skillsWithoutEstimateCount === 1 ? 'is' : 'are'} not counted in the estimated hours.`,
    );
  }
  if (basis.kind === 'profile') lines.push(...PRACTICE);
  return lines;
}

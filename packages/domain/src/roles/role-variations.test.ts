import { describe, expect, it } from 'vitest';
import { POPULAR_ROLES, roleVariations } from './index.js';
import { MAX_ROLE_VARIATIONS } from './role-variations.js';

const lowerCased = (titles: readonly string[]) => titles.map((title) => title.toLowerCase());

describe('roleVariations', () => {
  it('starts with the role as given, trimmed', () => {
    expect(roleVariations('  Backend   Developer ')[0]).toBe('Backend Developer');
    expect(roleVariations('Underwater Basket Weaver')).toEqual(['Underwater Basket Weaver']);
  });

  it('returns nothing for a blank role', () => {
    expect(roleVariations('  ')).toEqual([]);
  });

  it('swaps Developer and Engineer where they name the same job', () => {
    expect(roleVariations('Backend Developer')).toContain('Backend Engineer');
    expect(roleVariations('Java Developer')).toContain('Java Engineer');
    expect(roleVariations('Data Engineer')).not.toContain('Data Developer');
  });

  it('searches the hyphenated and spaced spellings', () => {
    expect(roleVariations('Frontend Developer')).toEqual(
      expect.arrayContaining(['Front-end Developer', 'Front End Developer', 'Frontend Engineer']),
    );
    expect(roleVariations('Full Stack Developer')).toEqual(
      expect.arrayContaining(['Full-stack Developer', 'Fullstack Developer', 'Full Stack Engineer']),
    );
    expect(roleVariations('Backend Developer')).toEqual(
      expect.arrayContaining(['Back-end Developer', 'Back End Developer', 'Server-side Developer']),
    );
  });

  it('keeps a qualifier the user asked for instead of widening to the plain family', () => {
    const variations = roleVariations('Java Backend Developer');
    expect(variations).toContain('Java Back-end Engineer');
    expect(variations.every((title) => title.startsWith('Java '))).toBe(true);
  });

  it('searches the level-free title after the role as given', () => {
    expect(roleVariations('Senior Backend Developer').slice(0, 3)).toEqual([
      'Senior Backend Developer',
      'Backend Developer',
      'Backend Engineer',
    ]);
    expect(roleVariations('Software Engineer II')).toContain('Software Engineer');
    expect(roleVariations('Entry-level Data Scientist')).toContain('Data Scientist');
    expect(roleVariations('Jr. Frontend Developer')).toContain('Frontend Developer');
  });

  it('gives AWS architects the AWS, cloud and solutions architect titles', () => {
    expect(roleVariations('AWS Architect')).toEqual([
      'AWS Architect',
      'AWS Solutions Architect',
      'AWS Cloud Architect',
      'Cloud Solutions Architect',
      'Cloud Architect',
      'Solutions Architect',
      'AWS Certified Solutions Architect',
    ]);
  });

  it('gives DevOps the reliability and platform titles', () => {
    expect(roleVariations('DevOps Engineer')).toEqual(
      expect.arrayContaining(['SRE', 'Site Reliability Engineer', 'Platform Engineer']),
    );
    expect(roleVariations('Site Reliability Engineer')).toContain('DevOps Engineer');
  });

  it('covers the other families of the original table', () => {
    expect(roleVariations('Solutions Architect')).toContain('Technical Architect');
    expect(roleVariations('Data Engineer')).toContain('ETL Developer');
    expect(roleVariations('Mobile Developer')).toEqual(
      expect.arrayContaining(['iOS Developer', 'Android Developer']),
    );
    expect(roleVariations('Machine Learning Engineer')).toEqual(
      expect.arrayContaining(['AI Engineer', 'ML Engineer']),
    );
    expect(roleVariations('AI Engineer')).toContain('Machine Learning Engineer');
    expect(roleVariations('Data Scientist')).toContain('ML Scientist');
    expect(roleVariations('Cloud Engineer')).toContain('Cloud Architect');
    expect(roleVariations('QA Engineer')).toEqual(expect.arrayContaining(['SDET', 'Test Engineer']));
    expect(roleVariations('Product Manager')).toEqual(
      expect.arrayContaining(['Product Owner', 'Technical Product Manager']),
    );
    expect(roleVariations('Security Engineer')).toContain('Cybersecurity Engineer');
  });

  it('gives iOS and Android roles their platform titles', () => {
    expect(roleVariations('iOS Developer')).toEqual(
      expect.arrayContaining(['iOS Engineer', 'Swift Developer']),
    );
    expect(roleVariations('Android Developer')).toEqual(
      expect.arrayContaining(['Android Engineer', 'Kotlin Developer']),
    );
  });

  describe('fixes the crude rules of the original', () => {
    it('does not widen Software Engineer to bare Engineer or Developer', () => {
      const variations = lowerCased(roleVariations('Software Engineer'));
      expect(variations).toContain('software developer');
      expect(variations).not.toContain('engineer');
      expect(variations).not.toContain('developer');
    });

    it('never adds a bare head noun for any popular role', () => {
      for (const role of POPULAR_ROLES) {
        expect(lowerCased(roleVariations(role))).not.toEqual(
          expect.arrayContaining([expect.stringMatching(/^(engineer|developer|manager|scientist)$/)]),
        );
      }
    });

    it('does not give a Penetration Tester QA titles', () => {
      const variations = roleVariations('Penetration Tester');
      expect(variations).toContain('Ethical Hacker');
      expect(variations.some((title) => /\b(qa|sdet|quality|test engineer)\b/i.test(title))).toBe(false);
    });

    it('gives Front End Developer the frontend titles', () => {
      expect(roleVariations('Front End Developer')).toEqual(
        expect.arrayContaining([
          'Frontend Developer',
          'Front-end Developer',
          'Frontend Engineer',
          'UI Developer',
        ]),
      );
    });

    it('gives DevSecOps variations', () => {
      const variations = roleVariations('DevSecOps');
      expect(variations[0]).toBe('DevSecOps');
      expect(variations).toEqual(expect.arrayContaining(['DevSecOps Engineer', 'DevOps Security Engineer']));
    });
  });

  it('removes duplicates ignoring case, keeping the first spelling', () => {
    const variations = roleVariations('backend developer');
    expect(variations[0]).toBe('backend developer');
    expect(lowerCased(variations).filter((title) => title === 'backend developer')).toHaveLength(1);
    expect(new Set(lowerCased(variations)).size).toBe(variations.length);
  });

  it('caps the list', () => {
    for (const role of [...POPULAR_ROLES, 'Senior AWS Architect', 'Sr. Full-Stack Developer', 'QA Tester']) {
      expect(roleVariations(role).length).toBeLessThanOrEqual(MAX_ROLE_VARIATIONS);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { findSkills } from './extract-skills.js';

const confidenceOf = (text: string, skill: string) =>
  findSkills(text).find((found) => found.skill === skill)?.confidence;

describe('skill confidence', () => {
  it('gives a name no everyday word shares the top band', () => {
    expect(confidenceOf('We run Kubernetes in production.', 'kubernetes')).toBeGreaterThanOrEqual(0.9);
  });

  it('raises a skill mentioned again, never past 0.99', () => {
    const once = confidenceOf('Experience with Terraform.', 'terraform') as number;
    const often = confidenceOf(
      'Terraform modules. Terraform Cloud. Terraform at scale. Terraform.',
      'terraform',
    );
    expect(often).toBeGreaterThan(once);
    expect(often).toBeLessThanOrEqual(0.99);
  });

  it('keeps a skill that names colleagues, at the confidence of company alone', () => {
    const text = 'You will pair with Android engineers working in Kotlin and with our design team.';
    expect(confidenceOf(text, 'android')).toBe(0.6);
    expect(confidenceOf(text, 'kotlin')).toBeGreaterThanOrEqual(0.9);
  });

  it('reads every skill of a group of colleagues so, and only after working with or alongside', () => {
    const colleagues = 'Work closely with our iOS and Android developers.';
    expect(confidenceOf(colleagues, 'ios')).toBe(0.6);
    expect(confidenceOf(colleagues, 'android')).toBe(0.6);
    expect(confidenceOf('You will sit alongside the Python team.', 'python')).toBe(0.6);
    expect(confidenceOf('We are hiring Android engineers.', 'android')).toBeGreaterThanOrEqual(0.9);
    expect(confidenceOf('Senior Python engineer with Django.', 'python')).toBeGreaterThanOrEqual(0.9);
    expect(confidenceOf('Experience with Android development.', 'android')).toBeGreaterThanOrEqual(0.9);
  });
});

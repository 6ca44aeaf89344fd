import { describe, expect, it } from 'vitest';
import { type FieldProblem, ValidationError } from '../errors/index.js';
import { normalizeSkills } from '../skills/index.js';
import { EXPERIENCE_LEVELS } from '../users/index.js';
import {
  duplicateTargetRoles,
  parseNewPassword,
  parseProfilePatch,
  parseRegistration,
  type RegistrationInput,
} from './account-validation.js';

const VALID: RegistrationInput = {
  email: 'student@example.com',
  password: 'Valid-Passw0rd',
  fullName: 'Asha Student',
};

function problemsOf(action: () => unknown): readonly FieldProblem[] {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

function registrationProblems(overrides: Record<string, unknown>): readonly FieldProblem[] {
  return problemsOf(() => parseRegistration({ ...VALID, ...overrides } as RegistrationInput));
}

function fieldsOf(problems: readonly FieldProblem[]): string[] {
  return problems.map((problem) => problem.field);
}

const repeat = (length: number, character = 'a') => character.repeat(length);

describe('parseRegistration', () => {
  it('canonicalises a valid registration and fills the optional fields', () => {
    expect(
      parseRegistration({ ...VALID, email: '  Student@Example.COM ', fullName: '  Asha Student  ' }),
    ).toEqual({
      email: 'student@example.com',
      password: 'Valid-Passw0rd',
      fullName: 'Asha Student',
      skills: [],
      targetRoles: [],
      experienceLevel: null,
      location: null,
    });
  });

  it('reports one problem per offending field, named as the API names it', () => {
    const problems = registrationProblems({
      email: 'nope',
      password: 'short',
      fullName: 'A',
      skills: [repeat(61)],
      targetRoles: ['x'],
      experienceLevel: '5th Year',
      location: repeat(101),
    });
    expect(fieldsOf(problems).sort()).toEqual([
      'email',
      'experienceLevel',
      'fullName',
      'location',
      'password',
      'skills',
      'targetRoles',
    ]);
  });

  describe('email', () => {
    it.each([
      ['without an @', 'student.example.com'],
      ['without a domain', 'student@'],
      ['with a space inside', 'stu dent@example.com'],
      ['longer than 254 characters', `${repeat(64)}@${repeat(190)}.com`],
      ['empty', '   '],
    ])('refuses an address %s', (_label, email) => {
      expect(fieldsOf(registrationProblems({ email }))).toEqual(['email']);
    });

    it('refuses a non-string', () => {
      expect(registrationProblems({ email: 42 })).toEqual([{ field: 'email', message: 'must be a string' }]);
    });
  });

  describe('password', () => {
    it('names everything a weak password lacks in one message', () => {
      expect(registrationProblems({ password: 'abc' })).toEqual([
        {
          field: 'password',
          message: 'must contain at least 8 characters, an uppercase letter and a digit',
        },
      ]);
    });

    it.each([
      ['no uppercase letter', 'lower-case-1', 'must contain an uppercase letter'],
      ['no lowercase letter', 'UPPER-CASE-1', 'must contain a lowercase letter'],
      ['no digit', 'No-Digits-Here', 'must contain a digit'],
      ['7 characters', 'Abcdef1', 'must contain at least 8 characters'],
      ['129 characters', `Aa1${repeat(126)}`, 'must be at most 128 characters'],
    ])('refuses a password with %s', (_label, password, message) => {
      expect(registrationProblems({ password })).toEqual([{ field: 'password', message }]);
    });

    it('accepts 8 and 128 characters, counting letters beyond ASCII', () => {
      expect(parseRegistration({ ...VALID, password: 'Abcdef12' }).password).toBe('Abcdef12');
      expect(parseRegistration({ ...VALID, password: `Aa1${repeat(125)}` }).password).toHaveLength(128);
      expect(parseRegistration({ ...VALID, password: 'ÄÖÜäöü12' }).password).toBe('ÄÖÜäöü12');
    });
  });

  describe('fullName', () => {
    it.each([
      ['a single character after trimming', '  A  '],
      ['101 characters', repeat(101)],
      ['blank', '    '],
    ])('refuses a name of %s', (_label, fullName) => {
      expect(fieldsOf(registrationProblems({ fullName }))).toEqual(['fullName']);
    });

    it('accepts 2 and 100 characters', () => {
      expect(parseRegistration({ ...VALID, fullName: ' Al ' }).fullName).toBe('Al');
      expect(parseRegistration({ ...VALID, fullName: repeat(100) }).fullName).toHaveLength(100);
    });
  });

  describe('experienceLevel', () => {
    it.each(EXPERIENCE_LEVELS)('accepts "%s"', (experienceLevel) => {
      expect(parseRegistration({ ...VALID, experienceLevel }).experienceLevel).toBe(experienceLevel);
    });

    it('treats "" and null as not set', () => {
      expect(parseRegistration({ ...VALID, experienceLevel: '' }).experienceLevel).toBeNull();
      expect(parseRegistration({ ...VALID, experienceLevel: null }).experienceLevel).toBeNull();
    });

    it.each(['5th Year', '1st year', ' 1st Year', 'Graduate'])('refuses "%s"', (experienceLevel) => {
      expect(registrationProblems({ experienceLevel })).toEqual([
        {
          field: 'experienceLevel',
          message: 'must be one of 12th Pass Out, 1st Year, 2nd Year, 3rd Year, 4th Year',
        },
      ]);
    });
  });

  describe('location', () => {
    it('trims, and treats blank as not set', () => {
      expect(parseRegistration({ ...VALID, location: '  Berlin ' }).location).toBe('Berlin');
      expect(parseRegistration({ ...VALID, location: '  ' }).location).toBeNull();
      expect(parseRegistration({ ...VALID, location: repeat(100) }).location).toHaveLength(100);
    });

    it('refuses more than 100 characters', () => {
      expect(fieldsOf(registrationProblems({ location: repeat(101) }))).toEqual(['location']);
    });
  });

  describe('skills', () => {
    it('normalises the list with normalizeSkills', () => {
      const raw = ['Python', ' python ', '', 'React', '   '];
      const skills = parseRegistration({ ...VALID, skills: raw }).skills;
      expect(skills).toEqual(normalizeSkills(raw));
      expect(skills).toHaveLength(2);
    });

    it('accepts 200 entries of 60 characters and refuses more', () => {
      const twoHundred = Array.from({ length: 200 }, (_, index) => `skill-${index}`);
      expect(() => parseRegistration({ ...VALID, skills: twoHundred })).not.toThrow();
      expect(() => parseRegistration({ ...VALID, skills: [repeat(60)] })).not.toThrow();
      expect(registrationProblems({ skills: [...twoHundred, 'one-more'] })).toEqual([
        { field: 'skills', message: 'must have at most 200 entries' },
      ]);
      expect(registrationProblems({ skills: ['python', repeat(61)] })).toEqual([
        { field: 'skills', message: 'entry 2 is longer than 60 characters' },
      ]);
    });

    it('refuses entries that are not strings', () => {
      expect(fieldsOf(registrationProblems({ skills: ['python', 7] }))).toEqual(['skills']);
      expect(fieldsOf(registrationProblems({ skills: 'python' }))).toEqual(['skills']);
    });
  });

  describe('targetRoles', () => {
    it('trims and drops case-insensitive repeats, keeping the first spelling', () => {
      const roles = parseRegistration({
        ...VALID,
        targetRoles: ['  Backend Developer ', 'backend developer', 'Data Scientist', 'BACKEND DEVELOPER'],
      }).targetRoles;
      expect(roles).toEqual(['Backend Developer', 'Data Scientist']);
    });

    it('counts the limit of 10 after removing repeats of the same role', () => {
      const ten = [
        'Frontend Developer',
        'Backend Developer',
        'Data Engineer',
        'Data Scientist',
        'DevOps Engineer',
        'Mobile Developer',
        'QA Engineer',
        'Product Manager',
        'Security Engineer',
        'Machine Learning Engineer',
      ];
      const withRepeats = [...ten, ...ten.map((role) => `Senior ${role.toUpperCase()}`)];
      expect(parseRegistration({ ...VALID, targetRoles: withRepeats }).targetRoles).toEqual(ten);
      expect(duplicateTargetRoles(withRepeats)[0]).toEqual({
        role: 'Senior FRONTEND DEVELOPER',
        sameAs: 'Frontend Developer',
      });
      expect(registrationProblems({ targetRoles: [...ten, 'UX Designer'] })).toEqual([
        { field: 'targetRoles', message: 'must have at most 10 distinct roles' },
      ]);
    });

    it.each([
      ['shorter than 2 characters after trimming', ' x '],
      ['longer than 100 characters', repeat(101)],
    ])('refuses a role %s', (_label, role) => {
      expect(registrationProblems({ targetRoles: ['Data Scientist', role] })).toEqual([
        { field: 'targetRoles', message: 'each role must be 2 to 100 characters' },
      ]);
    });
  });
});

describe('parseProfilePatch', () => {
  it('leaves omitted fields undefined, so they stay untouched', () => {
    expect(parseProfilePatch({ fullName: ' New Name ' })).toEqual({ fullName: 'New Name' });
    expect(parseProfilePatch({})).toEqual({});
  });

  it('turns null into a cleared value for experienceLevel, location and the lists', () => {
    expect(
      parseProfilePatch({ experienceLevel: null, location: null, skills: null, targetRoles: null }),
    ).toEqual({ experienceLevel: null, location: null, skills: [], targetRoles: [] });
  });

  it('drops fields that a profile update may not touch', () => {
    const sneaky = { fullName: 'Fine Name', email: 'other@example.com', hashedPassword: 'x', version: 99 };
    expect(parseProfilePatch(sneaky)).toEqual({ fullName: 'Fine Name' });
  });

  it('applies the same rules as registration', () => {
    const problems = problemsOf(() =>
      parseProfilePatch({ fullName: 'A', experienceLevel: 'Senior', targetRoles: ['ok role', ''] }),
    );
    expect(fieldsOf(problems).sort()).toEqual(['experienceLevel', 'fullName', 'targetRoles']);
  });
});

describe('parseNewPassword', () => {
  it('applies the policy and names the field it was given', () => {
    expect(parseNewPassword('Valid-Passw0rd', 'newPassword')).toBe('Valid-Passw0rd');
    expect(problemsOf(() => parseNewPassword('weakpassword', 'newPassword'))).toEqual([
      { field: 'newPassword', message: 'must contain an uppercase letter and a digit' },
    ]);
  });
});

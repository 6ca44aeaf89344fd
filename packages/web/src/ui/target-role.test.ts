import { describe, expect, it } from 'vitest';
import { targetRoleFrom } from './target-role.js';

const ROLES = ['Data Engineer', 'Backend Engineer'];

describe('targetRoleFrom', () => {
  it.each([
    ['the role asked for', '?role=Backend%20Engineer', ROLES, 'Backend Engineer'],
    ['a role outside the profile, as linked from elsewhere', '?role=SRE', ROLES, 'SRE'],
    ['the asked role without surrounding spaces', '?role=%20SRE%20', ROLES, 'SRE'],
    ['the first target role without ?role=', '', ROLES, 'Data Engineer'],
    ['the first target role for a blank ?role=', '?role=', ROLES, 'Data Engineer'],
    ['the first target role for a role of spaces', '?role=%20%20', ROLES, 'Data Engineer'],
    ['nothing without a role or target roles', '?role=', [], undefined],
  ])('shows %s', (_, search, roles, expected) => {
    expect(targetRoleFrom(new URLSearchParams(search), roles)).toBe(expected);
  });
});

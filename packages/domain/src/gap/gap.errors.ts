import { NotFoundError, ValidationError } from '../errors/index.js';

export class RoleNotTargetedError extends ValidationError {
  constructor(role: string, targetRoles: readonly string[]) {
    super([
      {
        field: 'role',
        message:
          targetRoles.length === 0
            ? 'add a target role to your profile before analysing it'
            : `"${role}" is not one of your target roles (${targetRoles.join(', ')})`,
      },
    ]);
  }
}

/** No postings for the role in the window; carries what the user can do next. */
export class NoRoleDataError extends NotFoundError {
  constructor(
    role: string,
    readonly suggestions: readonly string[],
    readonly alternatives: readonly string[],
  ) {
    super(`No job data found for '${role}'`, { suggestions, alternatives });
  }
}

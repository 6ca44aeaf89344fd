import { NotFoundError, ValidationError } from '../errors/index.js';

export class RoleNotTargetedError extends ValidationError {
  constructor(targetRoles: readonly string[]) {
    super([
      {
        field: 'role',
        message:
          targetRoles.length === 0
            ? 'add a target role to your profile before analysing it'
            : `the role is not one of your target roles (${targetRoles.join(', ')})`,
      },
    ]);
  }
}

/** No postings for the role in the window; carries what the user can do next. */
export class NoRoleDataError extends NotFoundError {
  constructor(
    readonly suggestions: readonly string[],
    readonly alternatives: readonly string[],
  ) {
    // The role is not repeated: no error message carries a value the client sent.
    super('No job data found for this role', { field: 'role', suggestions, alternatives });
  }
}

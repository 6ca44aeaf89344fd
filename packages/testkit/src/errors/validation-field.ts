import { ValidationError } from '@career-navigator/domain';

/** The field the first problem of the ValidationError `action` throws names; throws when it throws none. */
export function validationFieldOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ValidationError) return error.problems[0]?.field;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

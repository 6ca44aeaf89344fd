import type { AccountUser } from '@career-navigator/domain';
import { createParameterDecorator } from 'type-graphql';
import type { ApiContext } from '../graphql/index.js';

/** Injects the signed-in AccountUser; the field must also be `@Authorized()`. */
export function CurrentUser() {
  return createParameterDecorator<ApiContext>(({ context }) => context.auth.currentUser(context));
}

/** Injects the signed-in user's id (hex), for fields that need no more of them; also `@Authorized()`. */
export function CurrentUserId() {
  return createParameterDecorator<ApiContext>(async ({ context }) =>
    (await context.auth.currentUser(context))._id.toString(),
  );
}

/**
 * Injects the signed-in user with the skills they marked DONE on a roadmap counted as theirs,
 * as every answer about their skills counts them; the field must also be `@Authorized()`.
 */
export function CurrentLearner() {
  return createParameterDecorator<ApiContext>(async ({ context }) =>
    context.services.learning.withLearnedSkills(await context.auth.currentUser(context)),
  );
}

/** Like CurrentLearner on a public field: null for a caller who is not signed in. */
export function OptionalLearner() {
  return createParameterDecorator<ApiContext>(async ({ context }): Promise<AccountUser | null> => {
    const viewer = await context.auth.optionalUser(context);
    return viewer && context.services.learning.withLearnedSkills(viewer);
  });
}

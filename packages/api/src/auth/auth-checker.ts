import { ForbiddenError, isAdmin } from '@career-navigator/domain';
import type { AuthCheckerFn } from 'type-graphql';
import type { ApiContext } from '../graphql/index.js';

/** The role `@Authorized(ADMIN)` asks for; admins are the users listed in ADMIN_EMAILS. */
export const ADMIN = 'ADMIN';

/**
 * Throws rather than returning false, so the client gets the domain's
 * UNAUTHENTICATED or FORBIDDEN through the one error mapping.
 */
export const authChecker: AuthCheckerFn<ApiContext> = async ({ context }, roles) => {
  const user = await context.auth.currentUser(context);
  if (roles.includes(ADMIN) && !isAdmin(context.services.config, user)) {
    throw new ForbiddenError('This operation is for administrators only');
  }
  return true;
};

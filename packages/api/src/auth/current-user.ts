import { createParameterDecorator } from 'type-graphql';
import type { ApiContext } from '../graphql/index.js';

/** Injects the signed-in AccountUser; the field must also be `@Authorized()`. */
export function CurrentUser() {
  return createParameterDecorator<ApiContext>(({ context }) => context.auth.currentUser(context));
}

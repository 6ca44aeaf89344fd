import type { AuthenticatedAccount, ClientInfo } from '@career-navigator/domain';
import type { ApiContext } from '../graphql/index.js';
import type { AuthPayloadType } from './auth.graphql-types.js';
import { toUserType } from './user.graphql-types.js';

export function clientOf({ clientIp, userAgent }: ApiContext): ClientInfo {
  return { ip: clientIp, userAgent };
}

export function toAuthPayload({ user, token }: AuthenticatedAccount, context: ApiContext): AuthPayloadType {
  return { ...token, user: toUserType(user, context.services.config) };
}

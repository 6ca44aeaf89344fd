import {
  type AccountUser,
  AuthenticationError,
  INVALID_CREDENTIALS_MESSAGE,
  type Principal,
} from '@career-navigator/domain';
import type { ApiContext } from '../graphql/index.js';

export const NOT_AUTHENTICATED_MESSAGE = 'Not authenticated';

/** The token of an `Authorization: Bearer <token>` header; any other scheme is refused. */
function bearerToken(header: string | undefined): string {
  if (header === undefined || header.trim() === '') throw new AuthenticationError(NOT_AUTHENTICATED_MESSAGE);
  const [scheme, token, ...rest] = header.trim().split(/\s+/);
  if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
    throw new AuthenticationError(INVALID_CREDENTIALS_MESSAGE);
  }
  return token;
}

type UserLookup = Pick<ApiContext, 'services'>;

/**
 * Who sent the request, worked out on first need: public fields never pay for
 * a token check, and a bad token only fails the fields that need a user.
 */
export class RequestAuth {
  private principal: Promise<Principal> | undefined;
  private resolvedUserId: string | undefined;

  constructor(private readonly authorizationHeader: string | undefined) {}

  /** Throws AuthenticationError without a valid, unrevoked bearer token of an existing account. */
  async currentUser(lookup: UserLookup): Promise<AccountUser> {
    return (await this.currentPrincipal(lookup)).user;
  }

  /**
   * The signed-in user for fields that are public but say more to a signed-in caller;
   * null without an Authorization header. A header that is present must be valid, so a
   * client with an expired token learns it instead of silently seeing the anonymous answer.
   */
  async optionalUser(lookup: UserLookup): Promise<AccountUser | null> {
    if (this.authorizationHeader === undefined || this.authorizationHeader.trim() === '') return null;
    return this.currentUser(lookup);
  }

  /** The caller and the session their token belongs to. */
  currentPrincipal(lookup: UserLookup): Promise<Principal> {
    this.principal ??= this.resolvePrincipal(lookup);
    return this.principal;
  }

  /** The signed-in user's id once a field needed it; undefined for anonymous or failed sign-ins. */
  get userId(): string | undefined {
    return this.resolvedUserId;
  }

  private async resolvePrincipal({ services }: UserLookup): Promise<Principal> {
    const principal = await services.accounts.principalForAccessToken(bearerToken(this.authorizationHeader));
    this.resolvedUserId = principal.user._id.toString();
    return principal;
  }
}

import { type AccountUser, AuthenticationError, INVALID_CREDENTIALS_MESSAGE } from '@career-navigator/domain';
import type { ApiContext } from '../graphql/api-context.js';

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
  private user: Promise<AccountUser> | undefined;

  constructor(private readonly authorizationHeader: string | undefined) {}

  /** Throws AuthenticationError without a valid bearer token of an existing account. */
  currentUser(lookup: UserLookup): Promise<AccountUser> {
    this.user ??= this.resolveUser(lookup);
    return this.user;
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

  private resolveUser({ services }: UserLookup): Promise<AccountUser> {
    return services.accounts.userForAccessToken(bearerToken(this.authorizationHeader));
  }
}

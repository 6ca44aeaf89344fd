import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { RefreshSessionDocument, schemaPossibleTypes } from '@career-navigator/client';
import { from, switchMap } from 'rxjs';
import { hasErrorCode } from './graphql-errors.js';
import type { Session, SessionStore } from './session-store.js';

/** Operations that must never trigger a refresh themselves (they are how a session starts or ends). */
const SESSION_OPERATIONS = new Set(['Login', 'Register', 'RefreshSession', 'Logout']);

export function sessionOf(payload: {
  accessToken: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { email: string };
}): Session {
  return {
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    refreshTokenExpiresAt: payload.refreshTokenExpiresAt,
    email: payload.user.email,
  };
}

/**
 * Apollo Client for the API at `/graphql` (same origin: the API serves the site, and Vite
 * proxies in development). An UNAUTHENTICATED answer is retried once after exchanging the
 * refresh token; concurrent failures share one exchange, since each refresh token works once.
 */
export function createApolloClient(sessions: SessionStore, uri = '/graphql'): ApolloClient {
  let refreshing: Promise<boolean> | null = null;
  let client: ApolloClient;

  async function exchangeRefreshToken(): Promise<boolean> {
    const session = sessions.current();
    if (!session) return false;
    try {
      const { data } = await client.mutate({
        mutation: RefreshSessionDocument,
        variables: { refreshToken: session.refreshToken },
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('refreshSession answered no data');
      sessions.save(sessionOf(data.refreshSession));
      return true;
    } catch {
      sessions.clear();
      return false;
    }
  }

  function refreshOnce(): Promise<boolean> {
    refreshing ??= exchangeRefreshToken().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  const refreshLink = new ErrorLink(({ error, operation, forward }) => {
    if (SESSION_OPERATIONS.has(operation.operationName ?? '') || !hasErrorCode(error, 'UNAUTHENTICATED')) {
      return;
    }
    if (!sessions.current()) return;
    return from(refreshOnce()).pipe(switchMap(() => forward(operation)));
  });

  const authLink = new ApolloLink((operation, forward) => {
    const token = sessions.current()?.accessToken;
    if (token) {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${token}` },
      }));
    }
    return forward(operation);
  });

  client = new ApolloClient({
    link: ApolloLink.from([refreshLink, authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache({ possibleTypes: schemaPossibleTypes.possibleTypes }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
  return client;
}

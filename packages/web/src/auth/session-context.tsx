import type { ApolloClient } from '@apollo/client';
import { LogoutDocument } from '@career-navigator/client';
import { createContext, type ReactNode, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Session, SessionStore } from '../api/index.js';
import { sessionOf } from '../api/index.js';

const SessionContext = createContext<{ store: SessionStore; client: ApolloClient } | null>(null);

export function SessionProvider({
  store,
  client,
  children,
}: {
  store: SessionStore;
  client: ApolloClient;
  children: ReactNode;
}) {
  return <SessionContext.Provider value={{ store, client }}>{children}</SessionContext.Provider>;
}

function useSessionContext() {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession needs a SessionProvider');
  return context;
}

export function useSession(): Session | null {
  const { store } = useSessionContext();
  return useSyncExternalStore(store.subscribe, store.current);
}

type SignInPayload = Parameters<typeof sessionOf>[0];

/** Starts a session from login/register/resetPassword's answer, with a clean cache. */
export function useStartSession(): (payload: SignInPayload) => Promise<void> {
  const { store, client } = useSessionContext();
  return useCallback(
    async (payload) => {
      await client.clearStore();
      store.save(sessionOf(payload));
    },
    [store, client],
  );
}

/** Ends the session on the server (its refresh token stops working), then forgets it here. */
export function useSignOut(): () => Promise<void> {
  const { store, client } = useSessionContext();
  return useCallback(async () => {
    const session = store.current();
    if (session) {
      try {
        await client.mutate({ mutation: LogoutDocument, variables: { refreshToken: session.refreshToken } });
      } catch {
        // Signed out here either way; the server-side session then simply expires.
      }
    }
    store.clear();
    await client.clearStore();
  }, [store, client]);
}

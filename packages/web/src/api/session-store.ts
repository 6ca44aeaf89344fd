/**
 * The signed-in session: the access token (short-lived, sent as a bearer token) and the
 * single-use refresh token that renews it. Kept in localStorage so a reload stays signed
 * in; every change is broadcast to subscribers (the React tree, other tabs).
 */
export interface Session {
  accessToken: string;
  refreshToken: string;
  /** ISO date; past it, the session cannot be renewed. */
  refreshTokenExpiresAt: string;
  email: string;
}

export interface SessionStore {
  current(): Session | null;
  save(session: Session): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

const STORAGE_KEY = 'career-navigator.session';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return ['accessToken', 'refreshToken', 'refreshTokenExpiresAt', 'email'].every(
    (key) => typeof candidate[key] === 'string',
  );
}

function read(storage: Storage): Session | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    if (!isSession(parsed) || Date.parse(parsed.refreshTokenExpiresAt) <= Date.now()) return null;
    return parsed;
  } catch {
    return null;
  }
}

export function createSessionStore(storage: Storage = window.localStorage): SessionStore {
  const listeners = new Set<() => void>();
  let session = read(storage);
  const notify = () => {
    for (const listener of listeners) listener();
  };
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY) return;
    session = read(storage);
    notify();
  });
  return {
    current: () => session,
    save(next) {
      session = next;
      storage.setItem(STORAGE_KEY, JSON.stringify(next));
      notify();
    },
    clear() {
      if (session === null) return;
      session = null;
      storage.removeItem(STORAGE_KEY);
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

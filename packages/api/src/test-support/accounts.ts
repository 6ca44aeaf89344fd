import { RegisterDocument } from '@career-navigator/client';
import { STRONG_PASSWORD, type TestApi } from './test-api.js';

export interface SignedInUser {
  id: string;
  email: string;
  token: string;
  refreshToken: string;
}

/** Registers an account through the API and returns its token. */
export async function registerUser(
  api: TestApi,
  email: string,
  extra: { targetRoles?: string[]; skills?: string[] } = {},
): Promise<SignedInUser> {
  const { register } = await api.client().request(RegisterDocument, {
    input: { email, password: STRONG_PASSWORD, fullName: 'Test User', ...extra },
  });
  return {
    id: register.user.id,
    email: register.user.email,
    token: register.accessToken,
    refreshToken: register.refreshToken,
  };
}

/**
 * The form addresses are stored and looked up in. Sign-in only canonicalises:
 * a malformed address simply matches no account.
 */
export function normalizeEmailForLookup(email: string): string {
  return email.trim().toLowerCase();
}

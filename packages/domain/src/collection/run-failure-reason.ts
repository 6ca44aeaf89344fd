const MAX_REASON_LENGTH = 500;
/** Shorter values are not worth redacting and would blank out ordinary words. */
const MIN_SECRET_LENGTH = 8;
const BEARER_TOKEN = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi;

/**
 * The error a failed run shows its admin: the last error's message with every configured
 * secret (API key, signing keys) and any bearer token cut out, kept short.
 */
export function runFailureReason(error: unknown, secrets: readonly (string | null | undefined)[]): string {
  let reason = error instanceof Error ? error.message : String(error);
  for (const secret of secrets) {
    if (secret && secret.length >= MIN_SECRET_LENGTH) reason = reason.split(secret).join('[redacted]');
  }
  reason = reason.replace(BEARER_TOKEN, '$1[redacted]').trim() || 'the collection failed without a message';
  return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 1)}…` : reason;
}

import { PASSWORD_MAX_LENGTH } from '@career-navigator/domain';
import { BoundedText } from '../graphql/index.js';

// How the auth mutations bound the passwords and tokens they are sent, alike in every mutation.

/**
 * Caps on what a sign-in may send. Passwords of accounts migrated from the
 * original system were never length-limited, so sign-in allows more than the
 * policy for new passwords; the cap only bounds the hashing work.
 */
export const SIGN_IN_EMAIL_MAX_LENGTH = 320;
export const SIGN_IN_PASSWORD_MAX_LENGTH = 1024;

/** Refresh tokens are 24 + 1 + 43 characters, reset tokens 43; anything much longer is neither. */
export const TOKEN_MAX_LENGTH = 128;

/** The password a sign-up, a reset or a change sets, with the policy's rules for clients to show. */
export function NewPassword(): PropertyDecorator {
  return BoundedText({
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'At least 8 characters with an uppercase letter, a lowercase letter and a digit.',
  });
}

export {
  PasswordResetService,
  type PasswordResetServiceOptions,
  RESET_TOKEN_LIFETIME_MINUTES,
} from './password-reset.service.js';
export { ensurePasswordResetTokenIndexes } from './reset-token.repository.js';

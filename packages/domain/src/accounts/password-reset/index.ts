export { PasswordResetService } from './password-reset.service.js';
export { ensurePasswordResetTokenIndexes } from './reset-token.repository.js';

export { newRefreshToken, parseRefreshToken } from './refresh-token.js';
export { deleteUserSessions, ensureSessionIndexes, type RevocationReason } from './session.repository.js';
export {
  type ClientInfo,
  INVALID_REFRESH_TOKEN_MESSAGE,
  type RefreshGrant,
  type RotatedGrant,
  SessionService,
  type SessionServiceOptions,
  type SessionView,
} from './session.service.js';

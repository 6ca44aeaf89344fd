export { deleteUserSessions, ensureSessionIndexes, type RevocationReason } from './session.repository.js';
export { type ClientInfo, type RefreshGrant, SessionService, type SessionView } from './session.service.js';

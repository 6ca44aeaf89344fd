export { createApolloClient, sessionOf } from './apollo-client.js';
export { type ApiProblem, apiProblemOf, hasErrorCode } from './graphql-errors.js';
export { createSessionStore, type Session, type SessionStore } from './session-store.js';

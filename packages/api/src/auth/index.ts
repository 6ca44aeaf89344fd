export { AuthResolver } from './auth.resolver.js';
export { ADMIN, authChecker } from './auth-checker.js';
export { CurrentLearner, CurrentUser, CurrentUserId, OptionalLearner } from './current-user.js';
export { PasswordResetResolver } from './password-reset.resolver.js';
export { ProfileFieldsInput } from './profile-fields.graphql-types.js';
export { NOT_AUTHENTICATED_MESSAGE, RequestAuth } from './request-auth.js';
export { ExperienceLevelValue, toUserType, UserType } from './user.graphql-types.js';

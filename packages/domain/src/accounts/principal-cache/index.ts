export { PrincipalCache } from './principal-cache.js';
export { UserVersions, type UserVersionsOptions } from './user-versions.js';

export { PrincipalCache, type PrincipalCacheOptions } from './principal-cache.js';
export { DEFAULT_USER_VERSION_KEY_PREFIX, UserVersions, type UserVersionsOptions } from './user-versions.js';

export { POPULAR_ROLES } from './popular-roles.js';
export { isExcludedTitle, roleExclusions } from './role-exclusions.js';
export { roleFamilyOf } from './role-families.js';
export { normalizeRole, roleDisplayName } from './role-normalizer.js';
export { roleSimilarity } from './role-similarity.js';
export { roleVariations } from './role-variations.js';

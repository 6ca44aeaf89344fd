export { RoleWithPostingsType } from './roles.graphql-types.js';
export { RolesResolver } from './roles.resolver.js';

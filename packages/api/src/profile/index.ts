export { ProfileResolver } from './profile.resolver.js';
export { SCHEDULING_FAILED_MESSAGE } from './role-collection-scheduling.js';

export {
  type RolesAdded,
  SCHEDULING_FAILED_MESSAGE,
  scheduleCollectionsForAddedRoles,
} from './role-collection-scheduling.js';
export {
  DuplicateTargetRoleType,
  ScheduledCollectionsType,
  TargetRoleSchedulingFields,
  WithRoleScheduling,
} from './role-scheduling.graphql-types.js';

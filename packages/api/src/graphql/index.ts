export type { ApiContext, ApiServices, Catalogs } from './api-context.js';
export {
  MAX_SKILLS_PER_QUERY,
  SEARCH_TEXT_MAX_LENGTH,
  SKILL_NAME_MAX_LENGTH,
  URL_MAX_LENGTH,
} from './argument-limits.js';
export { perItemOf } from './complexity.js';
export { ApiErrorCode } from './error-codes.js';
export { formatApiError, INTERNAL_ERROR_MESSAGE } from './error-mapping.js';
export { errorReportingPlugin } from './error-reporting.plugin.js';
export { type OmittedAsUndefined, omittedAsUndefined } from './omitted-arguments.js';
export { guardOperations, OPERATION_DEADLINE_MS } from './operation-guard.js';
export { operationObservationPlugin } from './operation-observation.plugin.js';
export {
  assertDocumentWithinLimits,
  DEFAULT_QUERY_LIMITS,
  type QueryLimits,
  queryLimitsPlugin,
} from './query-limits.plugin.js';
export { ROLLUP_ANSWER_FIELDS, rollupAnswerCachePlugin } from './rollup-answer-cache.plugin.js';
export { SearchPageFilters, SearchResultTotals } from './search-result.graphql-types.js';
export {
  CatalogSearchArgs,
  PageOffset,
  PostingDays,
  RequiredShare,
  RoleTitle,
  SearchText,
  SkillNames,
} from './shared-arguments.js';
export { NamedSkillFields, SkillReferenceType } from './skill-reference.graphql-type.js';
export { BoundedFloat, BoundedInt, BoundedText, BoundedTextList } from './validated-fields.js';
export { registerValueEnum } from './value-enum.js';

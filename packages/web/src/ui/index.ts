export { Autocomplete, type AutocompleteOption } from './Autocomplete.js';
export { FormField } from './FormField.js';
export { formatGrowth, formatShare, formatUsd } from './format.js';
export { DataSources, EmptyState, ErrorNotice, Loading } from './QueryState.js';
export { SubmitButton } from './SubmitButton.js';
export { type TargetRole, TargetRoleReport, useTargetRole } from './TargetRoleReport.js';
export { TargetRoleTabs } from './TargetRoleTabs.js';
export { useDebounced } from './use-debounced.js';
export { useRetryWhileCollecting } from './use-retry-while-collecting.js';

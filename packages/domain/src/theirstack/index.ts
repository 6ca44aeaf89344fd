export type {
  TheirStackCompany,
  TheirStackErrorBody,
  TheirStackJob,
  TheirStackJobSearchRequest,
  TheirStackJobSearchResponse,
  TheirStackLocation,
} from './theirstack.types.js';

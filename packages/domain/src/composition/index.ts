export {
  type AccountSettings,
  createDomain,
  type Domain,
  type DomainOptions,
  type DomainWithAccounts,
} from './create-domain.js';
export { ensureIndexes } from './ensure-indexes.js';

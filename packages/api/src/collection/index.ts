export { CollectionResolver } from './collection.resolver.js';

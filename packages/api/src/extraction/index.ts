export { ExtractionResolver } from './extraction.resolver.js';

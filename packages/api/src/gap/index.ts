export { GapResolver } from './gap.resolver.js';

export { expectMapped, itMaps } from './expect-mapped.js';

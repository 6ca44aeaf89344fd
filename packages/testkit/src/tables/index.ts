export { expectMapped } from './expect-mapped.js';

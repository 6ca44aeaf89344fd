/** The V8 heap flags the API runs with in production (see process-heap.mjs). */
export declare const API_HEAP_FLAGS: readonly string[];
/** The V8 heap flags the worker runs with in production (see process-heap.mjs). */
export declare const WORKER_HEAP_FLAGS: readonly string[];

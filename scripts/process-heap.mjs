// The V8 heap settings the API runs with in production: `pnpm start`, the API image (its
// Dockerfile CMD repeats them; tests/build/process-heap.test.ts keeps the two equal) and
// the benchmarks that measure it.
//
// The API's live heap under load is about 60 MB after a full collection (BENCHMARKS.md,
// "API throughput"); without a limit V8 on a large machine lets the old space grow 2.5-3x
// that between collections, and the freed pages stay resident. 192 MB leaves room for the
// caches at their bounds (window totals 500,000 counters, about 35 MB; 10,000 principals)
// and makes V8 collect before the process passes its memory budget. The semi-spaces keep
// their default: halving them (8 MB) cut peak RSS by 16 MB more but cost gap and market a
// fifth of their throughput in scavenges (BENCHMARKS.md, "API throughput").
export const API_HEAP_FLAGS = ['--max-old-space-size=192'];

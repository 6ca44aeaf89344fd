// The V8 heap settings the API and the worker run with in production: `pnpm start`, their images
// (each Dockerfile CMD repeats them; tests/build/process-heap.test.ts keeps the two equal) and
// the benchmarks that measure it.
//
// The API's live heap under load is about 60 MB after a full collection (BENCHMARKS.md,
// "API throughput"); without a limit V8 on a large machine lets the old space grow 2.5-3x
// that between collections, and the freed pages stay resident. 192 MB leaves room for the
// caches at their bounds (window totals 500,000 counters, about 35 MB; 10,000 principals; kept
// answers 5 million characters, about 20 MB)
// and makes V8 collect before the process passes its memory budget. The semi-spaces keep
// their default: halving them (8 MB) cut peak RSS by 16 MB more but cost gap and market a
// fifth of their throughput in scavenges (BENCHMARKS.md, "API throughput").
export const API_HEAP_FLAGS = ['--max-old-space-size=192'];

// The worker holds little between jobs: a collection run's pending cell changes (bounded by the
// ingestion session's flush) and BullMQ's connections. Unbounded, V8 let it reach 203-210 MB
// resident during the collection benchmark; with 128 MB of old space it peaks at about 160 MB and
// collects no slower (BENCHMARKS.md, "Collection throughput").
export const WORKER_HEAP_FLAGS = ['--max-old-space-size=128'];

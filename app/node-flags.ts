/**
 * The V8 heap settings each tier runs with when started on its own (README, "Each tier can also
 * run alone"); the benchmark starts its processes with the same ones, so it measures what a
 * deployment runs.
 *
 * Subgraphs: an entity page builds thousands of short-lived objects (rows, field results,
 * promises) that are still in flight when V8's default 16 MB young generation fills, so they are
 * copied and promoted, and scavenging them cost more CPU than executing the queries. A 64 MB
 * young generation lets a request's garbage die young: subgraph CPU per product page falls from
 * 10.5 ms to 6.6 ms at 16 clients, and peak memory falls too (less is promoted to old space).
 * 128 MB takes another 4% off a storefront listing page (7.13 -> 6.83 ms, three alternating
 * pairs) for about 120 MB more resident memory (the tier peaks near 500 MB); there is no memory
 * target for this tier, and the machine has 24 GiB.
 *
 * Gateway: its live heap is about 50 MB, but V8 sizes old space for the machine (gigabytes here)
 * and let it reach 200+ MB of garbage between full collections. A 256 MB limit keeps the peak
 * near 200 MB resident at no measurable CPU cost; the query plan and document caches (30 MB
 * each at most) still fit. A 32 MB young generation spares it some promotion too (gateway CPU
 * per product page 6.5 -> 5.9 ms at 16 clients) for 30 MB more at peak; 64 MB would cost 85 MB.
 */
export const TIER_NODE_FLAGS = {
  subgraphs: ['--max-semi-space-size=128'],
  gateway: ['--max-semi-space-size=32', '--max-old-space-size=256'],
} as const;

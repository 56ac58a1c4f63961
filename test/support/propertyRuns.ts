/**
 * How many random cases each property-based test tries: 1,000 in the test suite. Mutation testing
 * (vitest.mutation.config.ts) sets FAST_CHECK_RUNS lower, because it runs the properties again
 * for each of thousands of mutants; the suite itself always runs the full number.
 */
export const PROPERTY_RUNS = { numRuns: Number(process.env.FAST_CHECK_RUNS ?? "") || 1000 };

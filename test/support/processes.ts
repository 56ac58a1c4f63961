// Bounds for tests that run the command line as a process of its own.

/**
 * How long a test lets the command line run as a process before taking it for hung (on a FIFO,
 * say): far past what a slow, busy machine needs (a few seconds), inside vitest's bound a test.
 */
export const HUNG_PROCESS_MS = 120_000;

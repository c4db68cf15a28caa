/** A mistake in how the CLI was called: reported in one line, exit code 2, no stack trace. */
export class UsageError extends Error {}

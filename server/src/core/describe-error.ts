/** The first line of what was thrown, for a finding's message. */
export function describeError(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}

/**
 * A failure the user can act on: bad input, a source that cannot be read, a wrong argument.
 * The command line prints its message as one line and exits 1, never with a stack trace.
 */
export class PublishError extends Error {
  override name = 'PublishError';
}

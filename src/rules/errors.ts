/** Errors with a stable code, so callers and tests can tell causes apart without parsing messages. */
export class ZhibiaoError extends Error {
  constructor(
    readonly code: 'RULES_INVALID' | 'RULES_MISSING' | 'INPUT_INVALID' | 'USAGE',
    message: string,
  ) {
    super(message);
    this.name = 'ZhibiaoError';
  }
}

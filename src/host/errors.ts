/**
 * The errors steps throw (`z.errors.*`), with the names and arguments zapier-platform-core gives them,
 * for hosts other than Zapier. A platform maps them to its own (n8n: NodeApiError, NodeOperationError).
 */

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    message: string,
    readonly code?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** `z.errors.Error(message, code, status)`: the step failed and says why. */
export class StepError extends AppError {
  override name = 'Error';
}

/** Nothing to do for this run (no item, no failure). */
export class HaltedError extends Error {
  override name = 'HaltedError';
}

/** The connection no longer works: reconnect. */
export class ExpiredAuthError extends Error {
  override name = 'ExpiredAuthError';
}

export class RefreshAuthError extends Error {
  override name = 'RefreshAuthError';
}

/** Too many requests: try again after `delay` seconds. */
export class ThrottledError extends Error {
  override name = 'ThrottledError';
  constructor(
    message: string,
    readonly delay?: number,
  ) {
    super(message);
  }
}

/** An answer with a failing status no middleware turned into another error. */
export class ResponseError extends Error {
  override name = 'ResponseError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export const hostErrors = {
  Error: StepError,
  HaltedError,
  ExpiredAuthError,
  RefreshAuthError,
  ThrottledError,
  ResponseError,
};

export type HostErrorClasses = typeof hostErrors;

/**
 * DailyBot's error answers (Django REST framework style): `{detail, code}`, plus `errors:
 * {field: [message]}` for validation problems and `upgrade_url` for plan problems
 * (dailybot-api-notes.md §2.2). Anything in the sandbox that refuses a request throws an ApiError.
 */
export interface ErrorBody {
  detail: string;
  code: string;
  errors?: Record<string, string[]>;
  upgrade_url?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.detail);
    this.name = 'ApiError';
  }
}

/** 404, as DRF writes it. */
export const notFound = (): ApiError => new ApiError(404, { detail: 'Not found.', code: 'not_found' });

/** A 400 with DailyBot's code; several documented ones use the code as the detail too (seed 003). */
export const badRequest = (code: string, detail: string = code, errors?: Record<string, string[]>): ApiError =>
  new ApiError(400, errors ? { detail, code, errors } : { detail, code });

/** A 400 for field problems: `{detail: "Invalid input.", code: "invalid", errors: {field: [message]}}`. */
export const invalid = (errors: Record<string, string[]>): ApiError => badRequest('invalid', 'Invalid input.', errors);

export const AUTH_FAILED: ErrorBody = { detail: 'Invalid or missing API key.', code: 'authentication_failed' };

export const FREE_PLAN: ErrorBody = {
  detail: 'API keys are not available on the free plan.',
  code: 'plan_free_api_keys_forbidden',
  upgrade_url: 'https://app.dailybot.com/billing',
};

export const OWNER_INACTIVE: ErrorBody = { detail: 'The owner of this API key is inactive.', code: 'api_key_owner_inactive' };

/** The documented answer when a user UUID is unknown (seed 003: the code is also the detail). */
export const usersNotFound = (): ApiError => badRequest('one_or_more_users_not_found');

export const noValidTeam = (): ApiError => badRequest('no_valid_team');

/**
 * DailyBot's answers → the errors a Zap builder reads. This is the error table of SURFACE.md; every
 * message says what happened and what to do, in plain words, and never holds a secret.
 */
import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';

import { ErrorBody } from '../schemas/api';
import { describeDelay, retryDelaySeconds } from './retry-after';
import { redact } from './secrets';

const AUTH_CODES = new Set(['authentication_failed', 'not_authenticated']);
const CONNECT_HELP = 'Reconnect DailyBot with a current API key (DailyBot → Organization Settings → Integrations).';

const clip = (text: string, max = 300): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** DailyBot's `detail` may be a string, a list or an object: one readable sentence. */
const describe = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(describe).filter(Boolean).join(' ');
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .map(([key, v]) => `${key}: ${describe(v)}`)
      .join('; ');
  }
  return String(value);
};

interface ParsedError {
  detail: string;
  code: string | undefined;
  upgradeUrl: string | undefined;
  fieldErrors: string;
  /** The roles that would do, and the key owner's role (`insufficient_role`, `org_admin_required`). */
  requiredRoles: string[];
  currentRole: string | undefined;
}

const roles = (value: string | string[] | null | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).map((role) => role.trim()).filter(Boolean);

/**
 * Reads DailyBot's error body: `{detail, code, upgrade_url, errors}`, DRF's bare `{field: [msg]}`, or DRF's
 * bare list of messages (`["response is not valid"]`, check-in responses). The sentence is `detail`, else
 * `details` (mood) or `error` (workflow listing: `{error: "Invalid request data"}`).
 */
export const parseErrorBody = (data: unknown): ParsedError => {
  const parsed = ErrorBody.safeParse(Array.isArray(data) && data.every((item) => typeof item === 'string') ? { detail: data } : data);
  if (!parsed.success) return { detail: '', code: undefined, upgradeUrl: undefined, fieldErrors: '', requiredRoles: [], currentRole: undefined };
  const { detail: own, details, error, code, upgrade_url: upgradeUrl, errors, required_role, current_role, extra, ...rest } = parsed.data;
  const detail = [own, details, error].find((text) => describe(text) !== '');
  const fields = errors ?? (detail === undefined && !code ? rest : undefined);
  return {
    detail: describe(detail),
    code: code ?? undefined,
    upgradeUrl: upgradeUrl ?? undefined,
    fieldErrors: fields && Object.keys(fields).length > 0 ? describe(fields) : '',
    requiredRoles: roles(required_role ?? extra?.required_role),
    currentRole: roles(current_role ?? extra?.current_role)[0],
  };
};

/** DailyBot's documented codes whose `detail` is only the code again: what they mean, and what to do. */
const KNOWN_CODES: Record<string, string> = {
  one_or_more_users_not_found: 'DailyBot could not find one or more of the people in this step in your organization. Pick them from the list, or check their emails.',
  no_users_found: 'DailyBot could not find the people in this step in your organization. Pick them from the list, or check their emails.',
  no_valid_users: 'None of the people in this step can receive this in DailyBot. Check that they are active members of your organization.',
  no_valid_team: 'DailyBot could not find the team in this step. Pick it from the list.',
  target_user_inactive: 'One of the people in this step is deactivated in DailyBot. Remove them, or reactivate them in DailyBot.',
  invalid_user_identifier: 'DailyBot needs a user ID here. Pick the person from the list, or map their DailyBot user ID.',
  invalid_date_range: 'The dates in this step are not a valid range: the end must not be before the start.',
  open_conversation_not_supported: 'Group conversations can only be opened when your DailyBot organization uses Slack.',
  conversation_can_not_be_opened: 'DailyBot could not open this group conversation in your chat platform. Check that the people are in the workspace.',
  buttons_count_out_of_range: 'A message can have at most 25 buttons.',
};

/** Codes whose fix is worth saying even when DailyBot's `detail` says what went wrong. */
const ADVICE: Record<string, string> = {
  button_callback_workflow_not_found:
    'A button’s workflow cannot be run from a button: it must exist, start “When triggered via API or button” and be active. Pick it again in the button’s “Workflow”.',
  button_callback_form_not_found: 'A button’s form is not one of your organization’s forms. Pick it again in the button’s “Form”.',
};

/**
 * Workflow codes, matched on the code whatever the status (dailybot-api-more.md §9: `workflow_frozen` is 409 in
 * the CLI's API reference and 403 in its workflow skill; `workflow_not_triggerable` has two readings, both said).
 * They reach Run Workflow and any button that runs a workflow.
 */
const WORKFLOW_CODES: Record<string, string> = {
  workflow_frozen:
    'DailyBot did not run the workflow: it is frozen, because of your organization’s plan or its limits. ' +
    'Upgrade the plan, or unfreeze the workflow in DailyBot’s automations builder, then replay this Zap run.',
  workflow_not_triggerable:
    'DailyBot did not run the workflow: either it does not start “When triggered via API or button”, or it is inactive. ' +
    'In DailyBot’s automations builder, set it to start “When triggered via API or button” and turn it on, or pick another workflow.',
};

const sentence = (text: string): string => (text && !/[.!?]$/.test(text) ? `${text}.` : text);

/** The message for a 4xx other than the auth, plan and throttling cases. */
const requestProblem = (status: number, err: ParsedError): string => {
  const known = err.code ? (KNOWN_CODES[err.code] ?? ADVICE[err.code]) : undefined;
  const advice = err.code ? ADVICE[err.code] : undefined;
  const what = err.detail && err.detail !== err.code ? `${sentence(err.detail)}${advice ? ` ${advice}` : ''}` : (known ?? '');
  const code = err.code ? ` (DailyBot code: ${err.code})` : '';
  const fields = err.fieldErrors ? ` Fields: ${sentence(err.fieldErrors)}` : '';
  if (!what && !err.code && !fields) {
    return status === 404
      ? 'DailyBot could not find what this step refers to (HTTP 404). Check that the selected item still exists.'
      : `DailyBot rejected the request (HTTP ${status}). Check the step's fields and try again.`;
  }
  const lead = what || (err.code ? `DailyBot answered “${err.code}”.` : 'DailyBot rejected the request.');
  return `${lead}${code}${fields}`.replace(/\s+/g, ' ').trim();
};

/** `team_manager` → “Team Manager”. */
const roleName = (role: string): string =>
  `“${role
    .toLowerCase()
    .split(/[\s_-]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ')}”`;

/**
 * A 403 about roles (`insufficient_role`, `org_admin_required`, or any answer naming `required_role`):
 * which role is needed, which one the key's owner has, and how to get there.
 */
const roleProblem = (err: ParsedError): string => {
  const orgAdmin = err.code === 'org_admin_required' && err.requiredRoles.length === 0;
  const needed = err.requiredRoles.map(roleName).join(' or ');
  const needs = orgAdmin ? ' It needs an organization admin' : needed ? ` It needs the ${needed} role` : '';
  const has = needs && err.currentRole ? `, and the API key’s owner has the ${roleName(err.currentRole)} role` : '';
  const why = err.detail && err.detail !== err.code ? ` ${sentence(err.detail)}` : '';
  const fix = orgAdmin
    ? 'Reconnect DailyBot with an organization admin’s API key, or ask an admin to make the key’s owner an admin.'
    : needed
      ? `Ask an organization admin to give the API key’s owner the ${err.requiredRoles.length > 1 ? 'needed' : needed} role in DailyBot, ` +
        'or reconnect DailyBot with the API key of someone who has it.'
      : 'The API key’s owner lacks the role DailyBot needs for this: ask an organization admin, or reconnect with an admin’s API key.';
  const code = ` (DailyBot code: ${err.code ?? 'insufficient_role'})`;
  return needs ? `DailyBot refused this request.${why}${needs}${has}${code}. ${fix}` : `DailyBot refused this request.${why}${code} ${fix}`;
};

/** 3xx answers that point elsewhere (304 Not Modified is no redirect). */
const isRedirect = (status: number): boolean => status >= 300 && status < 400 && status !== 304;

/**
 * The error for a DailyBot answer with status ≥ 400 or a redirect (never followed), or `undefined` for a success.
 * `where` names the service in messages ("DailyBot", "DailyBot's Activity Hook URL").
 */
export const errorForResponse = (
  z: ZObject,
  bundle: Bundle,
  response: Pick<HttpResponse, 'status' | 'data' | 'getHeader'>,
  where = 'DailyBot',
  unsafeToRepeat = false,
): Error | undefined => {
  const { status } = response;
  if (isRedirect(status)) {
    return new z.errors.Error(
      `${where} answered with a redirect (HTTP ${status}) to another address. This app does not follow redirects, ` +
        'so that your API key and your data go only where this connection says. DailyBot does not normally answer this way: ' +
        'try again later, and tell the app’s maintainers if it persists.',
      'dailybot_redirect',
      status,
    );
  }
  if (status < 400) return undefined;
  const err = parseErrorBody(response.data);
  const safe = (message: string) => clip(redact(message, bundle), 600);

  const workflow = err.code ? WORKFLOW_CODES[err.code] : undefined;
  if (workflow && status < 500) {
    const says = err.detail && err.detail !== err.code ? ` DailyBot says: ${sentence(err.detail)}` : '';
    return new z.errors.Error(safe(`${workflow} (DailyBot code: ${err.code})${says}`), err.code, status);
  }

  const looksLikeBadKey = /credential|api key|api-key|apikey/i.test(err.detail);
  if (status === 401 || (status === 403 && ((err.code && AUTH_CODES.has(err.code)) || (!err.code && looksLikeBadKey)))) {
    return new z.errors.ExpiredAuthError(`DailyBot did not accept the API key: it is invalid or was revoked. ${CONNECT_HELP}`);
  }
  if (status === 403 && err.code === 'api_key_owner_inactive') {
    return new z.errors.ExpiredAuthError(
      'The DailyBot user who owns this API key has been deactivated, so the key no longer works. ' +
        'Ask an active organization admin to create a new API key, then reconnect DailyBot with it.',
    );
  }
  if (status === 403 && err.code === 'plan_free_api_keys_forbidden') {
    const upgrade = err.upgradeUrl ? ` Upgrade at ${err.upgradeUrl}` : ' Upgrade the plan in DailyBot';
    return new z.errors.Error(
      safe(`Your DailyBot organization is on the free plan, which does not include API access.${upgrade}, then reconnect.`),
      err.code,
      status,
    );
  }
  if (status === 403 && err.code?.startsWith('plan_')) {
    const why = err.detail && err.detail !== err.code ? ` ${sentence(err.detail)}` : '';
    const upgrade = err.upgradeUrl ? ` Upgrade at ${err.upgradeUrl}` : ' Upgrade your DailyBot plan';
    return new z.errors.Error(
      safe(`Your DailyBot plan does not include this (DailyBot code: ${err.code}).${why}${upgrade} to use it.`),
      err.code,
      status,
    );
  }
  if (status === 403 && (err.code === 'insufficient_role' || err.code === 'org_admin_required' || err.requiredRoles.length > 0)) {
    return new z.errors.Error(safe(roleProblem(err)), err.code ?? 'insufficient_role', status);
  }
  if (status === 403) {
    const why = err.detail ? ` ${sentence(err.detail)}` : '';
    const code = err.code ? ` (DailyBot code: ${err.code})` : '';
    return new z.errors.Error(
      safe(
        `DailyBot refused this request.${why}${code} The API key works, but its owner lacks the permission: ` +
          'ask an organization admin, or reconnect with an admin’s API key.',
      ),
      err.code ?? 'forbidden',
      status,
    );
  }
  if (status === 429) {
    if (err.code === 'free_plan_daily_limit_exceeded') {
      return new z.errors.Error(
        safe(`Your DailyBot free plan's daily limit for this is used up. It resets tomorrow; upgrade the plan to do more. ${err.detail}`.trim()),
        err.code,
        status,
      );
    }
    const delay = retryDelaySeconds(response.getHeader('retry-after'), err.detail);
    if (unsafeToRepeat) {
      // a request that must not be sent twice is never retried by Zapier, even when DailyBot did not take it
      return new z.errors.Error(
        `${where} is limiting how many requests this connection may make for now, so it did not take this request (HTTP 429). ` +
          `This step is never retried by itself: replay this Zap run in ${describeDelay(delay)} or later.`,
        'dailybot_throttled',
        status,
      );
    }
    return new z.errors.ThrottledError(
      // DailyBot's newer docs describe hourly budgets per group of endpoints, older ones 60 a minute: no number here
      `${where} is limiting how many requests this connection may make for now (it allows a budget of requests per period ` +
        `for each kind of request). Zapier will retry in ${describeDelay(delay)}.`,
      delay,
    );
  }
  if (status >= 500) {
    return new z.errors.Error(
      `${where} answered with a server error (HTTP ${status}).${unsafeToRepeat ? ` ${MAY_HAVE_APPLIED}` : ' This is usually temporary: try again in a few minutes.'}`,
      'dailybot_unavailable',
      status,
    );
  }
  return new z.errors.Error(safe(requestProblem(status, err)), err.code ?? `http_${status}`, status);
};

/** What a request that must not be sent twice says when it got no clear answer. */
const MAY_HAVE_APPLIED =
  'It may still have been applied: check in DailyBot before you replay this Zap run. ' +
  'This step is never retried by itself, because DailyBot cannot tell a repeat from a new request.';

/**
 * The error for a request that got no answer: a timeout, a reset or refused connection, a DNS failure.
 * For a request that must not be sent twice, an answer that may have been lost on the way (a timeout,
 * a cut connection) says it may still have been applied.
 */
export const errorForTransportFailure = (z: ZObject, error: unknown, where = 'DailyBot', unsafeToRepeat = false): Error => {
  const e = error as { type?: string; code?: string; errno?: string; name?: string } | undefined;
  const code = e?.code ?? e?.errno;
  let why: string;
  if (e?.type === 'request-timeout' || e?.name === 'AbortError' || code === 'ETIMEDOUT') {
    why = 'it did not answer in time';
  } else if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') {
    why = 'the connection was cut before it answered';
  } else if (code === 'ECONNREFUSED') {
    why = 'the connection was refused';
  } else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    why = 'its address could not be found';
  } else if (e?.type === 'invalid-json' || e?.type === 'max-size') {
    why = 'its answer could not be read';
  } else {
    why = 'the request failed on the way';
  }
  const neverArrived = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
  if (unsafeToRepeat && !neverArrived) {
    return new z.errors.Error(`${where} did not answer this request: ${why}. ${MAY_HAVE_APPLIED}`, 'dailybot_no_answer');
  }
  return new z.errors.Error(
    `${where} could not be reached: ${why}. This is usually temporary: try again in a few minutes.`,
    'dailybot_unreachable',
  );
};

/** True for the errors this app (or zapier-platform-core) already made readable. */
export const isZapierError = (z: ZObject, error: unknown): boolean =>
  Object.values(z.errors).some(
    (ErrorClass) => typeof ErrorClass === 'function' && typeof ErrorClass.prototype === 'object' && error instanceof (ErrorClass as new () => Error),
  );

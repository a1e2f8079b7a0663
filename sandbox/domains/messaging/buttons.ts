/**
 * The button rules of `POST /send-message/` (dailybot-api-more.md §8.1, from DailyBot's official CLI: chat SKILL,
 * `validate_buttons` and `ERROR_CODE_MESSAGES`; the help center's legacy `Command`): at most 25 buttons, each
 * - a link: `label` and an http(s) `url` (no spaces, line breaks or backslashes), no callback;
 * - an interactive button: `label`, `value`, and exactly one of the five `callback_*` (or an auto-reply
 *   `response` instead): `callback_url` https ≤ 2048; `callback_form` a form of the organization;
 *   `callback_command` ≤ 200 without the old `prompt:` prefix; `callback_prompt` ≤ 2000; `callback_workflow`
 *   an active `api_trigger` workflow; `response` ≤ 2000 with nested buttons at most 3 levels deep;
 *   `modal_body` inputs need `callback_url` or `callback_workflow`, with unique names;
 * - the legacy `Command`: `label`, `label_after_click`, `value` (all required by the help center).
 * Each broken rule answers DailyBot's own code.
 */
import { isPlainObject } from '../../core/checks';
import { badRequest } from '../../core/errors';
import type { SandboxState } from '..';

const CALLBACKS = ['callback_url', 'callback_form', 'callback_command', 'callback_prompt', 'callback_workflow'] as const;
const KNOWN = new Set(['label', 'button_type', 'url', 'value', 'label_after_click', 'modal_body', 'response', 'callback_auth', ...CALLBACKS]);
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;
const MAX_BUTTONS = 25;
const MAX_DEPTH = 3;

/**
 * DailyBot takes https callback URLs of at most 2048 characters. The sandbox also takes plain http to
 * this machine (loopback), where the harness's catch hook stands in for Zapier's callback endpoint.
 */
export const isCallbackUrl = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length > 2048 || !/^https?:\/\/[^\s\\\u0000-\u001f]+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  } catch {
    return false;
  }
};

/** A link a chat platform can open as it is: http(s) with slashes, no whitespace, control characters or backslashes. */
const isLinkUrl = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length > 2048 || !/^https?:\/\/[^\s\\/\u0000-\u001f\u007f][^\s\\\u0000-\u001f\u007f]*$/i.test(value)) return false;
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
};

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const invalid = (message: string) => badRequest('send_message_validation_error', message);

const checkModal = (at: string, b: Record<string, unknown>): void => {
  const modal = b.modal_body;
  if (modal === undefined || modal === null) return;
  if (!isPlainObject(modal) || !text(modal.title) || !Array.isArray(modal.blocks)) throw invalid(`${at}: "modal_body" is {title, blocks: [...]}.`);
  const names = modal.blocks.map((block) => (isPlainObject(block) && block.type === 'input' && text(block.name) && text(block.label) ? block.name : undefined));
  if (names.some((n) => n === undefined)) throw invalid(`${at}: each modal block is {type: "input", name, label}.`);
  if (new Set(names).size !== names.length) throw invalid(`${at}: modal input names must be unique.`);
  if (names.length > 0 && b.callback_url === undefined && b.callback_workflow === undefined) {
    throw badRequest('send_message_validation_error', `${at}: a modal with inputs needs "callback_url" or "callback_workflow".`);
  }
};

/** The callback of an interactive button, checked against the organization. */
const checkCallback = (at: string, b: Record<string, unknown>, key: (typeof CALLBACKS)[number], state: SandboxState): void => {
  const v = b[key];
  if (key === 'callback_url' && !isCallbackUrl(v)) {
    throw badRequest('button_callback_url_invalid', `${at}: "callback_url" must be an https URL of at most 2048 characters.`);
  }
  if (key === 'callback_form' && !(typeof v === 'string' && state.forms.has(v.toLowerCase()))) {
    throw badRequest('button_callback_form_not_found', `${at}: no form ${String(v)} in this organization.`);
  }
  if (key === 'callback_workflow') {
    const workflow = typeof v === 'string' ? state.workflows.get(v.toLowerCase()) : undefined;
    if (!workflow || workflow.trigger_type !== 'api_trigger' || !workflow.active) {
      throw badRequest('button_callback_workflow_not_found', `${at}: no active workflow started by API or button with the ID ${String(v)}.`);
    }
  }
  if (key === 'callback_command' && (!text(v) || v.length > 200 || /^\s*prompt:/i.test(v))) {
    throw invalid(`${at}: "callback_command" is a command of at most 200 characters (the old "prompt:" prefix is gone: use callback_prompt).`);
  }
  if (key === 'callback_prompt' && (!text(v) || v.length > 2000)) throw invalid(`${at}: "callback_prompt" is required text of at most 2000 characters.`);
};

const checkAuth = (at: string, b: Record<string, unknown>): void => {
  if (b.callback_auth === undefined) return;
  const auth = b.callback_auth;
  const ok =
    b.callback_url !== undefined &&
    isPlainObject(auth) &&
    ((auth.type === 'bearer' && text(auth.token)) ||
      (auth.type === 'basic' && text(auth.username) && typeof auth.password === 'string') ||
      (auth.type === 'custom_header' && text(auth.header) && typeof auth.value === 'string'));
  if (!ok) throw badRequest('button_callback_auth_invalid', `${at}: "callback_auth" goes with "callback_url", as {type: bearer|basic|custom_header, …}.`);
};

const checkOne = (b: unknown, at: string, state: SandboxState, depth: number): Record<string, unknown> => {
  if (!isPlainObject(b) || !text(b.label)) throw invalid(`${at}: each button is an object with a "label".`);
  const unknown = Object.keys(b).filter((k) => !KNOWN.has(k));
  if (unknown.length > 0) throw invalid(`${at}: unknown field(s) ${unknown.join(', ')}.`);
  const callbacks = CALLBACKS.filter((k) => b[k] !== undefined && b[k] !== null);
  if (callbacks.length > 1) throw badRequest('button_callback_conflict', `${at}: use only one of ${CALLBACKS.join(', ')}.`);
  const type = b.button_type;
  if (type === 'link' || (type === undefined && b.url !== undefined)) {
    if (callbacks.length > 0) throw badRequest('button_link_and_callback_conflict', `${at}: a link button cannot have a callback.`);
    if (!isLinkUrl(b.url)) throw invalid(`${at}: a link button needs a "url" (http or https, no spaces, line breaks or backslashes).`);
    return b;
  }
  if (type === 'Command') {
    if (!text(b.value) || !text(b.label_after_click)) throw invalid(`${at}: a Command button needs "label", "label_after_click" and "value".`);
    return b;
  }
  if (type !== 'interactive') throw invalid(`${at}: "button_type" must be "link", "interactive" or "Command".`);
  if (b.url !== undefined) throw badRequest('button_link_and_callback_conflict', `${at}: an interactive button has no "url".`);
  if (!text(b.value)) throw invalid(`${at}: an interactive button needs a "value".`);
  checkAuth(at, b);
  const [callback] = callbacks;
  if (callback) checkCallback(at, b, callback, state);
  else if (b.response === undefined) throw invalid(`${at}: an interactive button needs one callback_* or a "response".`);
  if (b.response !== undefined) {
    const reply = b.response;
    const nested = isPlainObject(reply) ? reply.buttons : undefined;
    const message = isPlainObject(reply) ? reply.message : reply;
    if (!text(message) || message.length > 2000) throw invalid(`${at}: "response" is text of at most 2000 characters.`);
    if (nested !== undefined) {
      if (!Array.isArray(nested) || depth >= MAX_DEPTH) throw invalid(`${at}: response buttons nest at most ${MAX_DEPTH} levels deep.`);
      checkLevel(nested, state, depth + 1, `${at} → `);
    }
  }
  checkModal(at, b);
  return b;
};

const checkLevel = (buttons: readonly unknown[], state: SandboxState, depth: number, prefix = ''): Record<string, unknown>[] => {
  if (buttons.length > MAX_BUTTONS) throw badRequest('buttons_count_out_of_range', `A message takes at most ${MAX_BUTTONS} buttons.`);
  return buttons.map((b, i) => checkOne(b, `${prefix}Button ${i + 1}`, state, depth));
};

/** Checks every button, throwing DailyBot's error for the first broken rule; gives them back as objects. */
export const checkButtons = (buttons: readonly unknown[], state: SandboxState): Record<string, unknown>[] => checkLevel(buttons, state, 1);

/** The headers `callback_auth` asks for on the POST to `callback_url` (basic/custom_header keys: UNCONFIRMED, §5b). */
export const callbackHeaders = (auth: unknown): Record<string, string> => {
  if (!isPlainObject(auth)) return {};
  if (auth.type === 'bearer') return { authorization: `Bearer ${String(auth.token)}` };
  if (auth.type === 'basic') return { authorization: `Basic ${Buffer.from(`${String(auth.username)}:${String(auth.password)}`).toString('base64')}` };
  if (auth.type === 'custom_header') return { [String(auth.header).toLowerCase()]: String(auth.value) };
  return {};
};

/**
 * The button rules of `POST /send-message/` (`../shared/reference/dailybot-api-beyond.md` §5b, from
 * DailyBot's official CLI: chat SKILL and `ERROR_CODE_MESSAGES`): a link (`url`), an interactive
 * button (`value` and at most one `callback_*`), or the legacy `Command` (help center). Each broken
 * rule answers DailyBot's own code.
 */
import { isPlainObject } from '../../core/checks';
import { badRequest } from '../../core/errors';

const CALLBACKS = ['callback_url', 'callback_form', 'callback_command', 'callback_prompt', 'callback_workflow'] as const;
const KNOWN = new Set(['label', 'button_type', 'url', 'value', 'label_after_click', 'modal_body', 'response', 'callback_auth', ...CALLBACKS]);
const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/;

/**
 * DailyBot takes https callback URLs of at most 2048 characters. The sandbox also takes plain http to
 * this machine (loopback), where the harness's catch hook stands in for Zapier's callback endpoint.
 */
export const isCallbackUrl = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
  } catch {
    return false;
  }
};

const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Checks every button, throwing DailyBot's error for the first broken rule; gives them back as objects. */
export const checkButtons = (buttons: readonly unknown[]): Record<string, unknown>[] => {
  if (buttons.length > 25) throw badRequest('buttons_count_out_of_range', 'A message takes at most 25 buttons.');
  return buttons.map((b, i) => {
    const at = `Button ${i + 1}`;
    if (!isPlainObject(b) || !text(b.label)) throw badRequest('send_message_validation_error', `${at}: each button is an object with a "label".`);
    const unknown = Object.keys(b).filter((k) => !KNOWN.has(k));
    if (unknown.length > 0) throw badRequest('send_message_validation_error', `${at}: unknown field(s) ${unknown.join(', ')}.`);
    const callbacks = CALLBACKS.filter((k) => b[k] !== undefined && b[k] !== null);
    if (callbacks.length > 1) throw badRequest('button_callback_conflict', `${at}: use only one of ${CALLBACKS.join(', ')}.`);
    const type = b.button_type;
    if (type === 'link' || (type === undefined && b.url !== undefined)) {
      if (callbacks.length > 0) throw badRequest('button_link_and_callback_conflict', `${at}: a link button cannot have a callback.`);
      if (typeof b.url !== 'string' || !/^https?:\/\/\S+$/.test(b.url)) throw badRequest('send_message_validation_error', `${at}: a link button needs a "url".`);
      return b;
    }
    if (type === 'Command') {
      if (!text(b.value)) throw badRequest('send_message_validation_error', `${at}: a Command button needs a "value".`);
      return b;
    }
    if (type !== 'interactive') throw badRequest('send_message_validation_error', `${at}: "button_type" must be "link", "interactive" or "Command".`);
    if (b.url !== undefined) throw badRequest('button_link_and_callback_conflict', `${at}: an interactive button has no "url".`);
    if (!text(b.value)) throw badRequest('send_message_validation_error', `${at}: an interactive button needs a "value".`);
    if (b.callback_url !== undefined && !isCallbackUrl(b.callback_url)) {
      throw badRequest('button_callback_url_invalid', `${at}: "callback_url" must be an https URL of at most 2048 characters.`);
    }
    if (b.callback_auth !== undefined) {
      const auth = b.callback_auth;
      const ok =
        b.callback_url !== undefined &&
        isPlainObject(auth) &&
        ((auth.type === 'bearer' && text(auth.token)) ||
          (auth.type === 'basic' && text(auth.username) && typeof auth.password === 'string') ||
          (auth.type === 'custom_header' && text(auth.header) && typeof auth.value === 'string'));
      if (!ok) throw badRequest('button_callback_auth_invalid', `${at}: "callback_auth" goes with "callback_url", as {type: bearer|basic|custom_header, …}.`);
    }
    return b;
  });
};

/** The headers `callback_auth` asks for on the POST to `callback_url` (basic/custom_header keys: UNCONFIRMED, §5b). */
export const callbackHeaders = (auth: unknown): Record<string, string> => {
  if (!isPlainObject(auth)) return {};
  if (auth.type === 'bearer') return { authorization: `Bearer ${String(auth.token)}` };
  if (auth.type === 'basic') return { authorization: `Basic ${Buffer.from(`${String(auth.username)}:${String(auth.password)}`).toString('base64')}` };
  if (auth.type === 'custom_header') return { [String(auth.header).toLowerCase()]: String(auth.value) };
  return {};
};

/**
 * Message buttons (Send Message, Update Message), checked against DailyBot's whole button contract before any
 * request, so that no button DailyBot would refuse is sent (dailybot-api-more.md §8.1; the official CLI's
 * `validate_buttons` and error table; the help center's legacy `Command` button):
 * - a link: `{label, button_type: "link", url}`, with no callback;
 * - an interactive button: `{label, button_type: "interactive", value}` with exactly one of `callback_url`,
 *   `callback_form`, `callback_command`, `callback_prompt`, `callback_workflow`. A Zap builder gets the two that
 *   make sense in a Zap: one that runs a DailyBot workflow (`callback_workflow`, an active workflow that starts
 *   "When triggered via API or button") and one that opens a form (`callback_form`), each from a dropdown;
 * - the legacy `Command`: `{label, label_after_click, value, button_type: "Command"}`, all four required by the
 *   help center (an empty “Label After Click” is the Label, so version 1 Zaps keep working);
 * - at most 25 buttons; a link at most 2048 characters, sent as the normalized URL (`url.href`), never as typed.
 */
import { defineInputField } from 'zapier-platform-core';

import { httpsUrl, oneOf, optionalText, text } from '../../inputs/rules';
import type { ZodModule } from '../../schemas/lazy';
import { DAILYBOT_ID_PATTERN } from '../../schemas/patterns';

export const MAX_BUTTONS = 25;
/** The longest label, value and “after click” label DailyBot's chat platforms show whole (Slack's 75 for a label). */
const LABEL_MAX = 75;
const VALUE_MAX = 2000;
const AFTER_CLICK_MAX = 150;
/** The five callbacks of an interactive button; one at most (`button_callback_conflict`). */
export const CALLBACKS = ['callback_url', 'callback_form', 'callback_command', 'callback_prompt', 'callback_workflow'] as const;

/** How the Zap builder names a button's kind. */
const BUTTON_KINDS = ['Link', 'Workflow', 'Form', 'Command'] as const;
type Kind = (typeof BUTTON_KINDS)[number];

export const buttonsField = (group?: string) =>
  defineInputField({
    key: 'buttons',
    label: 'Buttons',
    required: false,
    ...(group ? { group } : {}),
    // a field with children may not have help text: the children say it
    children: [
      { key: 'label', label: 'Label', type: 'string', required: false, helpText: `The text on the button, up to ${LABEL_MAX} characters (up to ${MAX_BUTTONS} buttons).` },
      {
        key: 'button_type',
        label: 'Button Type',
        type: 'string',
        required: false,
        choices: [
          { value: 'Link', label: 'Link: opens a web page', sample: 'Link' },
          { value: 'Workflow', label: 'Workflow: runs a DailyBot workflow', sample: 'Workflow' },
          { value: 'Form', label: 'Form: opens a DailyBot form', sample: 'Form' },
          { value: 'Command', label: 'Command: runs a DailyBot command', sample: 'Command' },
        ],
        helpText:
          'Link opens the URL below; Workflow runs the Workflow below; Form opens the Form below; Command runs the Value below as a DailyBot command. ' +
          'Empty: Link when a URL is given, Workflow or Form when one is picked, else Command.',
      },
      { key: 'url', label: 'URL', type: 'string', required: false, helpText: 'Link buttons only: the `https://` page the button opens.' },
      {
        key: 'workflow',
        label: 'Workflow',
        type: 'string',
        required: false,
        dynamic: 'list_workflows.id.name',
        helpText: 'Workflow buttons only: the DailyBot workflow a click runs. It must start “When triggered via API or button” and be active.',
      },
      { key: 'form', label: 'Form', type: 'string', required: false, dynamic: 'list_forms.id.name', helpText: 'Form buttons only: the DailyBot form a click opens.' },
      {
        key: 'value',
        label: 'Value',
        type: 'string',
        required: false,
        helpText:
          'Command buttons: what DailyBot does when someone clicks, written as you would type it to DailyBot in chat (a DailyBot command, such as ' +
          '`/standup` to start the standup). Workflow and Form buttons: what the click hands on (empty: the Label).',
      },
      {
        key: 'label_after_click',
        label: 'Label After Click',
        type: 'string',
        required: false,
        helpText: 'Command buttons only: what the button says once clicked (empty: the Label).',
      },
    ],
  });

/** A button as DailyBot takes it. */
export type ButtonBody =
  | { label: string; button_type: 'link'; url: string }
  | { label: string; button_type: 'interactive'; value: string; callback_workflow: string }
  | { label: string; button_type: 'interactive'; value: string; callback_form: string }
  | { label: string; button_type: 'Command'; value: string; label_after_click: string };

const pickedId = (zod: ZodModule) =>
  optionalText(zod, 64).refine((v) => v === undefined || DAILYBOT_ID_PATTERN.test(v), 'must be picked from the list (a DailyBot ID such as 3f2b…-…)');

/** The fields each kind takes: any other one filled in is a mistake, said before anything is sent. */
const OWN: Record<Kind, ReadonlyArray<'url' | 'workflow' | 'form' | 'value' | 'label_after_click'>> = {
  Link: ['url'],
  Workflow: ['workflow', 'value'],
  Form: ['form', 'value'],
  Command: ['value', 'label_after_click'],
};
const FIELD_LABELS = { url: 'URL', workflow: 'Workflow', form: 'Form', value: 'Value', label_after_click: 'Label After Click' } as const;
const NEEDS: Record<Kind, { key: 'url' | 'workflow' | 'form' | 'value'; why: string }> = {
  Link: { key: 'url', why: 'is required for a Link button (the page it opens)' },
  Workflow: { key: 'workflow', why: 'is required for a Workflow button: pick the workflow a click runs' },
  Form: { key: 'form', why: 'is required for a Form button: pick the form a click opens' },
  Command: { key: 'value', why: 'is required for a Command button (the DailyBot command it runs)' },
};

/** One button of the `buttons` line items, as DailyBot takes it. */
export const Button = (zod: ZodModule) =>
  zod
    .object(
      {
        label: text(zod, LABEL_MAX),
        button_type: oneOf(zod, BUTTON_KINDS),
        url: httpsUrl(zod),
        workflow: pickedId(zod),
        form: pickedId(zod),
        value: optionalText(zod, VALUE_MAX),
        label_after_click: optionalText(zod, AFTER_CLICK_MAX),
      },
      { error: 'must be a button with a Label and a URL, a Workflow, a Form or a Value' },
    )
    .transform((b) => ({ ...b, kind: (b.button_type ?? (b.url ? 'Link' : b.workflow ? 'Workflow' : b.form ? 'Form' : 'Command')) as Kind }))
    .superRefine((b, ctx) => {
      const need = NEEDS[b.kind];
      if (!b[need.key]) ctx.addIssue({ code: 'custom', path: [need.key], message: need.why });
      for (const key of Object.keys(FIELD_LABELS) as Array<keyof typeof FIELD_LABELS>) {
        if (b[key] && !OWN[b.kind].includes(key)) {
          const owners = BUTTON_KINDS.filter((kind) => OWN[kind].includes(key)).join(', ').replace(/, ([^,]+)$/, ' and $1');
          ctx.addIssue({ code: 'custom', path: [key], message: `belongs to ${owners} buttons, not to a ${b.kind} button: empty it, or change “Button Type”` });
        }
      }
    })
    .transform((b): ButtonBody => {
      if (b.kind === 'Link') return { label: b.label, button_type: 'link', url: b.url! };
      if (b.kind === 'Workflow') return { label: b.label, button_type: 'interactive', value: b.value ?? b.label, callback_workflow: b.workflow! };
      if (b.kind === 'Form') return { label: b.label, button_type: 'interactive', value: b.value ?? b.label, callback_form: b.form! };
      return { label: b.label, button_type: 'Command', value: b.value!, label_after_click: b.label_after_click ?? b.label.slice(0, AFTER_CLICK_MAX) };
    });

/** The `buttons` of `POST /send-message/` as DailyBot's contract allows them (for the request schemas). */
export const buttonsBodyShape = (zod: ZodModule) => {
  const label = zod.string().min(1).max(LABEL_MAX);
  const value = zod.string().min(1).max(VALUE_MAX);
  const id = zod.string().regex(DAILYBOT_ID_PATTERN);
  return zod
    .array(
      zod.union([
        zod.strictObject({ label, button_type: zod.literal('link'), url: zod.url({ protocol: /^https$/ }).max(2048) }),
        zod.strictObject({ label, button_type: zod.literal('interactive'), value, callback_workflow: id }),
        zod.strictObject({ label, button_type: zod.literal('interactive'), value, callback_form: id }),
        zod.strictObject({ label, button_type: zod.literal('Command'), value, label_after_click: zod.string().min(1).max(AFTER_CLICK_MAX) }),
      ]),
    )
    .min(1)
    .max(MAX_BUTTONS);
};

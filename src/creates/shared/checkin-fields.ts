/**
 * The input fields of "Create Check-in" and "Update Check-in": name and template, then the settings in
 * the Schedule, Reminders and Messages groups ("Minutes Between Reminders" only for Fixed timing).
 */
import { defineInputField } from 'zapier-platform-core';

import { WEEKDAY_CHOICES } from '../../inputs/choices';
import { dateField } from '../../inputs/fields';

const boolField = (key: string, label: string, helpText: string) => defineInputField({ key, label, type: 'boolean', required: false, helpText });

/** The check-in's name and template: required to create one, optional to update one. */
export const nameAndTemplateFields = (required: boolean) => [
  defineInputField({
    key: 'name',
    label: 'Name',
    type: 'string',
    required,
    helpText: required ? 'The check-in’s name, as people see it in DailyBot.' : 'A new name for the check-in.',
  }),
  defineInputField({
    key: 'template',
    label: 'Template',
    type: 'string',
    required,
    dynamic: 'list_templates.id.name',
    helpText: required
      ? 'The check-in template whose questions the check-in asks.'
      : 'Another check-in template whose questions the check-in will ask from now on.',
  }),
];

/** The sections of the check-in form (Zapier's input field groups). */
export const CHECKIN_FIELD_GROUPS = [
  { key: 'schedule', label: 'Schedule' },
  { key: 'reminders', label: 'Reminders' },
  { key: 'messages', label: 'Messages' },
];

const keepText = (update: boolean) => (update ? ' Leave empty to keep the current setting.' : '');

/** "Minutes Between Reminders": only asked for when the Fixed reminder timing is chosen in this step. */
export const minutesBetweenRemindersField = (update: boolean) =>
  defineInputField({
    key: 'reminders_frequency_time',
    label: 'Minutes Between Reminders',
    type: 'integer',
    required: false,
    group: 'reminders',
    helpText: `How many minutes DailyBot waits between two reminders, 1 to 1440 (a day).${keepText(update)}`,
  });

/** The documented settings, all optional and grouped; `update` words the help for changing them. */
export const settingsFields = (update: boolean) => {
  const keep = keepText(update);
  return [
    boolField('active', 'Active', `No pauses the check-in: DailyBot stops asking its questions.${keep}`),
    boolField('is_anonymous', 'Anonymous', `Yes hides who answered in the check-in’s reports.${keep}`),
    boolField('send_reports_one_by_one', 'Send Reports One by One', `Yes shares each response as soon as it is completed.${keep}`),
    { ...dateField('start_on', 'Start Date', `The first day the check-in runs.${keep}`), group: 'schedule' },
    { ...dateField('end_on', 'End Date', `The last day the check-in runs; empty means it never ends.${keep}`), group: 'schedule' },
    defineInputField({
      key: 'frequency_on_days',
      group: 'schedule',
      label: 'Days of the Week',
      type: 'string',
      list: true,
      required: false,
      choices: WEEKDAY_CHOICES,
      helpText: `The days DailyBot asks the questions. Mapped values may be numbers from 1 (Monday) to 7 (Sunday) or day names.${keep}`,
    }),
    {
      ...boolField('use_user_defined_work_days', 'Use Each Person’s Work Days', `Yes asks each person on their own work days instead of the days above.${keep}`),
      group: 'schedule',
    },
    defineInputField({
      key: 'custom_trigger_time',
      label: 'Question Time',
      group: 'schedule',
      type: 'string',
      required: false,
      helpText: `A fixed time to ask, written HH:MM (24-hour), instead of each person’s work start time.${keep}`,
    }),
    {
      ...boolField(
        'is_trigger_based',
        'Manual Reminders Only',
        `Yes stops DailyBot asking on a schedule: people are asked only when a reminder is sent (for example with the Send Check-in Reminder action).${keep}`,
      ),
      group: 'schedule',
    },
    defineInputField({
      key: 'reminders_max_count',
      label: 'Extra Reminders',
      type: 'string',
      required: false,
      group: 'reminders',
      choices: [
        { value: '0', label: 'None', sample: '0' },
        { value: '1', label: '1 reminder', sample: '1' },
        { value: '2', label: '2 reminders', sample: '2' },
        { value: '3', label: '3 reminders', sample: '3' },
      ],
      helpText: `How many times DailyBot reminds people who have not answered yet.${keep}`,
    }),
    defineInputField({
      key: 'reminders_trigger_condition',
      label: 'Reminder Timing',
      type: 'string',
      required: false,
      group: 'reminders',
      // "Minutes Between Reminders" appears only for the Fixed timing
      altersDynamicFields: true,
      choices: [
        { value: 'smart_frequency', label: 'Smart: DailyBot picks when to remind', sample: 'smart_frequency' },
        { value: 'fixed_frequency', label: 'Fixed: every few minutes (you set how many)', sample: 'fixed_frequency' },
      ],
      helpText: `When the extra reminders go out.${keep}`,
    }),
    (_z: unknown, bundle: { inputData?: Record<string, unknown> }) =>
      String(bundle.inputData?.reminders_trigger_condition ?? '').toLowerCase() === 'fixed_frequency' ? [minutesBetweenRemindersField(update)] : [],
    defineInputField({
      key: 'custom_template_intro',
      label: 'Intro Message',
      type: 'text',
      required: false,
      group: 'messages',
      helpText: `What DailyBot says before the first question, instead of the template’s intro, for this check-in only.${keep}`,
    }),
    defineInputField({
      key: 'custom_template_outro',
      label: 'Outro Message',
      type: 'text',
      required: false,
      group: 'messages',
      helpText: `What DailyBot says after the last question, instead of the template’s closing message, for this check-in only.${keep}`,
    }),
  ];
};

/** The settings' fields with labels, for input error messages (the dynamic one included). */
export const settingsFieldLabels = (update: boolean) => [
  ...settingsFields(update).filter((field): field is Exclude<typeof field, (...args: never[]) => unknown> => typeof field !== 'function'),
  minutesBetweenRemindersField(update),
];

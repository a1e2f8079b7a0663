/**
 * Input fields that many steps share. IDs are always picked from a dropdown fed by a hidden `list_*`
 * trigger (src/triggers/dropdowns.ts); people can also be mapped as UUIDs, emails or full names.
 *
 * Every field that takes a check-in, a user or a team names its search (`search: 'find_user.id'`),
 * so the Zap editor offers "Find" (and "Find or Create" for check-ins) beside the dropdown; the
 * searches' `id` is the same UUID the dropdowns give.
 */
import { defineInputField } from 'zapier-platform-core';

const PEOPLE_HELP =
  'Pick people from the list, or map DailyBot user IDs, email addresses or full names ' +
  '(one per line, or several in one value separated by commas).';

/** The search step that can fill a field of each kind (its output's `id` is the dropdown's value). */
export const SEARCH_FOR = {
  checkin: 'find_checkin.id',
  user: 'find_user.id',
  team: 'find_team.id',
  formResponse: 'find_form_response.id',
} as const;

/** A check-in, picked from the check-ins the API key's owner can see. */
export const checkinField = (required: boolean, helpText?: string) =>
  defineInputField({
    key: 'checkin',
    label: 'Check-in',
    type: 'string',
    required,
    dynamic: 'list_checkins.id.name',
    search: SEARCH_FOR.checkin,
    helpText: helpText ?? (required ? 'The check-in to use.' : 'Leave empty for every check-in you can see.'),
  });

/** Several check-ins. */
export const checkinsField = (key: string, label: string, helpText: string) =>
  defineInputField({ key, label, type: 'string', list: true, required: false, dynamic: 'list_checkins.id.name', search: SEARCH_FOR.checkin, helpText });

/** A form, picked from the forms the API key's owner can see. */
export const formField = (required: boolean, helpText?: string) =>
  defineInputField({
    key: 'form',
    label: 'Form',
    type: 'string',
    required,
    dynamic: 'list_forms.id.name',
    helpText: helpText ?? (required ? 'The form to use.' : 'Leave empty for every form you can see.'),
  });

/** A response of the form picked in “Form” (the dropdown lists that form's, newest first). */
export const formResponseField = (helpText: string) =>
  defineInputField({
    key: 'response',
    label: 'Response',
    type: 'string',
    required: true,
    dynamic: 'list_form_responses.id.name',
    search: SEARCH_FOR.formResponse,
    helpText,
  });

/** A team of the organization. */
export const teamField = (required: boolean, helpText?: string) =>
  defineInputField({
    key: 'team',
    label: 'Team',
    type: 'string',
    required,
    dynamic: 'list_teams.id.name',
    search: SEARCH_FOR.team,
    helpText: helpText ?? (required ? 'The DailyBot team.' : 'Leave empty for every team.'),
  });

/** Several teams (message or kudos targets). */
export const teamsField = (key: string, label: string, helpText: string) =>
  defineInputField({ key, label, type: 'string', list: true, required: false, dynamic: 'list_teams.id.name', search: SEARCH_FOR.team, helpText });

/**
 * Several people, named by UUID, email or full name. `dynamic` defaults to every user of the
 * organization; a step may narrow it to a dropdown fed by another field (a check-in's participants).
 */
export const peopleField = (key: string, label: string, required: boolean, helpText?: string, dynamic = 'list_users.id.name') =>
  defineInputField({
    key,
    label,
    type: 'string',
    list: true,
    required,
    dynamic,
    search: SEARCH_FOR.user,
    helpText: helpText ? `${helpText} ${PEOPLE_HELP}` : PEOPLE_HELP,
  });

/** One person, named by UUID, email or full name (`dynamic` as in `peopleField`). */
export const personField = (key: string, label: string, required: boolean, helpText?: string, dynamic = 'list_users.id.name') =>
  defineInputField({
    key,
    label,
    type: 'string',
    required,
    dynamic,
    search: SEARCH_FOR.user,
    helpText: `${helpText ? `${helpText} ` : ''}Pick a person from the list, or map a DailyBot user ID, an email address or a full name.`,
  });

/**
 * A calendar date. Typed `datetime`, so the Zap editor offers its date picker and resolves what
 * people type ("tomorrow", "next monday") before the step runs; the `date` rule (src/inputs/rules.ts)
 * keeps the date part of whatever arrives.
 */
export const dateField = (key: string, label: string, helpText: string) =>
  defineInputField({
    key,
    label,
    type: 'datetime',
    required: false,
    helpText: `${helpText} Pick a date, type one such as 2026-03-31 or “tomorrow”, or map a date or a date and time (only the day counts, as written).`,
  });

/** The `meta` key that marks the fields of an "at least one of" group. */
export const AT_LEAST_ONE_OF = 'at_least_one_of';

interface Labelled {
  key: string;
  label?: string;
  helpText?: string;
  meta?: Record<string, string | number | boolean>;
}

const quoteList = (labels: readonly string[]): string => {
  const quoted = labels.map((label) => `“${label}”`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
};

/** “Users”, “Teams” or “Channels”: how messages name a group's fields. */
export const groupLabels = (fields: readonly Labelled[]): string => quoteList(fields.map((field) => field.label ?? field.key));

/**
 * Fields of which at least one must be filled in (a message's recipients, kudos' receivers): each
 * gets the group's name in `meta` (tests and `haltWhenMappedEmpty` find the group by it) and help
 * that says so.
 */
export const atLeastOneOf = <const F extends Labelled>(group: string, fields: readonly F[]): F[] => {
  const sentence = `Fill in at least one of ${groupLabels(fields)}.`;
  return fields.map((field) => ({
    ...field,
    meta: { ...field.meta, [AT_LEAST_ONE_OF]: group },
    // a field whose help already says it (a shared piece's own words) keeps its help as it is
    helpText: field.helpText?.includes(sentence) ? field.helpText : field.helpText ? `${field.helpText} ${sentence}` : sentence,
  }));
};

/** The fields of the "at least one of" group `group`. */
export const groupFields = <F extends Labelled>(fields: readonly F[], group: string): F[] => fields.filter((field) => field.meta?.[AT_LEAST_ONE_OF] === group);

/**
 * ICU (and so `Intl.supportedValuesOf`) still lists a few zones by their old names; the IANA database
 * keeps those only as links to today's names, which are what people look for.
 */
const CURRENT_ZONE_NAMES: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Godthab': 'America/Nuuk',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** Every IANA time zone the runtime knows, and UTC ("America/New_York" shown as "America/New York"). */
const allTimeZones = () =>
  [...new Set([...Intl.supportedValuesOf('timeZone').map((zone) => CURRENT_ZONE_NAMES[zone] ?? zone), 'UTC'])]
    .sort()
    .map((zone) => ({ value: zone, label: zone.replace(/_/g, ' '), sample: zone }));

/** A time zone picked from the IANA list; a mapped name such as `Europe/Madrid` works too. */
export const timeZoneField = (key: string, label: string, helpText: string) =>
  defineInputField({
    key,
    label,
    type: 'string',
    required: false,
    choices: allTimeZones(),
    helpText: `${helpText} Pick it from the list, or map a time zone name such as Europe/Madrid.`,
  });

/**
 * Input fields that many steps share. IDs are always picked from a dropdown fed by a hidden `list_*`
 * trigger (src/triggers/dropdowns.ts); people can also be mapped as UUIDs, emails or full names.
 */
import { defineInputField } from 'zapier-platform-core';

const PEOPLE_HELP =
  'Pick people from the list, or map DailyBot user IDs, email addresses or full names ' +
  '(one per line, or several in one value separated by commas).';

/** A check-in, picked from the check-ins the API key's owner can see. */
export const checkinField = (required: boolean, helpText?: string) =>
  defineInputField({
    key: 'checkin',
    label: 'Check-in',
    type: 'string',
    required,
    dynamic: 'list_checkins.id.name',
    helpText: helpText ?? (required ? 'The check-in to use.' : 'Leave empty for every check-in you can see.'),
  });

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

/** A team of the organization. */
export const teamField = (required: boolean, helpText?: string) =>
  defineInputField({
    key: 'team',
    label: 'Team',
    type: 'string',
    required,
    dynamic: 'list_teams.id.name',
    helpText: helpText ?? (required ? 'The DailyBot team.' : 'Leave empty for every team.'),
  });

/** Several teams (message or kudos targets). */
export const teamsField = (key: string, label: string, helpText: string) =>
  defineInputField({ key, label, type: 'string', list: true, required: false, dynamic: 'list_teams.id.name', helpText });

/** Several people, named by UUID, email or full name. */
export const peopleField = (key: string, label: string, required: boolean, helpText?: string) =>
  defineInputField({
    key,
    label,
    type: 'string',
    list: true,
    required,
    dynamic: 'list_users.id.name',
    helpText: helpText ? `${helpText} ${PEOPLE_HELP}` : PEOPLE_HELP,
  });

/** One person, named by UUID, email or full name. */
export const personField = (key: string, label: string, required: boolean, helpText?: string) =>
  defineInputField({
    key,
    label,
    type: 'string',
    required,
    dynamic: 'list_users.id.name',
    helpText: `${helpText ? `${helpText} ` : ''}Pick a person from the list, or map a DailyBot user ID, an email address or a full name.`,
  });

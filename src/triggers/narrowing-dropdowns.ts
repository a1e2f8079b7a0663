/**
 * Dropdowns that narrow to another field's choice (issue 15 item 11): the people of the chosen
 * check-in (Send Check-in Reminder) and the members of the chosen team (Remove User from Team).
 * Zapier runs them with the step's other inputs in `bundle.inputData`; until a usable check-in or
 * team is chosen (nothing yet, or a value still to be mapped), they offer nothing.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { api, parseAnswer } from '../http/client';
import { schema } from '../schemas/lazy';
import { User } from '../schemas/api';
import { DAILYBOT_ID_PATTERN } from '../schemas/patterns';
import { defineDropdown, DropdownOptionSchema, userOption } from './dropdowns';

/** The chosen value of `key`, ready for a URL path; `undefined` while none is chosen or it is a mapping. */
const chosen = (bundle: Bundle, key: string): string | undefined => {
  const value = (bundle.inputData as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'string' && DAILYBOT_ID_PATTERN.test(value.trim()) ? encodeURIComponent(value.trim().toLowerCase()) : undefined;
};

/** Someone taking part in a check-in, as its detail lists them (`name`; `full_name` accepted too). */
const Participant = schema((zod) => zod.looseObject({ uuid: zod.string().min(1), name: zod.string().nullish(), full_name: zod.string().nullish() }));
const Detail = schema((zod) =>
  zod.looseObject({ participants: zod.looseObject({ users: zod.array(Participant.get()).nullish() }).nullish() }),
);

/**
 * `GET /checkins/{uuid}/detail/` (dailybot-api-beyond.md §2a, DailyBot's official CLI `checkin show`):
 * `participants: {users: [{uuid, name}], teams: [{uuid, name}]}`, every participant in one answer.
 * People who take part through a team are not expanded (one more request per team); they can still
 * be mapped or typed.
 */
export const listCheckinParticipants = defineDropdown({
  key: 'list_checkin_participants',
  noun: 'User',
  plural: 'check-in participants',
  path: '/checkins/{uuid}/detail/',
  item: Participant,
  read: async (z: ZObject, bundle: Bundle, page: number) => {
    const checkin = chosen(bundle, 'checkin');
    if (!checkin || page > 0) return [];
    const path = `/checkins/${checkin}/detail/`;
    return parseAnswer(z, Detail, await api(z, bundle, { path }), 'the check-in’s participants').participants?.users ?? [];
  },
  option: (p) => ({ id: p.uuid, name: p.name || p.full_name || p.uuid }),
  sample: { id: '5945bf02-66f5-4b29-bbd6-07421dfa0a87', name: 'John Wick' },
});

/** `GET /teams/{uuid}/members/`, page by page (a bare array or DailyBot's envelope), "Load more" as every paged dropdown. */
export const listTeamMembers = defineDropdown({
  key: 'list_team_members',
  noun: 'User',
  plural: 'team members',
  path: (bundle) => {
    const team = chosen(bundle, 'team');
    return team ? `/teams/${team}/members/` : undefined;
  },
  params: { include_email: 'true' },
  item: User,
  option: userOption,
  sample: { id: '5945bf02-66f5-4b29-bbd6-07421dfa0a87', name: 'John Wick (john@example.com)' },
});

export const narrowingDropdownSteps = [listCheckinParticipants, listTeamMembers].map((definition) => ({ default: definition, output: DropdownOptionSchema }));

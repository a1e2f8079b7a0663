/**
 * The channels dropdown of the chat actions: `GET /report-channels/`, the reporting channels the API
 * key's owner can post to. DailyBot's official CLI (`api_client.py` `list_report_channels`, and a test
 * comment on the live endpoint) reads `{channels: [...], total}`, and from older deployments
 * `{results: [...]}` or a bare list; it is not paged. Its channels SKILL shows items as
 * `{uuid, name, platform, channel_id}` where the live answer has `{id, name, platform, type}`: the
 * channel's ID is `id ?? channel_id ?? uuid` (the platform's ID, which `target_channels` takes).
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import { defineDropdown, DropdownOptionSchema } from './dropdowns';
import { api, parseAnswer } from '../http/client';
import { schema } from '../schemas/lazy';

const Channel = schema((zod) =>
  zod
    .looseObject({
      id: zod.union([zod.string(), zod.number()]).nullish(),
      channel_id: zod.union([zod.string(), zod.number()]).nullish(),
      uuid: zod.string().nullish(),
      name: zod.string().nullish(),
      platform: zod.string().nullish(),
    })
    .transform((c) => ({ ...c, channelId: String(c.id ?? c.channel_id ?? c.uuid ?? '') }))
    .refine((c) => c.channelId !== '', 'has no id, channel_id or uuid'),
);

const Listing = schema((zod) =>
  zod.union([
    zod.array(zod.unknown()),
    zod.looseObject({ channels: zod.array(zod.unknown()) }).transform((l) => l.channels),
    zod.looseObject({ results: zod.array(zod.unknown()) }).transform((l) => l.results),
  ]),
);

const read = async (z: ZObject, bundle: Bundle, page: number) => {
  // one answer holds every channel: "Load more" has nothing more to give
  if (page > 0) return [];
  const items = parseAnswer(z, Listing, await api(z, bundle, { path: '/report-channels/' }), 'the list of channels');
  return items.map((item, i) => parseAnswer(z, Channel, item, `the list of channels (item ${i + 1})`));
};

const PLATFORMS: Record<string, string> = { slack: 'Slack', msteams: 'Microsoft Teams', teams: 'Microsoft Teams', google_chat: 'Google Chat', discord: 'Discord' };

export const listChannels = defineDropdown({
  key: 'list_channels',
  noun: 'Channel',
  plural: 'channels',
  path: '/report-channels/',
  item: Channel,
  read,
  option: (c) => {
    const name = c.name ? (c.name.startsWith('#') ? c.name : `#${c.name}`) : c.channelId;
    const platform = c.platform ? (PLATFORMS[c.platform.toLowerCase()] ?? c.platform) : undefined;
    return { id: c.channelId, name: platform ? `${name} (${platform})` : name };
  },
  sample: { id: 'C04C1GL9RH8', name: '#general (Slack)' },
});

export const listChannelsStep = { default: listChannels, output: DropdownOptionSchema };

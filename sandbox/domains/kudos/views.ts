/** How DailyBot shows kudos: the answer of `POST /kudos/` (seed 001) and the `kudos.posted` webhook body. */
import type { Organization } from '../../core/organization';
import { restTimestamp } from '../../core/time';
import type { User } from '../people/model';
import { userView } from '../people/views';
import type { Kudos } from './model';

/** `POST /kudos/` answers the kudos object (seed 001): `user` is the giver, null when DailyBot gave them. */
export const kudosView = (k: Kudos, users: ReadonlyMap<string, User>, org: Organization) => ({
  id: k.id,
  parent: null,
  user: k.giver && users.has(k.giver) ? userView(users.get(k.giver)!, org) : null,
  receivers: k.receivers.map((uuid) => userView(users.get(uuid)!, org)),
  company_value: k.company_value,
  content: k.content,
  is_anonymous: k.is_anonymous,
  metadata: { by_dailybot: k.by_dailybot },
  created_at: restTimestamp(k.created_at),
});

/** The user of a kudos body (giver and receivers). */
const kudosUser = (user: User) => ({
  uuid: user.uuid,
  full_name: user.full_name,
  image: user.image,
  language: user.language,
  timezone: user.timezone,
  is_active: user.is_active,
  is_approved: true,
});

/** `kudos.posted`: the giver is `giver` here (not `user` as in REST), and null when anonymous or by DailyBot. */
export const kudosBody = (k: Kudos, users: ReadonlyMap<string, User>, org: Organization) => ({
  organization_uuid: org.uuid,
  uuid: k.id,
  company_value: k.company_value,
  giver: k.is_anonymous || !k.giver || !users.has(k.giver) ? null : kudosUser(users.get(k.giver)!),
  receivers: k.receivers.map((uuid) => kudosUser(users.get(uuid)!)),
  content: k.content,
  is_anonymous: k.is_anonymous,
});


/** The organization's company values and two kudos given earlier this week. */
import type { SeedContext } from '../../core/seed';
import type { User } from '../people/model';
import { nthUser } from '../people/seed';
import type { CompanyValue, Kudos } from './model';

export const seedKudos = (ctx: SeedContext): void => {
  const { rng, now } = ctx;
  const at = (i: number): User => nthUser(ctx, i);
  const companyValues: CompanyValue[] = ['Ownership', 'Customer first', 'Teamwork', 'Keep it simple'].map((name) => ({
    id: rng.kudos.uuid(),
    name,
  }));
  const kudos: Kudos[] = [
    {
      id: rng.kudos.uuid(),
      giver: at(0).uuid,
      receivers: [at(1).uuid],
      company_value: companyValues[0]!,
      content: 'Thanks for steering the release through a rough week!',
      is_anonymous: false,
      by_dailybot: false,
      created_at: new Date(now.getTime() - 2 * 86_400_000),
    },
    {
      id: rng.kudos.uuid(),
      giver: at(1).uuid,
      receivers: [at(2).uuid, at(3).uuid],
      company_value: companyValues[2]!,
      content: 'Great pairing on the billing bug.',
      is_anonymous: false,
      by_dailybot: false,
      created_at: new Date(now.getTime() - 86_400_000),
    },
  ];
  ctx.data.companyValues = companyValues;
  ctx.data.kudos = kudos;
};

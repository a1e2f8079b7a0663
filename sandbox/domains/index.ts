/**
 * The domains of the sandbox, as DailyBot's API is split. To add one (say "workflows"), write
 * `domains/workflows/index.ts` exporting a `Domain` and add it to this list: its
 * seed, operations, routes and `/_sandbox/` routes are picked up from here, and the state's type
 * grows its operations.
 *
 * The order matters only for seeding: a domain's seed may use what earlier ones built (everyone
 * needs people; forms' templates continue the stream check-ins' templates started; the Activity
 * Hook's token comes after the API keys in the secrets stream).
 */
import { CoreState, type StateOptions } from '../core/state';
import type { Domain } from '../core/domain';
import { activity } from './activity';
import { agents } from './agents';
import { checkinAnswers } from './checkin-answers';
import { checkins } from './checkins';
import { forms } from './forms';
import { invitations } from './invitations';
import { kudos } from './kudos';
import { messaging } from './messaging';
import { mood } from './mood';
import { people } from './people';
import { standup } from './standup';
import { webhooks } from './webhooks';
import { workflows } from './workflows';

export const DOMAINS = [people, checkins, forms, kudos, messaging, activity, webhooks, workflows, invitations, checkinAnswers, standup, agents, mood] as const;

type OperationsOf<D> = D extends Domain<infer Ops> ? Ops : never;
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Every domain's operations, together. */
export type DomainOperations = Intersection<OperationsOf<(typeof DOMAINS)[number]>>;

/** The organization in memory and everything that can happen to it (see core/state.ts). */
export interface SandboxState extends CoreState, DomainOperations {}

/** Makes the public methods, getters and fields of `operations` the state's own, bound to it. */
const offer = (state: object, domain: string, operations: object): void => {
  const names = [...Object.keys(operations), ...Object.getOwnPropertyNames(Object.getPrototypeOf(operations))];
  for (const name of names) {
    if (name === 'constructor') continue;
    if (name in state) throw new Error(`Domain "${domain}" defines "${name}", which the state already has.`);
    const value: unknown = Reflect.get(operations, name);
    // a method keeps its `this`; a getter stays a getter (it reads the data reset() rebuilds)
    Object.defineProperty(
      state,
      name,
      typeof value === 'function' ? { value: value.bind(operations) } : { get: () => Reflect.get(operations, name) },
    );
  }
};

/** A freshly seeded state with every domain's operations. */
export const createState = (options: StateOptions = {}): SandboxState => {
  const state = new CoreState(DOMAINS, options) as unknown as SandboxState;
  for (const domain of DOMAINS as readonly Domain[]) {
    if (domain.operations) offer(state, domain.name, new domain.operations(state));
  }
  return state;
};

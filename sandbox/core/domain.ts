/**
 * What every part of DailyBot's API is in the sandbox: a domain (people and teams, check-ins,
 * forms, messaging, kudos, activity, webhooks…). A domain owns its data (`model.ts`, added to the
 * organization), its seed, its operations (merged into the state, so `state.completeCheckinResponse`
 * works whoever asks), its `/v1/` routes, its `/_sandbox/` routes and its answer shapes. The list
 * of domains is `domains/index.ts`: a new one is one module and one line there.
 */
import type { FastifyInstance } from 'fastify';

import type { EventName } from '../domains/webhooks/events';
import type { SandboxState } from '../domains';
import type { SeedContext } from './seed';

/** `[route, what it does]`, for `GET /_sandbox/` and `npm run sandbox`. */
export type ControlRoute = readonly [string, string];

/**
 * A domain; declare it with its operations' class named (`const kudos: Domain<KudosOperations> =
 * {…}`): the state's type is built from those classes, and a named type keeps TypeScript from
 * going round in circles (the operations take the state, whose type they make).
 */
export interface Domain<Ops extends object = object> {
  readonly name: string;
  /**
   * Builds the domain's part of the organization. Seeds run in the order of the domain list, each
   * drawing from its own random streams, so the same seed gives the same IDs.
   */
  seed?(ctx: SeedContext): void;
  /**
   * What the domain can do, added to the state (`state.postKudos(…)`): a class, made once per
   * state, whose methods and getters the state offers as its own. They read the organization
   * through `state.data` each time (`reset()` rebuilds it).
   */
  operations?: new (state: SandboxState) => Ops;
  /** Runs on `state.reset()`, before the organization is seeded again (runtime things: subscriptions…). */
  reset?(state: SandboxState): void;
  /** Its `/v1/` routes; the API key is checked before any of them. */
  routes?(app: FastifyInstance, state: SandboxState): void;
  /** Routes outside `/v1/` that need no key (the Activity Hook). */
  publicRoutes?(app: FastifyInstance, state: SandboxState): void;
  /** Its `/_sandbox/` routes (no key), and their lines in the index. */
  control?: {
    index: readonly ControlRoute[];
    routes(app: FastifyInstance, state: SandboxState): void;
  };
  /** Its useful IDs as `GET /_sandbox/` shows them. */
  showDemo?(state: SandboxState): Record<string, unknown>;
  /** A realistic body for each of its webhook events, from the organization's data (`immediate_sample_event`). */
  samples?: Partial<Record<EventName, (state: SandboxState, objects: readonly string[]) => unknown>>;
}

export type Params<K extends string> = { Params: Record<K, string> };


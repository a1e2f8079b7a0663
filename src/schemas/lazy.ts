/**
 * zod, loaded on first use.
 *
 * Zapier starts the app in a fresh process for many steps, and zod costs about as much to load as a
 * fifth of zapier-platform-core. So no schema is built when the app is loaded: `schema(build)` returns
 * a handle whose `build` runs (and loads zod) the first time the schema is used, once per process.
 * Types come from `import type`, which is erased from the JavaScript.
 *
 *     export const Team = schema((zod) => zod.object({ uuid: zod.string(), name: zod.string() }));
 *     export type Team = Infer<typeof Team>;
 *     Team.parse(data);                                  // builds, then parses
 *     schema((zod) => zod.array(Team.get()));            // compose inside another builder
 */
import type * as Zod from 'zod';

export type ZodModule = typeof Zod;

let zodModule: ZodModule | undefined;

/** The zod module, required the first time a schema is built. */
export const loadZod = (): ZodModule => (zodModule ??= require('zod') as ZodModule);

export interface LazySchema<T extends Zod.ZodType> {
  /** The zod schema itself (built on the first call). */
  get(): T;
  parse(data: unknown): Zod.output<T>;
  safeParse(data: unknown): Zod.ZodSafeParseResult<Zod.output<T>>;
}

export type Infer<S> = S extends LazySchema<infer T> ? Zod.output<T> : never;
export type InferInput<S> = S extends LazySchema<infer T> ? Zod.input<T> : never;

export const schema = <T extends Zod.ZodType>(build: (zod: ZodModule) => T): LazySchema<T> => {
  let built: T | undefined;
  const get = (): T => (built ??= build(loadZod()));
  return {
    get,
    parse: (data) => get().parse(data),
    safeParse: (data) => get().safeParse(data),
  };
};

/**
 * The hidden triggers that fill dropdowns (`dynamic: 'list_users.id.name'`), from one factory.
 * Each reads one page of a DailyBot listing per call; Zapier's "Load more" asks for the next page
 * (`bundle.meta.page` 1, 2, …) in a separate run. Page 0 reads the listing's first page; every later
 * one continues from the `next` link the page before it returned, carried between runs in Zapier's
 * `z.cursor` (with the pages already read, so a `next` pointing back ends the list instead of
 * showing the same people again). No offset or page number is ever computed here.
 */
import { defineTrigger, type Bundle, type ZObject } from 'zapier-platform-core';
import type * as Zod from 'zod';

import type { QueryValue } from '../http/client';
import { ListPosition, onePage } from '../http/paginate';
import { schema, type LazySchema } from '../schemas/lazy';
import { Checkin, Form, Team, Template, User } from '../schemas/api';
import type { StepModule } from '../steps';

export interface DropdownOption {
  id: string;
  name: string;
}

/** What every dropdown trigger outputs. */
export const DropdownOptionSchema = schema((zod) => zod.object({ id: zod.string().min(1), name: zod.string() }));

interface DropdownSpec<K extends string, T extends Zod.ZodType> {
  key: K;
  noun: string;
  /** Plural, lower case, for labels and messages ("check-ins"). */
  plural: string;
  /** The listing's path; a function of the bundle for one that depends on another field (`undefined`: nothing to offer yet). */
  path: string | ((bundle: Bundle) => string | undefined);
  params?: Record<string, QueryValue>;
  item: LazySchema<T>;
  /** The option for one item: `id` is what the field stores, `name` what the Zap builder sees. */
  option: (item: Zod.output<T>) => DropdownOption & Record<string, unknown>;
  /** Only the items this accepts are offered (filtered here when DailyBot's listing cannot filter). */
  keep?: (item: Zod.output<T>) => boolean;
  sample: DropdownOption & Record<string, unknown>;
  /** Reads page `page` (0-based) itself, for a listing that is not one of DailyBot's paged lists. */
  read?: (z: ZObject, bundle: Bundle, page: number) => Promise<Zod.output<T>[]>;
}

/** Where "Load more" goes on: the position the previous page stored, or none after the last page. */
const readCursor = async (z: ZObject, plural: string): Promise<ListPosition | undefined> => {
  let stored: string | null;
  try {
    stored = await z.cursor.get();
  } catch {
    throw new z.errors.Error(`Zapier could not recall where the list of ${plural} stopped. Close the dropdown and open it again.`, 'dropdown_cursor_lost');
  }
  if (!stored) return undefined;
  try {
    const parsed = ListPosition.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // not ours: the list ends rather than starting over
  }
};

const writeCursor = async (z: ZObject, position: ListPosition | null): Promise<void> => {
  try {
    // an empty cursor after the last page, so a later "Load more" never re-reads an old position
    await z.cursor.set(position ? JSON.stringify(position) : '');
  } catch {
    z.console.log('Zapier’s cursor store was not reachable: "Load more" will show no further items.');
  }
};

export const defineDropdown = <K extends string, T extends Zod.ZodType>(spec: DropdownSpec<K, T>) =>
  defineTrigger({
    key: spec.key,
    noun: spec.noun,
    display: {
      label: `List ${spec.noun}s`,
      description: `Triggers when a new ${spec.noun.toLowerCase()} is available (fills the ${spec.plural} dropdowns).`,
      hidden: true,
    },
    operation: {
      type: 'polling',
      canPaginate: true,
      perform: async (z: ZObject, bundle: Bundle) => {
        const asked = Number(bundle.meta?.page ?? 0);
        const page = Number.isFinite(asked) && asked > 0 ? asked : 0;
        const offer = (items: Zod.output<T>[]) => (spec.keep ? items.filter(spec.keep) : items).map(spec.option);
        if (spec.read) return offer(await spec.read(z, bundle, page));
        const path = typeof spec.path === 'string' ? spec.path : spec.path(bundle);
        if (path === undefined) return [];
        const req = { path, params: spec.params, item: spec.item, what: spec.plural, onLoop: 'stop' as const };
        let from: ListPosition | undefined;
        if (page > 0) {
          from = await readCursor(z, spec.plural);
          if (!from) return []; // the page before was the last
        }
        const listed = await onePage(z, bundle, req, from);
        await writeCursor(z, listed.position);
        return offer(listed.items);
      },
      sample: spec.sample,
      outputFields: [
        { key: 'id', label: `${spec.noun} ID` },
        { key: 'name', label: `${spec.noun} Name` },
      ],
    },
  });

export const listCheckins = defineDropdown({
  key: 'list_checkins',
  noun: 'Check-in',
  plural: 'check-ins',
  path: '/checkins/',
  item: Checkin,
  option: (c) => ({ id: c.uuid, name: c.active === false ? `${c.name} (paused)` : c.name }),
  sample: { id: 'b1b292b3-29b2-4235-8103-321ed749db8d', name: 'Team standups' },
});

export const listForms = defineDropdown({
  key: 'list_forms',
  noun: 'Form',
  plural: 'forms',
  path: '/forms/',
  item: Form,
  option: (f) => ({ id: f.uuid, name: f.is_active === false ? `${f.name} (inactive)` : f.name }),
  sample: { id: 'c3d4e5f6-a7b8-4901-8cde-f12345678902', name: 'Vacation request' },
});

export const listTemplates = defineDropdown({
  key: 'list_templates',
  noun: 'Template',
  plural: 'check-in templates',
  path: '/templates/',
  params: { type: 'checkins' },
  item: Template,
  option: (t) => ({ id: t.uuid, name: t.name }),
  sample: { id: '4e322341-1262-42fa-942a-0341d90883f6', name: 'Daily Check-in' },
});

/** A person as the people dropdowns show them: name and email, deactivated ones marked. */
export const userOption = (u: User): DropdownOption & Record<string, unknown> => {
  const who = u.email ? `${u.full_name || u.email} (${u.email})` : u.full_name || u.uuid;
  return { id: u.uuid, name: u.is_active === false ? `${who} (deactivated)` : who };
};

export const listUsers = defineDropdown({
  key: 'list_users',
  noun: 'User',
  plural: 'users',
  path: '/users/',
  params: { include_email: 'true' },
  item: User,
  option: userOption,
  sample: { id: '5945bf02-66f5-4b29-bbd6-07421dfa0a87', name: 'John Wick (john@example.com)' },
});

export const listTeams = defineDropdown({
  key: 'list_teams',
  noun: 'Team',
  plural: 'teams',
  path: '/teams/',
  item: Team,
  option: (t) => ({ id: t.uuid, name: t.active === false ? `${t.name} (inactive)` : t.name }),
  sample: { id: '13883b5b-7066-47aa-ad0c-63bbc89eb986', name: 'General' },
});

export const dropdownSteps: StepModule<ReturnType<typeof defineDropdown>>[] = [listCheckins, listForms, listTemplates, listUsers, listTeams].map(
  (definition) => ({ default: definition, output: DropdownOptionSchema }),
);

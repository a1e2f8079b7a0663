/**
 * Where a form response stands: its workflow state, its approval status and how it got there, read
 * from any response DailyBot gives (a listing item, the answer to a submission or a move).
 *
 * Shapes (dailybot-api-beyond.md §3):
 * - `current_state`, `allowed_transitions: [{to_state, label}]`, `can_change_state`, `state_history:
 *   [{from_state, to_state, actor_name, at}]`: DailyBot's CLI forms skill ("JSON shape (single
 *   response)"); DailyBot's forms docs add that actors are never given by ID (only `is_self`).
 * - `state_history` is given newest first here (DailyBot lists it oldest first): the move that made
 *   the response what it is comes first, where a Zap maps line items' first values.
 * - `flow_status` (`pending | approved | denied`): a filter of `GET /forms/{uuid}/responses/` in the
 *   CLI, and a field of the response in the form webhook bodies (`flow_status`, `flow_details`). Where
 *   an item does not carry it, the status the listing was filtered by is the item's status.
 */
import { schema, type Infer, type ZodModule } from '../schemas/lazy';
import { isoDateTime } from '../triggers/normalize/common';
import { toIsoDateTime } from '../triggers/normalize/dates';

const lenient = <T extends import('zod').ZodType>(field: T) => field.nullish().catch(undefined);

export const FLOW_STATUSES = ['pending', 'approved', 'denied'] as const;
export type FlowStatus = (typeof FLOW_STATUSES)[number];

const ResponseState = schema((zod) =>
  zod.looseObject({
    uuid: lenient(zod.string()),
    id: lenient(zod.union([zod.string(), zod.number()])),
    current_state: lenient(zod.string()),
    flow_status: lenient(zod.string()),
    can_change_state: lenient(zod.boolean()),
    allowed_transitions: lenient(zod.array(zod.looseObject({ to_state: zod.string(), label: lenient(zod.string()) }))),
    state_history: lenient(
      zod.array(
        zod.looseObject({
          from_state: lenient(zod.string()),
          to_state: lenient(zod.string()),
          actor_name: lenient(zod.string()),
          note: lenient(zod.string()),
          at: lenient(zod.union([zod.string(), zod.number()])),
        }),
      ),
    ),
  }),
);

/** The state fields every form-state output carries. */
export const stateShape = (zod: ZodModule) => ({
  current_state: zod.string().nullable(),
  flow_status: zod.enum(FLOW_STATUSES).nullable(),
  state_history: zod.array(
    zod.object({ from_state: zod.string().nullable(), to_state: zod.string().nullable(), actor_name: zod.string().nullable(), at: isoDateTime(zod).nullable() }),
  ),
});

export const StateOutput = schema((zod) => zod.object(stateShape(zod)));
export type StateOutput = Infer<typeof StateOutput>;

const asFlowStatus = (value: unknown): FlowStatus | null => {
  const v = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (FLOW_STATUSES as readonly string[]).includes(v) ? (v as FlowStatus) : null;
};

/** The state fields of a response; `filteredBy` is the status its listing was filtered by, if any. */
export const readState = (data: unknown, filteredBy?: FlowStatus) => {
  const parsed = ResponseState.safeParse(data);
  const r = parsed.success ? parsed.data : {};
  return {
    uuid: r.uuid ?? (r.id === undefined || r.id === null ? null : String(r.id)),
    state: {
      current_state: r.current_state || null,
      flow_status: asFlowStatus(r.flow_status) ?? filteredBy ?? null,
      // newest first: the move that made the response what it is now comes first
      state_history: [...(r.state_history ?? [])].reverse().map((h) => ({
        from_state: h.from_state ?? null,
        to_state: h.to_state ?? null,
        actor_name: h.actor_name ?? null,
        at: toIsoDateTime(h.at),
      })),
    } satisfies StateOutput,
    can_change_state: r.can_change_state ?? null,
    allowed_transitions: (r.allowed_transitions ?? []).map((t) => ({ to_state: t.to_state, label: t.label || t.to_state })),
  };
};

export const stateOutputFields = [
  { key: 'current_state', label: 'Current State' },
  { key: 'flow_status', label: 'Approval Status' },
  { key: 'state_history[]from_state', label: 'State Change: From State' },
  { key: 'state_history[]to_state', label: 'State Change: To State' },
  { key: 'state_history[]actor_name', label: 'State Change: Moved By' },
  { key: 'state_history[]at', label: 'State Change: Moved At', type: 'datetime' as const },
];

export const stateSample: StateOutput = {
  current_state: 'approved',
  flow_status: 'approved',
  state_history: [
    { from_state: 'requested', to_state: 'approved', actor_name: 'Priya Natarajan', at: '2024-02-06T16:40:12Z' },
  ],
};

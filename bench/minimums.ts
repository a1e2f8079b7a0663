/**
 * The fewest HTTP requests DailyBot's documented API allows for each step, with a one-line reason.
 * Derived from the API (shared/reference/seeds/001 and dailybot-api-notes.md), not from the app:
 * the benchmark compares what the app makes with these.
 *
 * People named by email: DailyBot's write endpoints take user UUIDs (send-message, send-email,
 * kudos, open-conversation, team members, PATCH /users/{uuid}/), and `GET /users/` has no email
 * or name filter, so turning emails into UUIDs needs the user listing read up to the page that holds
 * the last person named (`userPages`: 1 page in a small organization). A page is 100 people: the
 * largest both of DailyBot's paging styles serve (the docs' `limit` ≤ 250, the official CLI's
 * `page_size` ≤ 100; src/http/paginate.ts), since a step cannot know which one it meets. Exceptions take emails
 * as they are: the Activity Hook (`user_email`) and check-in reminders (`users_emails`). UUIDs need
 * no lookup. A full name would need the whole listing (two people may share it), so it is not the
 * typical input measured here.
 */
import { PAGE_SIZE } from '../src/http/paginate';

export interface Minimum {
  /** Requests besides the user listing. */
  requests: number;
  /** True when the step also needs the user listing up to the page holding the people named. */
  userPages?: boolean;
  why: string;
}

const ONE_PAGE = `one page of ${PAGE_SIZE} holds every item of this organization`;

const SUBSCRIBE: Minimum = { requests: 1, why: 'POST /webhook-subscription/: one subscription per Zap' };
const UNSUBSCRIBE: Minimum = { requests: 1, why: 'DELETE /webhook-subscription/ (hook_id + hook_url)' };
const PERFORM: Minimum = { requests: 0, why: 'the delivery carries the event; nothing to fetch' };

/** Keyed `<step> · <method or variant>`. */
export const MINIMUMS: Record<string, Minimum> = {
  'connection test': { requests: 1, why: 'GET /me/: checks the key and gives the connection label' },

  // instant triggers (the same four methods for each; performList depends on the trigger)
  subscribe: SUBSCRIBE,
  unsubscribe: UNSUBSCRIBE,
  perform: PERFORM,
  'performList · check-in chosen': {
    requests: 2,
    why: 'GET /checkins/{uuid}/responses/ has no check-in name (seed 001 §3), so GET /checkins/{uuid}/ too',
  },
  'performList · no check-in': {
    requests: 2,
    why: 'GET /checkins/ (which check-ins, with names), then the responses of one of them',
  },
  'performList · form': {
    requests: 1,
    why: 'GET /forms/{uuid}/responses/ (all=true, last 7 days); no name: form webhooks name no form, so perform has none',
  },
  'performList · no form': {
    requests: 2,
    why: 'GET /forms/ (a bare array: which forms), then the responses of one of them',
  },
  'performList · kudos': {
    requests: 1,
    why: 'GET /kudos/organization/ (org admins, who alone can subscribe to webhooks): one page of recent kudos',
  },
  'performList · kudos, not an admin': {
    requests: 2,
    why: 'GET /kudos/organization/ answers 403 org_admin_required, then GET /kudos/?filter=kudos_received',
  },
  'performList · user event': { requests: 1, why: 'GET /users/ (one page): people in the state the event leaves them in' },
  'performList · team chosen': {
    requests: 2,
    why: 'GET /teams/{uuid}/members/ has no team name (seed 001), so GET /teams/{uuid}/ too (side by side)',
  },
  'performList · no team': { requests: 2, why: 'GET /teams/ (which teams, with names), then the members of one of them' },
  'dropdown page': { requests: 1, why: 'one page of the listing per call (Zapier asks again for “Load more”)' },

  // actions
  'send_message · emails': { requests: 1, userPages: true, why: 'POST /send-message/ takes UUIDs: emails need the user listing' },
  'send_message · UUIDs': { requests: 1, why: 'POST /send-message/' },
  update_message: { requests: 1, why: 'POST /send-message/ with the bot_message_id and the targets Send Message gave (UUIDs)' },
  'ask_in_chat · emails': { requests: 1, userPages: true, why: 'POST /send-message/ with interactive buttons takes UUIDs: emails need the listing' },
  'ask_in_chat · channel': { requests: 1, why: 'POST /send-message/ with one interactive button per choice' },
  'ask_in_chat · resume': { requests: 0, why: 'the click’s callback carries the answer; nothing to fetch' },
  'send_email · emails': { requests: 1, userPages: true, why: 'POST /send-email/ takes users_uuids: emails need the user listing' },
  'send_email · UUIDs': { requests: 1, why: 'POST /send-email/' },
  'give_kudos · emails': { requests: 1, userPages: true, why: 'POST /kudos/ takes receiver UUIDs: emails need the user listing' },
  'give_kudos · UUIDs': { requests: 1, why: 'POST /kudos/' },
  'push_activity · email': { requests: 1, why: 'POST to the Activity Hook URL, which takes user_email as it is' },
  'push_activity · UUID': { requests: 1, why: 'POST to the Activity Hook URL with user_uuid' },
  create_checkin: { requests: 1, why: 'POST /checkins/ (template picked by UUID)' },
  update_checkin: { requests: 1, why: 'PATCH /checkins/{uuid}/' },
  delete_checkin: { requests: 1, why: 'DELETE /checkins/{uuid}/' },
  'send_checkin_reminder · emails': { requests: 1, why: 'POST /checkins/{uuid}/send-reminders/ takes users_emails as they are' },
  'send_checkin_reminder · everyone': { requests: 1, why: 'POST /checkins/{uuid}/send-reminders/ with no users' },
  'open_conversation · emails': { requests: 1, userPages: true, why: 'POST /open-conversation/ takes users_uuids: emails need the listing' },
  'open_conversation · UUIDs': { requests: 1, why: 'POST /open-conversation/' },
  'add_team_member · emails': { requests: 1, userPages: true, why: 'POST /teams/{uuid}/member/ takes member UUIDs: emails need the listing' },
  'add_team_member · UUIDs': { requests: 1, why: 'POST /teams/{uuid}/member/' },
  'remove_team_member · email': { requests: 1, userPages: true, why: 'DELETE /teams/{uuid}/member/{user-uuid}/: the email needs the listing' },
  'remove_team_member · UUID': { requests: 1, why: 'DELETE /teams/{uuid}/member/{user-uuid}/' },
  'update_user · email': { requests: 1, userPages: true, why: 'PATCH /users/{uuid}/: the email needs the listing' },
  'update_user · UUID': { requests: 1, why: 'PATCH /users/{uuid}/' },
  submit_form_response: {
    requests: 2,
    why: 'POST /forms/{uuid}/responses/, and GET /forms/{uuid}/ first: answers are checked against the form’s questions as they are now, before sending (issue 13)',
  },
  change_form_response_state: { requests: 1, why: 'POST /forms/{uuid}/responses/{uuid}/transition/' },
  trigger_workflow: { requests: 1, why: 'POST /workflows/{uuid}/trigger/ (workflow picked by ID)' },
  invite_user: { requests: 1, why: 'POST /invite-user/ takes emails as they are' },
  send_workflow_event: { requests: 1, why: 'POST to the Workflow Trigger URL: the event type and data as they are' },
  submit_checkin_response: {
    requests: 2,
    why: 'POST /checkins/{uuid}/responses/ needs each question’s UUID and position, and GET /checkins/{uuid}/detail/ first checks the answers against the questions as they are now',
  },
  log_agent_report: { requests: 1, why: 'POST /agent-reports/ takes co-authors as emails or UUIDs, as they are' },
  post_standup_update: { requests: 1, why: 'POST /cli/updates/: DailyBot finds the key owner’s pending check-ins itself' },
  track_mood: { requests: 1, why: 'POST /mood/track/' },
  update_form_response: {
    requests: 2,
    why: 'PATCH /forms/{uuid}/responses/{rid}/, and GET /forms/{uuid}/ first: the answers are checked against the form’s questions as they are now, as Submit Form Response does',
  },
  delete_form_response: { requests: 1, why: 'DELETE /forms/{uuid}/responses/{rid}/' },
  'find_form_response · ID': {
    requests: 2,
    why: 'GET /forms/{uuid}/responses/{rid}/, and GET /forms/{uuid}/: a REST response names no questions, so the form places its answers',
  },
  'find_form_response · filters': {
    requests: 2,
    why: 'GET /forms/{uuid}/responses/ (filters, order=recent, one page of the 100 newest; its count is every match), then GET /forms/{uuid}/ for the questions',
  },

  // polling triggers
  'form_response_state_changed · poll': {
    requests: 1,
    why: 'GET /forms/{uuid}/responses/?all=true&order=recent with flow_status/state: one page holds every response since the last poll',
  },

  // searches
  'find_user · email': { requests: 0, userPages: true, why: 'GET /users/ has no email filter: pages up to the one holding the match' },
  'find_user · UUID': { requests: 1, why: 'GET /users/{uuid}/' },
  'find_team · name': { requests: 1, why: `GET /teams/ (no name filter; ${ONE_PAGE})` },
  'find_team · UUID': { requests: 1, why: 'GET /teams/{uuid}/' },
  'find_checkin · name': { requests: 1, why: `GET /checkins/ (no name filter; ${ONE_PAGE})` },
  'find_checkin_responses': {
    requests: 2,
    why: 'GET /checkins/{uuid}/responses/, and GET /checkins/{uuid}/ for the name the listing lacks',
  },
  find_checkin_non_respondents: {
    requests: 1,
    userPages: true,
    why: `GET /checkins/?include_pending_users=true (${ONE_PAGE}); pending_users names no email in the only shape sources guess, so the user listing up to the page holding them`,
  },
  'find_checkin_responses · user by email': {
    requests: 2,
    userPages: true,
    why: 'as above; the responses’ `user` filter takes a UUID only, so the email needs the listing',
  },
};

/** The minimum for `id`, given how many pages of the user listing hold the people named. */
export const minimumOf = (id: string, userPages: number): number => {
  const min = MINIMUMS[id];
  if (!min) throw new Error(`No minimum is written down for “${id}”.`);
  return min.requests + (min.userPages ? userPages : 0);
};

/** Pages of `pageSize` needed to reach the items at `positions` (0-based) of a listing. */
export const pagesToReach = (positions: readonly number[], pageSize = PAGE_SIZE): number =>
  positions.length === 0 ? 0 : Math.floor(Math.max(...positions) / pageSize) + 1;

/** RESULTS.md's account of the minimums: why emails cost the listing, and the table above. */
export const minimumsMarkdown = (): string[] => [
  '## The minimum per step (bench/minimums.ts)',
  '',
  'People named by email: DailyBot’s write endpoints take user UUIDs and `GET /users/` has no email filter, so emails',
  `cost the user listing up to the page holding the last person named (one page of ${PAGE_SIZE} in the 25-user sandbox).`,
  'The Activity Hook and check-in reminders take emails as they are. UUIDs need no lookup.',
  '',
  '| Step | Minimum | Why |',
  '|---|---|---|',
  ...Object.entries(MINIMUMS).map(([id, m]) => `| ${id} | ${m.requests}${m.userPages ? ' + user listing pages' : ''} | ${m.why} |`),
  '',
];

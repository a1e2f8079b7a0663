/**
 * How DailyBot shows forms and form responses: `GET /forms/` (seed 002) and the `forms.response.*`
 * webhook bodies of dailybot-api-notes.md §1.3 (also the items of `GET /forms/{uuid}/responses/`,
 * whose own shape DailyBot has not published).
 */
import type { Organization } from '../../core/organization';
import { offsetTimestamp } from '../../core/time';
import { webhookFields } from '../checkins/views';
import type { Template } from '../checkins/model';
import type { User } from '../people/model';
import { webhookUser } from '../people/views';
import type { Form, FormResponse } from './model';

/** `GET /forms/`: a bare array of these. */
export const formView = (f: Form) => ({
  id: f.id,
  name: f.name,
  is_active: f.is_active,
  collect_responses_anonymously: f.collect_responses_anonymously,
  privacy: f.privacy,
  shortcut: f.shortcut,
  start_on: f.start_on,
  end_on: f.end_on,
  is_archive: f.is_archive,
});

/**
 * `forms.response.created|updated|deleted`. The body names no form (as in DailyBot's sample):
 * subscribers know it from `subscribed_objects`. `responses` is DailyBot's own flat copy.
 */
export const formResponseBody = (r: FormResponse, template: Template, user: User | undefined, org: Organization) => {
  const responses: Record<string, string> = {};
  template.questions.forEach((q, i) => {
    responses[`question_${i + 1}`] = q.question;
    responses[`question_${i + 1}_short`] = q.question_short;
    responses[`response_${i + 1}`] = r.content[q.uuid] ?? '';
  });
  return {
    uuid: r.uuid,
    ...(r.is_anonymous || !user ? {} : { user: webhookUser(user) }),
    is_anonymous: r.is_anonymous,
    is_guest_user: r.user === null,
    content: { ...r.content },
    created_at: offsetTimestamp(r.created_at, org.timezone),
    updated_at: offsetTimestamp(r.updated_at, org.timezone, true),
    metadata: { response_from_workflow: false },
    responses,
    questions: { fields: webhookFields(template), has_questions_variations: false, has_conditional_questions: false },
    has_issue: false,
    blockers_status: {},
    edited: r.edited,
    response_completed: true,
    flow_status: r.flow_status,
    flow_details: [],
  };
};

/**
 * `GET /forms/{uuid}/`: the "canonical detail JSON" of DailyBot's CLI forms skill. Questions in the
 * skill's shape (`required`, `short_question`, `choices`); a question type the sandbox's templates
 * have beyond the skill's four (`date`) is shown as it is.
 */
export const formDetailView = (f: Form, template: Template) => ({
  uuid: f.id,
  slug: f.shortcut,
  name: f.name,
  is_active: f.is_active,
  is_archived: f.is_archive,
  is_anonymous: f.collect_responses_anonymously,
  allow_public_responses: false,
  public_url: null,
  require_email_and_name: f.require_email_and_name,
  brand_with_logo: false,
  allow_reopen_from_final_state: f.allow_reopen_from_final_state,
  workflow: f.workflow ? { enabled: true, states: f.workflow.map((s, order) => ({ ...s, order })) } : null,
  who_can_edit: { mode: 'owner_and_admins' },
  who_can_see_responses: { mode: 'everyone' },
  who_can_change_states: f.state_changers === 'everyone' ? { mode: 'everyone' } : { mode: 'restricted', user_uuids: [...f.state_changers], team_uuids: [] },
  use_for_approval: f.use_for_approval,
  approvers: { user_uuids: [], team_uuids: [] },
  command_enabled: true,
  command: f.shortcut,
  report_channels: [],
  questions: template.questions.map((q, index) => ({
    uuid: q.uuid,
    index,
    question: q.question,
    question_type: q.question_type,
    required: !q.is_optional,
    is_blocker: q.is_blocker,
    short_question: q.question_short,
    choices: [],
    variations: [],
    logic: null,
  })),
});

/** A response's workflow fields ("JSON shape (single response)" of the CLI forms skill), for the caller. */
export const responseStateView = (
  r: FormResponse,
  moves: ReadonlyArray<{ to_state: string; label: string }>,
  canChange: boolean,
  org: Organization,
) => ({
  form_id: r.form,
  current_state: r.current_state,
  allowed_transitions: moves,
  can_change_state: canChange,
  state_history: r.state_history.map((h) => ({
    from_state: h.from_state,
    to_state: h.to_state,
    actor_name: h.actor_name,
    note: h.note,
    at: offsetTimestamp(h.at, org.timezone),
  })),
});


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
    flow_status: null,
    flow_details: [],
  };
};


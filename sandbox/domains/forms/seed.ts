/**
 * Forms of "Acme Robotics" (Vacation request, Anonymous feedback, IT help request), their templates
 * (continuing the templates stream after check-ins' three) and a few responses.
 */
import type { Random } from '../../core/random';
import { ascii, type SeedContext } from '../../core/seed';
import { addDays } from '../../core/time';
import type { Template } from '../checkins/model';
import { question } from '../checkins/seed';
import type { User } from '../people/model';
import { nthUser } from '../people/seed';
import type { Form, FormResponse, StateChange } from './model';

const buildTemplates = (rng: Random): Template[] => [
  {
    uuid: rng.uuid(),
    name: 'Vacation request',
    type: 'forms',
    system_default: true,
    questions: [
      question(rng, 'When does your vacation start?', 'Start date', { question_type: 'date' }),
      question(rng, 'When are you back?', 'End date', { question_type: 'date' }),
      question(rng, 'Who covers for you while you are away?', 'Cover'),
    ],
    intro: '',
    outro: '',
  },
  {
    uuid: rng.uuid(),
    name: 'Anonymous feedback',
    type: 'forms',
    system_default: false,
    questions: [question(rng, 'What should we start, stop or continue doing?', 'Feedback')],
    intro: '',
    outro: '',
  },
  {
    uuid: rng.uuid(),
    name: 'IT help request',
    type: 'forms',
    system_default: false,
    questions: [
      question(rng, 'What do you need help with?', 'Request'),
      question(rng, 'How urgent is it (low, medium, high)?', 'Urgency'),
    ],
    intro: '',
    outro: '',
  },
];

export const seedForms = (ctx: SeedContext): void => {
  const { rng, today, now, data } = ctx;
  const templates = buildTemplates(rng.templates);
  const [vacationT, feedbackT, itT] = templates as [Template, Template, Template];
  const at = (i: number): User => nthUser(ctx, i);

  const form = (name: string, template: Template, fields: Partial<Form> = {}): Form => ({
    id: rng.forms.uuid(),
    name,
    is_active: true,
    collect_responses_anonymously: false,
    privacy: 'everyone',
    shortcut: ascii(name.split(' ')[0]!),
    start_on: addDays(today, -120),
    end_on: null,
    is_archive: false,
    template: template.uuid,
    workflow: null,
    use_for_approval: false,
    require_email_and_name: false,
    allow_reopen_from_final_state: false,
    state_changers: 'everyone',
    ...fields,
  });
  const manager = data.users.get(data.demo.manager)!;
  // an approval flow and a workflow (DailyBot's CLI forms skill: approval + states + audiences)
  const vacation = form('Vacation request', vacationT, {
    workflow: [
      { key: 'requested', label: 'Requested', color: '#9CA3AF' },
      { key: 'in_review', label: 'In review', color: '#F59E0B' },
      { key: 'approved', label: 'Approved', color: '#10B981' },
    ],
    use_for_approval: true,
  });
  const feedback = form('Anonymous feedback', feedbackT, { collect_responses_anonymously: true, shortcut: 'feedback' });
  // a workflow only the manager may move responses in (a restricted audience without the key's owner)
  const itHelp = form('IT help request', itT, {
    shortcut: 'it',
    workflow: [
      { key: 'open', label: 'Open', color: '#9CA3AF' },
      { key: 'in_progress', label: 'In progress', color: '#F59E0B' },
      { key: 'done', label: 'Done', color: '#10B981' },
    ],
    require_email_and_name: true,
    state_changers: [manager.uuid],
  });
  const forms = [vacation, feedback, itHelp];

  const formResponse = (f: Form, t: Template, user: User, answers: string[], daysAgo: number, decided?: 'approved'): FormResponse => {
    const created = new Date(now.getTime() - daysAgo * 86_400_000 - rng.forms.int(0, 3_600_000));
    const first = f.workflow?.[0]?.key ?? null;
    const history: StateChange[] = first ? [{ from_state: null, to_state: first, actor_name: user.full_name, note: null, at: created }] : [];
    if (decided && f.workflow) {
      const at = new Date(created.getTime() + 3_600_000);
      history.push({ from_state: first, to_state: decided, actor_name: manager.full_name, note: 'Enjoy!', at });
    }
    return {
      uuid: rng.forms.uuid(),
      form: f.id,
      user: user.uuid,
      is_anonymous: f.collect_responses_anonymously,
      content: Object.fromEntries(t.questions.map((q, i) => [q.uuid, answers[i] ?? ''])),
      created_at: created,
      updated_at: created,
      edited: false,
      current_state: history.at(-1)?.to_state ?? null,
      flow_status: f.use_for_approval ? (decided ?? 'pending') : null,
      state_history: history,
      source: f.collect_responses_anonymously ? 'anonymous' : 'member',
      guest: null,
    };
  };
  const formResponses = [
    formResponse(vacation, vacationT, at(2), [addDays(today, 14), addDays(today, 21), 'Mei covers the on-call.'], 3, 'approved'),
    formResponse(vacation, vacationT, at(3), [addDays(today, 30), addDays(today, 33), 'Sam'], 1),
    formResponse(feedback, feedbackT, at(1), ['<p>Start: written agendas for every meeting.</p>'], 2),
    formResponse(feedback, feedbackT, at(0), ['<p>Continue: demo Fridays!</p>'], 0),
    formResponse(itHelp, itT, at(3), ['My laptop battery drains in an hour.', 'medium'], 1),
  ];

  for (const t of templates) data.templates.set(t.uuid, t);
  data.forms = new Map(forms.map((f) => [f.id, f]));
  data.formResponses = new Map(formResponses.map((r) => [r.uuid, r]));
  data.formResponseQuota = null;
  data.formResponseEditRefusal = 'none';
  Object.assign(data.demo, { vacationForm: vacation.id, anonymousForm: feedback.id, itHelpForm: itHelp.id });
};

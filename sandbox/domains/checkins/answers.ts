/**
 * Answers to a template's questions, shared by check-in and form responses: as the state takes them
 * (a list in question order, or keyed by question UUID), with sample answers for the questions not
 * answered, and the blocker read from the blocker question's answer.
 */
import { BodyCheck, isPlainObject } from '../../core/checks';
import { invalid } from '../../core/errors';
import type { Random } from '../../core/random';
import type { Template } from './model';

/** Answers: in question order, or keyed by question UUID. */
export type Answers = string[] | Record<string, string>;

/** Answers to the blocker question that mean "no blocker". */
const NO_BLOCKER = /^\s*(no|nope|none|nothing|n\/a|na|-|no blockers?)\s*[.!]*\s*$/i;

const SAMPLE_ANSWERS = {
  progress: ['Closed the sprint tickets.', 'Reviewed the release notes.', 'Fixed two bugs in the export.'],
  plans: ['Pair on the deployment script.', 'Write the migration guide.', 'Demo the new dashboard.'],
  blocker: 'Waiting for access to the production logs.',
};

/**
 * The content (question UUID → answer) and blockers of a response: `answers` over `base` (the
 * current answers when editing), sample answers for the rest. `blocker`: true/false forces a blocker
 * (or none), a string is the blocker answer; by default it is read from the answer.
 */
export const answersFor = (
  rng: Random,
  template: Template,
  answers: Answers | undefined,
  blocker: boolean | string | undefined,
  base?: Record<string, string>,
) => {
  const content: Record<string, string> = { ...base };
  template.questions.forEach((q, i) => {
    const given = Array.isArray(answers) ? answers[i] : answers?.[q.uuid];
    if (given !== undefined) content[q.uuid] = String(given);
    else if (content[q.uuid] === undefined) {
      if (q.is_blocker) content[q.uuid] = 'No';
      else content[q.uuid] = rng.pick(i === 0 ? SAMPLE_ANSWERS.progress : SAMPLE_ANSWERS.plans);
    }
  });
  const blockers: Record<string, boolean> = {};
  for (const q of template.questions.filter((x) => x.is_blocker)) {
    if (typeof blocker === 'string') content[q.uuid] = blocker;
    else if (blocker === true && NO_BLOCKER.test(content[q.uuid] ?? '')) content[q.uuid] = SAMPLE_ANSWERS.blocker;
    else if (blocker === false) content[q.uuid] = 'No';
    const answer = content[q.uuid] ?? '';
    if (answer.trim() !== '' && !NO_BLOCKER.test(answer)) blockers[q.uuid] = true;
  }
  const unknown = Array.isArray(answers) ? [] : Object.keys(answers ?? {}).filter((k) => !template.questions.some((q) => q.uuid === k));
  if (unknown.length > 0) throw invalid({ answers: [`Not a question of this check-in or form: ${unknown.join(', ')}.`] });
  if (Array.isArray(answers) && answers.length > template.questions.length) {
    throw invalid({ answers: [`Give at most ${template.questions.length} answers, one per question.`] });
  }
  return { content, blockers };
};

/** `answers` of a `/_sandbox/` request body: a list of strings or an object keyed by question UUID. */
export const readAnswers = (check: BodyCheck): Answers | undefined => {
  const value = check.body.answers;
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.every((a) => typeof a === 'string')) return value as string[];
  if (isPlainObject(value) && Object.values(value).every((a) => typeof a === 'string')) return value as Record<string, string>;
  check.fail('answers', 'Give the answers as a list of strings (in question order) or an object {question UUID: answer}.');
  return undefined;
};

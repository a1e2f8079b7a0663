/** Check-in responses written through the API, as the key's owner (issue 20). */
import type { Domain } from '../../core/domain';
import { CHECKIN_ANSWERS_CONTROL, checkinAnswerRoutes, checkinAnswersControl } from './routes';
import { CheckinAnswerOperations } from './state';

export const checkinAnswers: Domain<CheckinAnswerOperations> = {
  name: 'checkin-answers',
  seed: (ctx) => {
    ctx.data.answerRules = new Map();
  },
  operations: CheckinAnswerOperations,
  routes: checkinAnswerRoutes,
  control: { index: CHECKIN_ANSWERS_CONTROL, routes: checkinAnswersControl },
};

/** `/_sandbox/` routes for messages: someone clicks a button (its callback_url gets the click), or a message grows old. */
import type { FastifyInstance } from 'fastify';

import { BodyCheck } from '../../core/checks';
import type { ControlRoute } from '../../core/domain';
import type { SandboxState } from '..';

export const MESSAGING_CONTROL: readonly ControlRoute[] = [
  ['POST   /_sandbox/messages/click', 'click a button {bot_message_id, button: label or number, user?} → POST to its callback_url'],
  ['POST   /_sandbox/messages/age', 'make a sent message older {bot_message_id, hours} (72-hour edit window)'],
];

export const messagingControl = (app: FastifyInstance, state: SandboxState): void => {
  app.post('/messages/click', async (req) => {
    const check = new BodyCheck(req.body, ['bot_message_id', 'button', 'user']);
    const id = check.string('bot_message_id', { required: true });
    const button = check.body.button;
    const user = check.string('user', { nullable: true }) ?? undefined;
    if (typeof button !== 'string' && !(typeof button === 'number' && Number.isInteger(button) && button >= 1)) {
      check.fail('button', 'Give the button’s label or its number (1 = the first).');
    }
    check.done();
    return state.clickButton(id!, { button: button as string | number, user });
  });
  app.post('/messages/age', async (req) => {
    const check = new BodyCheck(req.body, ['bot_message_id', 'hours']);
    const id = check.string('bot_message_id', { required: true });
    const hours = check.body.hours;
    if (typeof hours !== 'number' || !(hours > 0)) check.fail('hours', 'A positive number of hours.');
    check.done();
    state.ageMessage(id!, hours as number);
    return { bot_message_id: id };
  });
};

/** Every action of the app. */
import type { Create } from 'zapier-platform-core';

import { stepsByKey, type StepModule } from '../steps';
import * as addTeamMember from './add-team-member';
import * as askInChat from './ask-in-chat';
import * as changeFormResponseState from './change-form-response-state';
import * as createCheckin from './create-checkin';
import * as deleteCheckin from './delete-checkin';
import * as deleteFormResponse from './delete-form-response';
import * as giveKudos from './give-kudos';
import * as inviteUser from './invite-user';
import * as logAgentReport from './log-agent-report';
import * as openConversation from './open-conversation';
import * as postStandupUpdate from './post-standup-update';
import * as pushActivity from './push-activity';
import * as removeTeamMember from './remove-team-member';
import * as sendCheckinReminder from './send-checkin-reminder';
import * as sendEmail from './send-email';
import * as sendMessage from './send-message';
import * as sendWorkflowEvent from './send-workflow-event';
import * as submitCheckinResponse from './submit-checkin-response';
import * as submitFormResponse from './submit-form-response';
import * as trackMood from './track-mood';
import * as triggerWorkflow from './trigger-workflow';
import * as updateCheckin from './update-checkin';
import * as updateFormResponse from './update-form-response';
import * as updateMessage from './update-message';
import * as updateUser from './update-user';

export const createSteps: StepModule<Create>[] = [
  sendMessage,
  updateMessage,
  askInChat,
  sendEmail,
  giveKudos,
  pushActivity,
  createCheckin,
  updateCheckin,
  deleteCheckin,
  sendCheckinReminder,
  openConversation,
  addTeamMember,
  removeTeamMember,
  updateUser,
  submitFormResponse,
  changeFormResponseState,
  updateFormResponse,
  deleteFormResponse,
  triggerWorkflow,
  sendWorkflowEvent,
  inviteUser,
  submitCheckinResponse,
  postStandupUpdate,
  logAgentReport,
  trackMood,
];

export const creates = stepsByKey(createSteps);

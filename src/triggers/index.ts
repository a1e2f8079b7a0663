/** Every trigger of the app: the instant ones, then the hidden dropdown feeds. */
import type { Trigger } from 'zapier-platform-core';

import { stepsByKey, type StepModule } from '../steps';
import * as checkinBlockerReported from './checkin-blocker-reported';
import * as checkinResponseCompleted from './checkin-response-completed';
import * as checkinResponseDeleted from './checkin-response-deleted';
import * as checkinResponseUpdated from './checkin-response-updated';
import { dropdownSteps } from './dropdowns';
import * as formResponseCreated from './form-response-created';
import * as formResponseDeleted from './form-response-deleted';
import * as formResponseStateChanged from './form-response-state-changed';
import * as formResponseUpdated from './form-response-updated';
import * as kudosPosted from './kudos-posted';
import { listChannelsStep } from './list-channels';
import { listFormResponsesStep } from './list-form-responses';
import { listFormStates } from './list-form-states';
import { listWorkflows } from './list-workflows';
import { narrowingDropdownSteps } from './narrowing-dropdowns';
import * as teamMemberAdded from './team-member-added';
import * as teamMemberRemoved from './team-member-removed';
import * as userActivated from './user-activated';
import * as userDeactivated from './user-deactivated';

/** The REST-hook triggers, in the order a Zap builder meets them. */
export const instantTriggerSteps: StepModule<Trigger>[] = [
  checkinResponseCompleted,
  checkinBlockerReported,
  checkinResponseUpdated,
  checkinResponseDeleted,
  formResponseCreated,
  formResponseUpdated,
  formResponseDeleted,
  kudosPosted,
  userActivated,
  userDeactivated,
  teamMemberAdded,
  teamMemberRemoved,
];

/** The polling triggers (DailyBot has no webhook for these events). */
export const pollingTriggerSteps: StepModule<Trigger>[] = [formResponseStateChanged];

export const triggerSteps: StepModule<Trigger>[] = [...instantTriggerSteps, ...pollingTriggerSteps, ...dropdownSteps, listChannelsStep, ...narrowingDropdownSteps, listFormStates, listWorkflows, listFormResponsesStep];

export const triggers = stepsByKey(triggerSteps);

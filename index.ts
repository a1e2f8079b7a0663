/**
 * DailyBot for Zapier. This file only lists what the app is made of; each step lives in its own file
 * under src/triggers, src/creates and src/searches.
 */
import zapier, { defineApp } from 'zapier-platform-core';

import packageJson from './package.json';
import { authentication } from './src/authentication';
import { creates } from './src/creates';
import './src/http/environment';
import { addDailyBotHeaders, handleDailyBotErrors } from './src/http/middleware';
import { DAILYBOT_THROTTLE } from './src/http/throttle';
import { searches, searchOrCreates } from './src/searches';
import { triggers } from './src/triggers';

export default defineApp({
  version: packageJson.version,
  platformVersion: zapier.version,
  authentication,
  beforeRequest: [addDailyBotHeaders],
  afterResponse: [handleDailyBotErrors],
  // DailyBot's pace: runs past it queue instead of failing (the numbers are explained in src/http/throttle.ts)
  throttle: DAILYBOT_THROTTLE,
  triggers,
  creates,
  searches,
  searchOrCreates,
});

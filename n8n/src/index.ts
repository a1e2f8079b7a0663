/** Everything the package offers, bundled into dist/dailybot.js (n8n/scripts/build.js). */
export { DailyBotApi } from '../credentials/DailyBotApi.credentials';
export { DailyBot } from '../nodes/DailyBot/DailyBot.node';
export { DailyBotTrigger } from '../nodes/DailyBot/DailyBotTrigger.node';
export { DailyBotFormApprovalTrigger } from '../nodes/DailyBot/DailyBotFormApprovalTrigger.node';

/**
 * The Zapier app's configuration comes from the environment (`DAILYBOT_API_URL`, `DAILYBOT_TIMEOUT_MS`),
 * read at each request so tests and the local sandbox can point the app elsewhere. index.ts imports
 * this; the n8n package never does (n8n forbids `process`: it carries its configuration per run).
 */
import { setDefaultApiConfig } from './config';

setDefaultApiConfig(() => ({ apiUrl: process.env.DAILYBOT_API_URL, timeoutMs: Number(process.env.DAILYBOT_TIMEOUT_MS) || undefined }));

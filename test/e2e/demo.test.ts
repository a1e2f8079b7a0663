/** `npm start` (sandbox/demo.ts) runs the demo Zap to the end, readably, quickly, and shows no secret. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '../..');

jest.setTimeout(30_000);

const demo = async (...args: string[]) => {
  const { stdout, stderr } = await run(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['sandbox/demo.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` },
    timeout: 25_000,
  });
  return { stdout, stderr };
};

it('runs every step in order, ends with the outbox, exits 0', async () => {
  // how long it takes is not a test's business (timings belong to npm run bench); the run's timeout only stops a hang
  const { stdout, stderr } = await demo();
  expect(stderr).toBe('');
  const headings = stdout.split('\n').filter((line) => /^\d+\. /.test(line));
  expect(headings.map((line) => line.replace(/\s+\d+ ms$/, ''))).toEqual([
    '1. Connect DailyBot (authentication.test)',
    '2. Turn on “New Blocker in Check-in” (performSubscribe)',
    '3. A member answers “Daily Standup” with a blocker (sandbox)',
    '4. The trigger reads the delivery (perform)',
    '5. Find User: the member’s manager',
    '6. Send Message to the manager',
    '7. Ask the manager “Can you help?” and wait (Ask in Chat)',
    '8. Give Kudos to the member',
    '9. Log Activity (the Activity Hook)',
    '10. Turn the trigger off (performUnsubscribe)',
    '11. Another blocker after turning off: nothing is delivered',
    '12. Turn on “Form Response Approved, Denied or Moved” (first poll)',
    '13. A member requests vacation; the manager approves it (sandbox)',
    '14. The next poll finds the approval (perform)',
    '15. Send Message to the requester',
    '16. Run Workflow “Vacation approved: update the team calendar”',
    '17. The CI pipeline finishes and posts to the Zap’s catch hook',
    '18. Log Agent Report with the developer as co-author',
    '19. Alex Rivera’s “Daily Standup” now holds the report (sandbox)',
    '20. Post Stand-up Update adds a line',
    '21. Send Workflow Event “ci_pipeline_finished”',
  ]);
  for (const line of headings) expect(line).toMatch(/\d+ ms$/);
  expect(stdout).toContain('label       Acme Robotics (Alex Rivera)');
  expect(stdout).toContain('found       Priya Natarajan <priya.natarajan@acme-robotics.example>, Engineering Manager');
  expect(stdout).toMatch(/requests {4}GET \/v1\/users\/\?include_email=true&limit=100&page_size=100 → 200\n {15}POST \/v1\/send-message\/ → 200/);
  expect(stdout).toMatch(/POST \/activity\/••••\/ → 200/);
  expect(stdout).toContain('deliveries  0 to the catch hook, 0 sent by DailyBot');
  expect(stdout).toMatch(/#1 message {2}to Priya Natarajan: 🚧 /);
  // the manager clicks “Yes” in chat; the Zap resumes with that answer and goes on with it
  expect(stdout).toContain('answer      Yes (by Priya Natarajan)');
  expect(stdout).toMatch(/#2 message {2}to Priya Natarajan: Can you help /);
  expect(stdout).toMatch(/#3 click {4}Priya Natarajan clicked “Yes” → callback 200/);
  expect(stdout).toMatch(/#4 kudos {4}Alex Rivera → /);
  expect(stdout).toContain('message = Blocker escalated to Priya Natarajan (can help: Yes)');
  expect(stdout).toMatch(/#5 activity .* · blocker_escalated: /);
  // the second Zap: 1 request per poll, the user listing and the message, the workflow
  expect(stdout).toMatch(/#6 message {2}to \S+ \S+: 🌴 Your vacation \(2030-07-01 to 2030-07-05\) is approved/);
  expect(stdout).toMatch(/#7 workflow Vacation approved: update the team calendar by Alex Rivera/);
  // one z.cache for the connection, as Zapier keeps it: Give Kudos and the second Zap's Send Message find the people in
  // the directory Send Message listed, so the demo prints the requests Zapier would make (2 listings, not 4)
  expect(stdout).toMatch(/kudos id .*\n {3}requests {4}POST \/v1\/kudos\/ → 201\n/);
  expect(stdout).toMatch(/message = 🌴 .*\n {3}requests {4}POST \/v1\/send-message\/ → 200\n/);
  expect(stdout.match(/GET \/v1\/users\/\?include_email/g)).toHaveLength(2);
  // the third Zap: the CI pipeline's report lands in the developer's stand-up, their update adds a line, the event is sent
  expect(stdout).toMatch(/report {6}https:\/\/app\.dailybot\.com\/agents\/report\/[0-9a-f-]{36}\n {3}requests {4}POST \/v1\/agent-reports\/ → 201\n/);
  expect(stdout).toContain('stand-up    Build #412 of billing-service passed on main (co-authored with CI pipeline)');
  expect(stdout).toMatch(/check-ins {3}Daily Standup \(updated\)[^\n]*\n {3}requests {4}POST \/v1\/cli\/updates\/ → 200\n {3}stand-up {4}Build #412 [^\n]*\n {15}Watching billing-service #412 roll out to production\n/);
  expect(stdout).toMatch(/requests {4}POST \/workflow-trigger\/••••\/ → 200/);
  expect(stdout).toMatch(/#8 workflow_event event ci_pipeline_finished with \{"pipeline":"billing-service"/);
  expect(stdout).toMatch(/^Done: 21 steps, 16 requests to DailyBot, \d+ ms in all\.$/m);
  // short lines, no JSON dumps, no secrets (the sandbox's key and hook token start like this)
  expect(Math.max(...stdout.split('\n').map((line) => line.length))).toBeLessThanOrEqual(120);
  expect(stdout).not.toMatch(/^\s*[{[]\s*$/m);
  expect(stdout).not.toMatch(/sandbox-[0-9a-f]{8}|\/activity\/[0-9a-f]{8}|\/workflow-trigger\/[0-9a-f]{8}/);
});

it('--verbose shows every output and request in full, still without secrets', async () => {
  const { stdout } = await demo('--verbose');
  expect(stdout).toContain('"organization_name": "Acme Robotics"');
  expect(stdout).toContain('"x-api-key": "••••"');
  expect(stdout).toContain('"bearer": "••••"');
  expect(stdout).not.toMatch(/sandbox-[0-9a-f]{8}|\/activity\/[0-9a-f]{8}/);
});

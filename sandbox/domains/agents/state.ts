/** Posting an agent report, and adding it to each co-author's stand-ups for today. */
import type { SandboxState } from '..';
import type { AgentReport } from './model';

export class AgentOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  get agentReports(): readonly AgentReport[] {
    return this.#s.data.agentReports;
  }

  postAgentReport(fields: Omit<AgentReport, 'id' | 'created_at'>): AgentReport {
    const report: AgentReport = { ...fields, id: this.#s.rng.uuid(), created_at: this.#s.now() };
    this.#s.data.agentReports.push(report);
    const { completed = [], in_progress = [], blockers = [] } = report.structured;
    const parts = {
      done: completed.length > 0 ? completed.join('\n') : report.content,
      ...(in_progress.length > 0 ? { doing: in_progress.join('\n') } : {}),
      ...(blockers.length > 0 ? { blocked: blockers.join('\n') } : {}),
    };
    for (const uuid of report.co_authors) {
      const user = this.#s.users.get(uuid);
      if (!user) continue;
      for (const checkin of this.#s.standupsOf(user)) this.#s.addToStandup(checkin, user, parts, report.agent_name, ` (co-authored with ${report.agent_name})`);
    }
    return report;
  }
}

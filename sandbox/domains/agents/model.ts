/** Agent reports (`POST /agent-reports/`, dailybot-api-more.md §3.1): what bots, CI jobs and coding agents report. */
export interface AgentReport {
  id: string;
  agent_name: string;
  content: string;
  structured: { completed?: string[]; in_progress?: string[]; blockers?: string[] };
  metadata: Record<string, unknown>;
  is_milestone: boolean;
  /** The co-authors DailyBot resolved (the others are dropped silently). */
  co_authors: string[];
  /** The key owner who posted it. */
  by: string;
  created_at: Date;
}

declare module '../../core/organization' {
  interface OrganizationData {
    agentReports: AgentReport[];
  }
}

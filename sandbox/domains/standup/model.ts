/**
 * Stand-up updates (`POST /cli/updates/`, dailybot-api-more.md §2) and what agent reports add to
 * co-authors' stand-ups (§3.1): each addition is kept, for tests and the demo to see where it went.
 */
export interface StandupAddition {
  user: string;
  checkin: string;
  response: string;
  action: 'created' | 'updated';
  /** `cli_update` or the agent's name. */
  source: string;
  at: Date;
}

declare module '../../core/organization' {
  interface OrganizationData {
    standupAdditions: StandupAddition[];
  }
}

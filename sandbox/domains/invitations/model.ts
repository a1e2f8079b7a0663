/** Invitations to join DailyBot (DailyBot's developer docs, invitations; dailybot-api-beyond.md §6). */

export interface Invitation {
  id: string;
  /** An email, or a chat platform user ID (an identifier without "@"). */
  identifier: string;
  is_guest: boolean;
  teams: string[];
  checkins: string[];
  invited_by: string;
  invited_at: Date;
}

declare module '../../core/organization' {
  interface OrganizationData {
    /** Pending invitations, by ID. */
    invitations: Map<string, Invitation>;
  }
}

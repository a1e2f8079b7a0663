/** People and teams, as DailyBot keeps them. */

export interface User {
  uuid: string;
  full_name: string;
  email: string;
  username: string;
  role: 'ADMIN' | 'MEMBER';
  is_active: boolean;
  bot_enabled: boolean;
  timezone: string;
  image: string;
  occupation: string;
  /** `MM-DD`. */
  birth_date: string | null;
  /** `HH:MM:SS`. */
  work_start_time: string;
  work_days: number[];
  /** `YYYY-MM-DD` (shown `DD/MM/YYYY` in the user listing). */
  timeoff_start: string | null;
  timeoff_end: string | null;
  external_id: string;
  language: string;
}

/** True when `day` (`YYYY-MM-DD`) falls in the user's time off. */
export const isOnTimeOff = (user: User, day: string): boolean =>
  user.timeoff_start !== null && user.timeoff_end !== null && user.timeoff_start <= day && day <= user.timeoff_end;

export interface Team {
  uuid: string;
  name: string;
  active: boolean;
  is_default: boolean;
  /** User UUIDs, in the order they joined. */
  members: Set<string>;
}

declare module '../../core/organization' {
  interface OrganizationData {
    /** In seed order (the first nine are written by hand: see seed.ts). */
    users: Map<string, User>;
    teams: Map<string, Team>;
  }
  interface DemoIds {
    /** The admin who owns the main API key. */
    owner: string;
    /** A user with the occupation "Engineering Manager". */
    manager: string;
    /** A deactivated admin: owner of the inactive-owner key. */
    inactiveUser: string;
    generalTeam: string;
    engineeringTeam: string;
  }
}

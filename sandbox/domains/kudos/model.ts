/** Kudos and the organization's company values, as DailyBot keeps them. */

export interface CompanyValue {
  /** Null for a value the organization does not have (kept as given). */
  id: string | null;
  name: string;
}

export interface Kudos {
  id: string;
  /** Null when DailyBot gives them (`by_dailybot`). */
  giver: string | null;
  receivers: string[];
  company_value: CompanyValue | null;
  content: string;
  is_anonymous: boolean;
  by_dailybot: boolean;
  created_at: Date;
}

declare module '../../core/organization' {
  interface OrganizationData {
    kudos: Kudos[];
    companyValues: CompanyValue[];
  }
}

declare module '../../core/outbox' {
  interface OutboxKinds {
    /** Kudos given through the API (DailyBot posts them in chat). */
    kudos: {
      kudos_id: string;
      giver: string | null;
      receivers: string[];
      content: string;
      is_anonymous: boolean;
      company_value: CompanyValue | null;
      by_dailybot: boolean;
    };
  }
}

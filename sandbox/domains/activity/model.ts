/** The Activity Hook's secret and what it records. */

declare module '../../core/organization' {
  interface OrganizationData {
    /** The secret in the Activity Hook URL (`/activity/<token>/`). */
    activityToken: string;
  }
}

declare module '../../core/outbox' {
  interface OutboxKinds {
    activity: { custom_type: string; message: string; link: string | null; user: string };
  }
}

export {};

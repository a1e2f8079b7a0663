/** Mood (`/mood/track/`, dailybot-api-more.md §10.1): one score from 1 to 5 per person and day. */
export interface MoodEntry {
  user: string;
  date: string;
  score: number;
  created_at: Date;
}

declare module '../../core/organization' {
  interface OrganizationData {
    /** `${user}:${date}` → the mood tracked that day. */
    moods: Map<string, MoodEntry>;
  }
}

/** Choices several actions' fields share. */

/** Weekdays as DailyBot numbers them: 1 (Monday) to 7 (Sunday). */
export const WEEKDAY_CHOICES = [
  { value: '1', label: 'Monday', sample: '1' },
  { value: '2', label: 'Tuesday', sample: '2' },
  { value: '3', label: 'Wednesday', sample: '3' },
  { value: '4', label: 'Thursday', sample: '4' },
  { value: '5', label: 'Friday', sample: '5' },
  { value: '6', label: 'Saturday', sample: '6' },
  { value: '7', label: 'Sunday', sample: '7' },
];

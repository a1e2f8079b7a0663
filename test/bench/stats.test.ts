/** The benchmark's number helpers. */
import { count, median, megabytes, ms, percentOver, percentile, perSecond, times } from '../../bench/stats';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = Array.from({ length: 10 }, (_, i) => 10 - i); // 10 … 1
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 25)).toBe(3);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
  });
});

describe('formatting', () => {
  it('writes durations with sensible precision', () => {
    expect(ms(1.234)).toBe('1.23 ms');
    expect(ms(12.34)).toBe('12.3 ms');
    expect(ms(236.4)).toBe('236 ms');
    expect(ms(49_110)).toBe('49.11 s');
  });

  it('writes ratios and what they add', () => {
    expect(times(1.0931)).toBe('1.09×');
    expect(percentOver(1.0931)).toBe('+9.3 %');
    expect(percentOver(0.95)).toBe('−5.0 %');
  });

  it('writes sizes in MB of 1,048,576 bytes, counts with separators, rates per second', () => {
    expect(megabytes(1_048_576)).toBe('1.00 MB');
    expect(megabytes(859_498)).toBe('0.82 MB');
    expect(count(1224093)).toBe('1,224,093');
    expect(perSecond(500, 2000)).toBe('250/s');
  });
});

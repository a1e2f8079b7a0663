/**
 * A tiny seeded random source, so the same seed always builds the same organization (names, UUIDs,
 * answers) and the same sequence of operations always creates the same IDs. No faker package: a
 * 32-bit generator (mulberry32) is plenty for demo data and costs nothing at startup.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Mix the seed so that seeds 1, 2, 3 … start far apart.
    this.state = (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ 0xc2b2ae35) >>> 0;
  }

  /** An unsigned 32-bit integer. */
  u32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick needs at least one item');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  /** `length` lowercase hex digits. */
  hex(length: number): string {
    let out = '';
    while (out.length < length) out += hex8(this.u32());
    return out.slice(0, length);
  }

  /** `length` characters from `alphabet`. */
  chars(length: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }

  /** A version-4 UUID, as DailyBot uses for every object (built from four words: seeding 10,000 users makes ~50,000). */
  uuid(): string {
    const a = this.u32();
    const b = this.u32();
    const c = ((this.u32() & 0x3fffffff) | 0x80000000) >>> 0; // the variant bits: 10xx
    const d = this.u32();
    const hb = hex8(b);
    const hc = hex8(c);
    return `${hex8(a)}-${hb.slice(0, 4)}-4${hb.slice(5)}-${hc.slice(0, 4)}-${hc.slice(4)}${hex8(d)}`;
  }
}

const BYTE_HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

const hex8 = (n: number): string =>
  (BYTE_HEX[n >>> 24] as string) + BYTE_HEX[(n >>> 16) & 255] + BYTE_HEX[(n >>> 8) & 255] + BYTE_HEX[n & 255];

/**
 * A small seeded PRNG (sfc32) with the draws the generator needs. Each concern takes its own
 * named stream (`new Random(seed, 'orders')`), so tuning one generator does not reshuffle the
 * data of the others. Never Math.random: the same seed must give byte-identical data.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(
    readonly seed: number,
    readonly stream: string,
  ) {
    const label = fnv1a(stream);
    this.a = splitmix32(seed >>> 0);
    this.b = splitmix32(label);
    this.c = splitmix32((seed ^ label) >>> 0);
    this.d = 1;
    for (let i = 0; i < 15; i += 1) this.next();
  }

  /** A child stream whose draws do not depend on how many draws this one has made. */
  fork(label: string): Random {
    return new Random(this.seed, `${this.stream}/${label}`);
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  inRange(range: readonly [number, number]): number {
    return this.between(range[0], range[1]);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Key of a weight table such as `{ price: 0.3, lead_time: 0.2 }`, in key order. */
  pickWeighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const keys = Object.keys(weights) as K[];
    let total = 0;
    for (const key of keys) total += weights[key];
    let target = this.next() * total;
    for (const key of keys) {
      target -= weights[key];
      if (target < 0) return key;
    }
    return keys[keys.length - 1]!;
  }

  /** Index into a cumulative weight array built with `cumulative`. */
  weightedIndex(cumulativeWeights: Float64Array): number {
    const total = cumulativeWeights[cumulativeWeights.length - 1]!;
    const target = this.next() * total;
    let low = 0;
    let high = cumulativeWeights.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cumulativeWeights[mid]! > target) high = mid;
      else low = mid + 1;
    }
    return low;
  }

  normal(mean = 0, sd = 1): number {
    const u1 = 1 - this.next();
    const u2 = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 30) return Math.max(0, Math.round(this.normal(lambda, Math.sqrt(lambda))));
    const limit = Math.exp(-lambda);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count += 1;
      product *= this.next();
    }
    return count;
  }

  /** Failures before the first success with the given mean (>= 0). */
  geometric(mean: number): number {
    if (mean <= 0) return 0;
    const p = 1 / (mean + 1);
    return Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
  }

  /** Rounds up with probability equal to the fraction, so small rates still produce events. */
  roundStochastic(value: number): number {
    const whole = Math.floor(value);
    return whole + (this.next() < value - whole ? 1 : 0);
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      const swap = items[i]!;
      items[i] = items[j]!;
      items[j] = swap;
    }
    return items;
  }
}

export function cumulative(weights: readonly number[]): Float64Array {
  const result = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, index) => {
    sum += weight;
    result[index] = sum;
  });
  return result;
}

/** Splits `total` into integer counts proportional to `shares` (largest remainder, ties by index). */
export function allocateByShares(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((acc, share) => acc + share, 0);
  const exact = shares.map((share) => (total * share) / sum);
  const counts = exact.map(Math.floor);
  const remainders = exact.map((value, index) => ({ index, rest: value - Math.floor(value) }));
  remainders.sort((x, y) => y.rest - x.rest || x.index - y.index);
  let missing = total - counts.reduce((acc, count) => acc + count, 0);
  for (const { index } of remainders) {
    if (missing <= 0) break;
    counts[index]! += 1;
    missing -= 1;
  }
  return counts;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function splitmix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

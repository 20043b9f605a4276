/** Small collection helpers; Maps keep insertion order, so results do not depend on hashing. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function sumBy<T>(items: Iterable<T>, value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}

/** Adds `amount` to the number stored under `key`. */
export function addTo(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** 'SO' + 6 digits, or more digits when the count needs them. */
export function sequentialId(prefix: string, index: number, digits = 6): string {
  return `${prefix}-${String(index + 1).padStart(digits, '0')}`;
}

/** Code-unit string order: unlike localeCompare it cannot vary with the machine's locale. */
export function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

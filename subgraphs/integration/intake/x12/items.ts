/** Items, parties and business keys as every X12 normalizer builds them. */
import type { BusinessKeys, ItemRef, Party } from '../../../../lib/events/model.ts';
import type { Segment } from './tokenizer.ts';

/**
 * Qualifier/id pairs from element `from` onward (PO106/PO107, PO108/PO109...), up to `to`
 * inclusive. A pair with either half empty is skipped; a qualifier sent twice keeps its first id.
 */
export function qualifiedIds(seg: Segment, from: number, to = seg.el.length - 1, into: Record<string, string> = {}): Record<string, string> {
  for (let k = from; k + 1 <= to; k += 2) {
    const q = (seg.el[k] ?? '').trim();
    const id = (seg.el[k + 1] ?? '').trim();
    if (q !== '' && id !== '' && !(q in into)) into[q] = id;
  }
  return into;
}

/** VN is the vendor's number, which is ours as the vendor; then SK, BP, then whatever came first. */
export function itemRef(ids: Record<string, string>, description?: string | null): ItemRef {
  const sku = ids.VN ?? ids.SK ?? ids.BP ?? Object.values(ids)[0] ?? null;
  return description ? { sku, ids, description } : { sku, ids };
}

/** PID05, the free-form description, when the segment is a PID. */
export function describe(item: ItemRef | undefined, seg: Segment): void {
  const text = (seg.el[5] ?? '').trim();
  if (item && text !== '' && item.description === undefined) item.description = text;
}

const value = (seg: Segment, n: number): string | null => {
  const v = (seg.el[n] ?? '').trim();
  return v === '' ? null : v;
};

/** Every N1 loop in the set: N1 role/name/id, N3 address lines, N4 city/region/postal code/country. */
export function parties(segments: Segment[]): Party[] {
  const out: Party[] = [];
  let current: Party | null = null;
  for (const seg of segments) {
    if (seg.id === 'N1') {
      current = { role: value(seg, 1) ?? '', name: value(seg, 2), idQualifier: value(seg, 3), id: value(seg, 4) };
      out.push(current);
    } else if (current && (seg.id === 'N3' || seg.id === 'N4')) {
      const address = (current.address ??= { lines: [], city: null, region: null, postalCode: null, country: null });
      if (seg.id === 'N3') {
        for (const n of [1, 2]) {
          const line = value(seg, n);
          if (line) address.lines.push(line);
        }
      } else {
        address.city = value(seg, 1);
        address.region = value(seg, 2);
        address.postalCode = value(seg, 3);
        address.country = value(seg, 4);
      }
    } else if (seg.id !== 'N2' && seg.id !== 'PER' && seg.id !== 'REF') {
      current = null;
    }
  }
  return out;
}

/** Keys deduplicated, blanks dropped, empty lists omitted. */
export function businessKeys(raw: { [K in keyof BusinessKeys]?: (string | null | undefined)[] }): BusinessKeys {
  const keys: BusinessKeys = {};
  for (const [k, values] of Object.entries(raw) as [keyof BusinessKeys, (string | null | undefined)[]][]) {
    const unique = [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
    if (unique.length > 0) keys[k] = unique;
  }
  return keys;
}

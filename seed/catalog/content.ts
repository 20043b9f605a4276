import { SEGMENTS } from '../config.ts';
import { Random } from '../random.ts';
import { groupBy } from '../collections.ts';
import type { ProductMediaRow, ProductRelationRow } from '../tables/pim.ts';
import type { Sku } from './products.ts';

const DATASHEET_FAMILIES = new Set(['electrical', 'hvac', 'power_tools', 'plumbing', 'safety']);
const CAD_FAMILIES = new Set(['fasteners', 'plumbing', 'material_handling', 'hvac']);
const VIDEO_FAMILIES = new Set(['power_tools', 'material_handling']);

/** Images, datasheets, CAD files and videos; drafts and a few approved products lack images. */
export function generateMedia(seed: number, skus: readonly Sku[]): ProductMediaRow[] {
  const rng = new Random(seed, 'media');
  const rows: ProductMediaRow[] = [];
  for (const { sku, product, family } of skus) {
    const status = product.governance_status;
    const images = status === 'draft' ? rng.int(0, 1) : status === 'approved' && rng.chance(0.06) ? 0 : rng.int(1, status === 'approved' ? 4 : 2);
    const base = `https://media.opsgraph.example/products/${sku.toLowerCase()}`;
    let position = 0;
    const add = (kind: ProductMediaRow['kind'], file: string, alt: string | null) => {
      position += 1;
      rows.push({ sku, position, kind, url: `${base}/${file}`, alt_text: alt });
    };
    for (let i = 1; i <= images; i += 1) add('image', `image-${i}.jpg`, rng.chance(0.85) ? `${product.name} (view ${i})` : null);
    if (rng.chance(DATASHEET_FAMILIES.has(family.code) ? 0.5 : 0.2)) add('datasheet', 'datasheet.pdf', `${product.name} datasheet`);
    if (CAD_FAMILIES.has(family.code) && rng.chance(0.3)) add('cad', 'model.step', null);
    if (VIDEO_FAMILIES.has(family.code) && rng.chance(0.08)) add('video', 'overview.mp4', `${product.name} overview video`);
  }
  return rows;
}

/**
 * Substitutes and upsells within a category, cross-sells into complementary families; about a
 * quarter of cross-sells apply to one customer segment only. Fills `Sku.substitutes`.
 */
export function generateRelations(seed: number, skus: readonly Sku[]): ProductRelationRow[] {
  const rng = new Random(seed, 'relations');
  const sellable = skus.filter((candidate) => candidate.sellable);
  const byCategory = groupBy(sellable, (candidate) => candidate.category.code);
  const byFamily = groupBy(sellable, (candidate) => candidate.family.code);
  const rows: ProductRelationRow[] = [];
  const seen = new Set<string>();
  for (const source of sellable) {
    const peers = byCategory.get(source.category.code)!;
    const ranks = new Map<string, number>();
    const add = (target: Sku, kind: ProductRelationRow['kind'], segment: string | null) => {
      const key = `${source.sku}|${kind}|${target.sku}|${segment ?? ''}`;
      if (target.sku === source.sku || seen.has(key)) return;
      seen.add(key);
      const rankKey = `${kind}|${segment ?? ''}`;
      const rank = (ranks.get(rankKey) ?? 0) + 1;
      ranks.set(rankKey, rank);
      rows.push({ sku: source.sku, related_sku: target.sku, kind, segment, rank });
      if (kind === 'substitute' && segment === null) source.substitutes.push(target.sku);
    };
    const priceRatio = (target: Sku) => target.listMinor / source.listMinor;
    const candidates = Array.from({ length: Math.min(8, peers.length) }, () => rng.pick(peers));
    for (const target of candidates.filter((peer) => Math.abs(priceRatio(peer) - 1) <= 0.35).slice(0, rng.int(source.tier === 'C' ? 0 : 1, 3))) {
      add(target, 'substitute', null);
    }
    for (const target of candidates.filter((peer) => priceRatio(peer) >= 1.2 && priceRatio(peer) <= 3).slice(0, rng.int(0, 2))) {
      add(target, 'upsell', null);
    }
    const crossSells = rng.int(0, 4);
    for (let i = 0; i < crossSells; i += 1) {
      const family = rng.chance(0.7) ? rng.pick(source.family.complements) : source.family.code;
      const pool = byFamily.get(family);
      if (!pool) continue;
      add(rng.pick(pool), 'cross_sell', rng.chance(0.25) ? rng.pick(SEGMENTS) : null);
    }
  }
  return rows;
}

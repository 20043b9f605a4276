/** The transaction sets opsgraph takes, each with the normalizer that turns it into an event. */
import type { EdiSetId, NormalizedEvent } from '../../../../lib/events/model.ts';
import { invoice } from './invoice-810.ts';
import { inventoryAdvice } from './inventory-advice-846.ts';
import { poAcknowledgment } from './po-acknowledgment-855.ts';
import { purchaseOrder } from './purchase-order-850.ts';
import { returnAuthorization } from './return-authorization-180.ts';
import type { SetReader } from './set-reader.ts';
import { shipNotice } from './ship-notice-856.ts';
import { warehouseShippingAdvice } from './warehouse-advice-945.ts';
import { warehouseShippingOrder } from './warehouse-order-940.ts';

const NORMALIZERS: Record<EdiSetId, (r: SetReader) => NormalizedEvent> = {
  '850': purchaseOrder,
  '855': poAcknowledgment,
  '856': shipNotice,
  '810': invoice,
  '846': inventoryAdvice,
  '940': warehouseShippingOrder,
  '945': warehouseShippingAdvice,
  '180': returnAuthorization,
};

/** In the model's order for messages (Object.keys would sort these integer-like keys). */
export const TAKEN_SET_IDS: readonly EdiSetId[] = ['850', '855', '856', '810', '846', '940', '945', '180'];

export function isTakenSet(setId: string): setId is EdiSetId {
  return Object.hasOwn(NORMALIZERS, setId);
}

/** The event, or null with the reader's problems saying why the set cannot be taken. */
export function normalize(setId: EdiSetId, r: SetReader): NormalizedEvent | null {
  const event = NORMALIZERS[setId](r);
  return r.problems.length === 0 ? event : null;
}

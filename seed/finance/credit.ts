import type { Account } from '../accounts.ts';
import { DAY_MS, dateMs } from '../calendar.ts';
import { sequentialId } from '../collections.ts';
import type { OrderOutcome } from '../fulfilment/model.ts';
import type { CreditHoldRow, InvoiceRow } from '../tables/erp.ts';

/** One hold per held order; still open (released_at null) when it outlasts the as-of instant. */
export function creditHoldRows(outcomes: readonly OrderOutcome[], asOfMs: number): CreditHoldRow[] {
  const held = outcomes.filter((order) => order.hold !== null && order.hold.heldMs <= asOfMs);
  held.sort((x, y) => x.hold!.heldMs - y.hold!.heldMs || x.draft.seq - y.draft.seq);
  return held.map((order, index) => {
    const hold = order.hold!;
    return {
      id: sequentialId('CH', index),
      account_id: order.draft.account.id,
      order_id: order.draft.id,
      held_at: new Date(hold.heldMs),
      released_at: hold.releaseMs <= asOfMs ? new Date(hold.releaseMs) : null,
      reason: hold.reason,
    };
  });
}

/**
 * Credit status at the as-of instant: on hold while any hold is open, on watch when the account
 * pays late habitually or has an invoice over 30 days past due, else good.
 */
export function settleCreditStatus(accounts: readonly Account[], asOfMs: number, holds: readonly CreditHoldRow[], invoices: readonly InvoiceRow[]): void {
  const onHold = new Set(holds.filter((hold) => hold.released_at === null).map((hold) => hold.account_id));
  const pastDue = new Set(
    invoices
      .filter((invoice) => invoice.status !== 'paid' && dateMs(invoice.due_date) < asOfMs - 30 * DAY_MS)
      .map((invoice) => invoice.account_id),
  );
  for (const account of accounts) {
    account.row.credit_status = onHold.has(account.id) ? 'hold' : account.slowPayer || pastDue.has(account.id) ? 'watch' : 'good';
  }
}

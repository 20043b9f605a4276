import type { EventToApply, PaymentPayload } from '../../../lib/events/model.ts';
import { decimalToMinor } from '../../../lib/money.ts';
import type { NewPayment } from '../db/integration.repository.ts';
import { Failure, type EventFamily } from './batch.ts';
import { instant, text } from './values.ts';

/**
 * A customer's payment against an invoice (API). It is recorded under its paymentId; the invoice
 * then reads paid once its payments cover its amount, else partially paid. A payment cannot land
 * on someone else's invoice, in another currency, or on a disputed or void invoice.
 */
export interface PaymentIntent {
  payment: NewPayment;
  currency: string;
  /** The customer account the sending partner trades as, when it is a customer partner. */
  partnerAccountId: string | null;
}

const METHODS: readonly string[] = ['ach', 'wire', 'check', 'card'];

export const payments: EventFamily<PaymentIntent> = {
  read(event) {
    const payload: Partial<PaymentPayload> = (event as EventToApply<'payment'>).payload ?? {};
    const fields = {
      id: text(payload.paymentId, 'paymentId'),
      accountId: text(payload.accountId, 'accountId'),
      invoiceId: text(payload.invoiceId, 'invoiceId'),
      amount: text(payload.amount, 'amount'),
      currency: text(payload.currency, 'currency'),
      method: text(payload.method, 'method'),
    };
    for (const value of Object.values(fields)) if (value instanceof Failure) return value;
    const { id, accountId, invoiceId, amount, currency, method } = fields as Record<keyof typeof fields, string>;
    const partnerAccountId = event.partner.accountId;
    if (partnerAccountId && accountId !== partnerAccountId) {
      return new Failure(`payment ${id} names account ${accountId}, not this partner's account ${partnerAccountId}`);
    }
    if (!METHODS.includes(method)) return new Failure(`payment ${id} method "${method}" is not one of ${METHODS.join(', ')}`);
    let amountMinor: bigint;
    try {
      amountMinor = decimalToMinor(amount);
    } catch {
      return new Failure(`payment ${id} amount "${amount}" is not a decimal amount with at most 2 fraction digits`);
    }
    if (amountMinor <= 0n) return new Failure(`payment ${id} amount "${amount}" must be more than zero`);
    const receivedAt = instant(payload.receivedAt ?? event.receivedAt, `payment ${id} receivedAt`);
    if (receivedAt instanceof Failure) return receivedAt;
    return { payment: { id, accountId, invoiceId, receivedAt, amountMinor, method }, currency, partnerAccountId };
  },
  want({ payment }, wanted) {
    wanted.invoices.add(payment.invoiceId);
    wanted.payments.add(payment.id);
  },
  decide({ payment, currency, partnerAccountId }, references, batch) {
    if (references.recordedPaymentIds.has(payment.id) || batch.payments.has(payment.id)) {
      return new Failure(`payment ${payment.id} is already recorded`);
    }
    const invoice = references.invoices.get(payment.invoiceId);
    if (!invoice) return new Failure(`invoice ${payment.invoiceId} is not on record`);
    if (invoice.account_id !== payment.accountId) {
      const whose = partnerAccountId ? `this partner's account ${payment.accountId}` : `account ${payment.accountId} named in payment ${payment.id}`;
      return new Failure(`invoice ${invoice.id} belongs to ${invoice.account_id}, not ${whose}`);
    }
    if (invoice.currency_code !== currency) {
      return new Failure(`payment ${payment.id} is in ${currency} but invoice ${invoice.id} is in ${invoice.currency_code}`);
    }
    if (invoice.status === 'disputed') return new Failure(`invoice ${invoice.id} is disputed: resolve the dispute before applying payment ${payment.id}`);
    if (invoice.status === 'void') return new Failure(`invoice ${invoice.id} is void: payment ${payment.id} cannot be applied to it`);
    return { payment };
  },
};

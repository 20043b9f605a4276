import { money } from '../../../lib/money.ts';
import { isTimeIdCursor, pageRequest } from '../../../lib/pagination.ts';
import type { AccountResolvers, CreditStatus } from '../generated/resolvers.ts';
import type { Loaders } from '../loaders.ts';
import { creditHeadroomMinor } from '../rules/credit.rules.ts';
import { asEnum, dbValues } from './enums.ts';
import { required } from './required.ts';

export const Account: AccountResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.account.load(reference.id),
  paymentTerms: (account) => ({ code: account.payment_terms, netDays: account.payment_terms_days }),
  creditLimit: (account) => money(account.credit_limit_minor, account.currency_code),
  creditStatus: (account) => asEnum<CreditStatus>(account.credit_status),
  openBalance: async (account, _, { loaders }) => money(await openBalanceMinor(account.id, loaders), account.currency_code),
  creditHeadroom: async (account, _, { loaders }) =>
    money(creditHeadroomMinor(BigInt(account.credit_limit_minor), await openBalanceMinor(account.id, loaders)), account.currency_code),
  priceList: async (account, _, { loaders }) =>
    required(await loaders.priceList.load(account.price_list_id), `price list ${account.price_list_id} of ${account.id}`),
  allowsSubstitutions: (account) => account.allows_substitutions,
  openedOn: (account) => account.opened_on,
  contractPrices: async (account, { sku }, { loaders }) => {
    const prices = await loaders.contractPrices.load(account.id);
    return sku ? prices.filter((price) => price.sku === sku) : prices;
  },
  invoices: (account, args, { loaders }) =>
    loaders
      .invoicesByAccount({ statuses: dbValues(args.status), page: pageRequest(args, isTimeIdCursor) })
      .load(account.id),
  creditHolds: async (account, { openOnly }, { loaders }) => {
    const holds = await loaders.creditHoldsByAccount.load(account.id);
    return openOnly ? holds.filter((hold) => hold.released_at === null) : holds;
  },
  disputes: async (account, { openOnly }, { loaders }) => {
    const disputes = await loaders.disputesByAccount.load(account.id);
    return openOnly ? disputes.filter((dispute) => dispute.resolved_at === null) : disputes;
  },
};

/** What an account owes: the balances of its invoices with a balance left (paid and void ones owe nothing). */
async function openBalanceMinor(accountId: string, loaders: Loaders): Promise<bigint> {
  return (await loaders.openInvoices.load(accountId)).reduce((sum, invoice) => sum + BigInt(invoice.balance_minor), 0n);
}

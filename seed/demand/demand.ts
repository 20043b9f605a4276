import type { Account } from '../accounts.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { HISTORY_WEEKS, RATES, type ScaledVolumes, type Segment } from '../config.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS, isBusinessDay, isHoliday, weekday } from '../calendar.ts';
import { sequentialId } from '../collections.ts';
import { Random, cumulative } from '../random.ts';
import type { CampaignRow, QuoteRow } from '../tables/oms.ts';
import type { Timeline } from '../timeline.ts';
import { attributeCampaign } from './campaigns.ts';
import { draftLines, lineCount, pickChannel, placementTime, type OrderDraft } from './drafts.ts';

/** Sunday..Saturday, month (Jan..Dec) seasonality; a mild growth trend over the year. */
const WEEKDAY_FACTOR = [0.08, 1.1, 1.15, 1.1, 1.05, 0.9, 0.12];
const MONTH_FACTOR = [0.9, 0.95, 1.05, 1.1, 1.1, 1.05, 0.95, 1, 1.05, 1.05, 1, 0.85];
const SELF_SERVE_QUOTES: Record<Segment, number> = { oem: 0.3, contractor: 0.55, mro: 0.5, distributor: 0.45, government: 0.2 };

export interface Demand {
  quotes: QuoteRow[];
  /** Every order (direct and converted quotes), sorted by placement, ids assigned. */
  orders: OrderDraft[];
}

/** Where an order or quote is placed: the dataset's clock and the campaigns running on it. */
interface Setting {
  timeline: Timeline;
  campaigns: readonly CampaignRow[];
}

export function generateDemand(seed: number, setting: Setting, volumes: ScaledVolumes, catalog: Catalog, accounts: readonly Account[]): Demand {
  const rng = new Random(seed, 'demand');
  const days = dailyWeights(setting.timeline);
  // The volumes are a year's (52 weeks); a partial as-of week's days add orders at the same rate.
  const year = days.slice(0, HISTORY_WEEKS * 7);
  const totalWeight = year.reduce((sum, day) => sum + day.weight, 0);
  const businessWeight = year.reduce((sum, day) => sum + (isBusinessDay(day.dayMs) ? day.weight : 0), 0);
  const accountWeights = cumulative(accounts.map((account) => account.activity));
  const pickAccount = (dayMs: number) => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const account = accounts[rng.weightedIndex(accountWeights)]!;
      if (account.openedMs <= dayMs) return account;
    }
    return accounts[0]!;
  };
  const orders: OrderDraft[] = [];
  const quotes: { row: QuoteRow; order: OrderDraft | null }[] = [];
  for (const { dayMs, weight } of days) {
    const orderCount = rng.poisson((volumes.directOrders * weight) / totalWeight);
    for (let i = 0; i < orderCount; i += 1) orders.push(directOrder(rng, setting, pickAccount(dayMs), catalog, dayMs, orders.length));
    if (!isBusinessDay(dayMs)) continue;
    const quoteCount = rng.poisson((volumes.quotes * weight) / businessWeight);
    for (let i = 0; i < quoteCount; i += 1) {
      const quote = quoteWithOutcome(rng, setting, pickAccount(dayMs), catalog, dayMs, orders.length);
      if (quote.order) orders.push(quote.order);
      quotes.push(quote);
    }
  }
  quotes.sort((x, y) => x.row.issued_at.getTime() - y.row.issued_at.getTime());
  quotes.forEach((quote, index) => {
    quote.row.id = sequentialId('Q', index);
    if (quote.order) quote.order.quoteId = quote.row.id;
  });
  orders.sort((x, y) => x.placedMs - y.placedMs || x.seq - y.seq);
  orders.forEach((order, index) => {
    order.seq = index;
    order.id = sequentialId('SO', index);
  });
  return { quotes: quotes.map((quote) => quote.row), orders };
}

/** Each day of history weighted by weekday, month and holidays, with a mild growth trend over the year. */
function dailyWeights({ historyStartMs, historyDays }: Timeline): { dayMs: number; weight: number }[] {
  const yearDays = HISTORY_WEEKS * 7;
  return Array.from({ length: historyDays }, (_, index) => {
    const dayMs = historyStartMs + index * DAY_MS;
    const month = new Date(dayMs).getUTCMonth();
    const weight = WEEKDAY_FACTOR[weekday(dayMs)]! * MONTH_FACTOR[month]! * (0.96 + (0.08 * index) / yearDays) * (isHoliday(dayMs) ? 0.15 : 1);
    return { dayMs, weight };
  });
}

function directOrder(rng: Random, { timeline, campaigns }: Setting, account: Account, catalog: Catalog, dayMs: number, seq: number): OrderDraft {
  let channel = pickChannel(rng, account.segment);
  if (channel === 'rep' && !isBusinessDay(dayMs)) channel = 'portal';
  const placedMs = Math.min(timeline.asOfMs, placementTime(rng, dayMs, account, channel === 'edi' || channel === 'api'));
  return {
    seq,
    id: '',
    account,
    channel,
    campaignCode: attributeCampaign(rng, campaigns, account.segment, placedMs),
    quoteId: null,
    customerPo: customerPo(rng, account),
    placedMs,
    lines: draftLines(rng, account, catalog, placedMs, lineCount(rng, account.segment)),
  };
}

function customerPo(rng: Random, account: Account): string | null {
  if (account.segment !== 'government' && !rng.chance(RATES.orders.customerPo)) return null;
  return `${account.segment === 'government' ? 'GOV-' : 'PO'}${rng.int(100000, 999999)}`;
}

/** A quote and, when it converts before the as-of instant, the order it became. */
function quoteWithOutcome(rng: Random, { timeline, campaigns }: Setting, account: Account, catalog: Catalog, dayMs: number, seq: number): { row: QuoteRow; order: OrderDraft | null } {
  const asOf = timeline.asOfMs;
  const { conversion, lostShare, lostReasons, validityDays } = RATES.quotes;
  const channel = rng.chance(SELF_SERVE_QUOTES[account.segment]) ? 'self_serve' : 'assisted';
  const issuedMs = placementTime(rng, dayMs, account, false);
  const expiresMs = issuedMs + validityDays * DAY_MS;
  const lines = draftLines(rng, account, catalog, issuedMs, lineCount(rng, account.segment) + 1);
  const amount = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceMinor, 0);
  const row: QuoteRow = {
    id: '', account_id: account.id, channel, issued_at: new Date(issuedMs), expires_at: new Date(expiresMs), amount_minor: amount,
    status: 'open', converted_at: null, lost_at: null, lost_reason: null,
  };
  if (rng.chance(conversion[channel])) {
    const delay = channel === 'self_serve' ? rng.logNormal(0.8 * DAY_MS, 0.9) : rng.logNormal(4.5 * DAY_MS, 0.7);
    const convertedMs = issuedMs + Math.round(Math.min(validityDays * DAY_MS - HOUR_MS, Math.max(10 * MINUTE_MS, delay)));
    if (convertedMs > asOf) return { row, order: null };
    Object.assign(row, { status: 'converted', converted_at: new Date(convertedMs) });
    const order: OrderDraft = {
      seq, id: '', account, channel: channel === 'self_serve' ? 'portal' : 'rep',
      campaignCode: attributeCampaign(rng, campaigns, account.segment, convertedMs), quoteId: null,
      customerPo: customerPo(rng, account), placedMs: convertedMs, lines,
    };
    return { row, order };
  }
  if (rng.chance(lostShare)) {
    const lostMs = issuedMs + rng.int(1, 28) * DAY_MS + rng.int(0, 8 * 60) * MINUTE_MS;
    const reason = rng.pickWeighted(lostReasons);
    if (lostMs <= asOf) Object.assign(row, { status: 'lost', lost_at: new Date(lostMs), lost_reason: reason });
    return { row, order: null };
  }
  if (expiresMs <= asOf) row.status = 'expired';
  return { row, order: null };
}

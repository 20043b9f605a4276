import type { QuoteToOrderResolvers } from '../generated/resolvers.ts';
import { kpiScope } from '../kpis/period.ts';
import { quoteConversion, quoteCycleTime } from '../kpis/quotes.kpis.ts';

// The parent is the KpiPeriod: conversion and cycle time take their own `by` argument.
export const quoteToOrderResolvers: QuoteToOrderResolvers = {
  conversion: (p, { by }, { loaders }) => quoteConversion(kpiScope(p, loaders.kpi), by),
  cycleTimeDays: (p, { by }, { loaders }) => quoteCycleTime(kpiScope(p, loaders.kpi), by),
};

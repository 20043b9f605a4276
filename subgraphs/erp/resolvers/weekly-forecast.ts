import type { WeeklyForecastResolvers } from '../generated/resolvers.ts';

export const WeeklyForecast: WeeklyForecastResolvers = {
  weekStart: (forecast) => forecast.week_start,
  lagWeeks: (forecast) => forecast.lag_weeks,
  forecastQuantity: (forecast) => forecast.forecast_quantity,
};

/** Currencies, shares, areas, lengths and rate periods, as written around a number. Data only. */
import type { Period, Unit } from '../../contract.js';

/** Symbols and codes written before the amount ("$5.6bn", "US$ 2m", "€2m", "UAH 1.5bn"). */
export const CURRENCY_PREFIXES: Record<string, Unit> = {
  $: 'USD',
  'US$': 'USD',
  'USD': 'USD',
  '€': 'EUR',
  'EUR': 'EUR',
  '£': 'GBP',
  'GBP': 'GBP',
  '₴': 'UAH',
  'UAH': 'UAH',
  '₽': 'RUB',
  'RUB': 'RUB',
  // Currencies the contract gives no code of their own: unit `other`, the claim still scored.
  '¥': 'other',
  'C$': 'other',
  'CA$': 'other',
  'A$': 'other',
  'AU$': 'other',
  'NZ$': 'other',
  'CHF': 'other',
  'SEK': 'other',
  'DKK': 'other',
  'NOK': 'other',
  'JPY': 'other',
  'CNY': 'other',
  'CAD': 'other',
  'AUD': 'other',
  'PLN': 'other',
};

/** Currency names with no unit code ("2 billion kroner", "1 billion yuan", "200 million Canadian dollars"). */
const CODELESS = ['kroner', 'krone', 'kronor', 'krona', 'crowns', 'yuan', 'renminbi', 'yen', 'francs', 'swiss francs',
  'lira', 'liras', 'somoni', 'rupees', 'zloty', 'zlotys', 'canadian dollars', 'australian dollars', 'new zealand dollars',
  'shekels', 'dinars', 'riyals', 'dirhams', 'pesos', 'naira', 'shillings', 'birr', 'forints', 'tenge', 'lari', 'drams', 'manat'];

/** Words written after the amount ("1.5 trillion hryvnias", "300 million euros"). */
export const CURRENCY_SUFFIXES: Record<string, Unit> = {
  dollars: 'USD',
  'us dollars': 'USD',
  usd: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  eur: 'EUR',
  pounds: 'GBP',
  'pounds sterling': 'GBP',
  gbp: 'GBP',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  hryvnas: 'UAH',
  uah: 'UAH',
  roubles: 'RUB',
  rubles: 'RUB',
  rub: 'RUB',
  // Currencies without a unit code of their own (contract: unit `other`, the claim still scored).
  ...Object.fromEntries(CODELESS.map((c) => [c, 'other' as Unit])),
};
/** The currencies above without a code: their amounts are money in unit `other`. */
/** A codeless currency's sign or code before the amount ("¥500 billion", "CHF 5 billion"). */
export const CODELESS_PREFIX = new RegExp(`^(?:${Object.keys(CURRENCY_PREFIXES).filter((k) => CURRENCY_PREFIXES[k] === 'other').map((k) => k.replace(/[$]/g, '\\$')).join('|')})`);
export const CODELESS_CURRENCY = new RegExp(`(?:${[...new Set(CODELESS.map((c) => c.split(' ').pop()))].join('|')})$`, 'i');

/** Units of mass and volume goods are counted in ("1,200 tonnes", "50,000 litres"): no unit of the contract's, so `other`. Pattern source. */
export const MASS_UNIT = '(?:tonnes|tons|kilograms|kilogrammes|kg|litres|liters)';

export const PERCENT_WORDS = ['%', 'percent', 'per cent', 'pc', 'percentage points'];

/** Areas, with the factor to km². */
export const AREA_UNITS: Record<string, number> = {
  'square kilometres': 1,
  'square kilometers': 1,
  'square kilometre': 1,
  'square kilometer': 1,
  'sq km': 1,
  'square km': 1,
  'sq kilometres': 1,
  'sq kilometers': 1,
  'sq. km': 1,
  'sq km.': 1,
  'km²': 1,
  km2: 1,
  'square miles': 2.589988,
  'square mile': 2.589988,
  'sq miles': 2.589988,
  'sq mi': 2.589988,
  hectares: 0.01,
  hectare: 0.01,
};

/** Lengths, with the factor to km. Miles stay `other`: the contract converts only metres. */
export const LENGTH_UNITS: Record<string, { unit: Unit; factor: number }> = {
  kilometres: { unit: 'km', factor: 1 },
  kilometers: { unit: 'km', factor: 1 },
  kilometre: { unit: 'km', factor: 1 },
  kilometer: { unit: 'km', factor: 1 },
  km: { unit: 'km', factor: 1 },
  metres: { unit: 'km', factor: 0.001 },
  meters: { unit: 'km', factor: 0.001 },
  metre: { unit: 'km', factor: 0.001 },
  meter: { unit: 'km', factor: 0.001 },
  miles: { unit: 'other', factor: 1 },
  mile: { unit: 'other', factor: 1 },
};

/** Rate phrases after a number ("1,200 a day", "each month", "daily"). */
export const RATE_PHRASES: Record<string, Period> = {
  'a day': 'day',
  'per day': 'day',
  'each day': 'day',
  'every day': 'day',
  daily: 'day',
  'a week': 'week',
  'per week': 'week',
  'each week': 'week',
  'every week': 'week',
  weekly: 'week',
  'a month': 'month',
  'per month': 'month',
  'each month': 'month',
  'every month': 'month',
  monthly: 'month',
  'a year': 'year',
  'per year': 'year',
  'each year': 'year',
  'every year': 'year',
  annually: 'year',
  'per annum': 'year',
  'a year for': 'year',
};

/** Phrases before a figure that make it a rate ("average daily losses stood at 559"). */
export const RATE_ADJECTIVES: Record<string, Period> = {
  'average daily': 'day',
  'daily average': 'day',
  'daily losses': 'day',
  'daily rate': 'day',
  'daily toll': 'day',
  'per-day': 'day',
  'weekly': 'week',
  'monthly average': 'month',
  'annual payments': 'year',
  'annual payment': 'year',
  'annual instalments': 'year',
  'annual tranches': 'year',
};

import { DEFAULT_RULESET, type Ruleset } from '../checks/ruleset';
import { isValidDate } from '../text/calendar';
import { numericOrderForCountry } from '../text/dates';

/** Partner Center's export writes "7/17/2026" or "7/17/2026 3:04:05 PM". */
const NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

/** The ruleset's day/month rule by country: the one `check --ruleset` and the app's engine use. */
export type NumericDateOrder = Ruleset['numericDateOrder'];

const orderSets = new WeakMap<NumericDateOrder, { monthFirst: Set<string>; ambiguous: Set<string> }>();

function setsOf(order: NumericDateOrder): { monthFirst: Set<string>; ambiguous: Set<string> } {
  let sets = orderSets.get(order);
  if (!sets) {
    sets = { monthFirst: new Set(order.monthFirstCountries), ambiguous: new Set(order.ambiguousCountries) };
    orderSets.set(order, sets);
  }
  return sets;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A claims.csv date as Partner Center writes it, read with the country rule of the ruleset in
 * use (the customer's country decides day or month first; a day over 12 decides by itself) and given
 * back as ISO. Anything else, or a date that stays ambiguous, is returned unchanged so
 * validation reports it naming the row and field.
 */
export function readCsvDate(
  value: string,
  country: string | null | undefined,
  dateOrder: NumericDateOrder = DEFAULT_RULESET.numericDateOrder,
): string {
  const m = NUMERIC.exec(value.trim());
  if (!m) return value;
  const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const { monthFirst, ambiguous } = setsOf(dateOrder);
  const order = numericOrderForCountry(country, monthFirst, ambiguous);
  const mdy = { year, month: a, day: b };
  const dmy = { year, month: b, day: a };
  const readings = [mdy, dmy].filter((d, i) => isValidDate(d) && (i === 0 || a !== b));
  const chosen = readings.length === 1 ? readings[0] : order === 'mdy' ? mdy : order === 'dmy' ? dmy : undefined;
  if (!chosen || !isValidDate(chosen)) return value;
  const date = `${year}-${pad(chosen.month)}-${pad(chosen.day)}`;
  if (m[4] === undefined) return date;
  let hour = Number(m[4]);
  const meridiem = m[7]?.toUpperCase();
  if (meridiem === 'PM' && hour < 12) hour += 12;
  if (meridiem === 'AM' && hour === 12) hour = 0;
  if (hour > 23) return value;
  return `${date}T${pad(hour)}:${m[5]}:${m[6] ?? '00'}`;
}

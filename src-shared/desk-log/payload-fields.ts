import { z } from 'zod';
import { INSTANT_RANGE_TEXT, MAX_INSTANT, MIN_INSTANT } from '../time/instant';

/** The field schemas event payloads are built from (store form: instants in epoch milliseconds). */
export const instant = z
  .number({ message: 'must be an instant' })
  .int('must be a whole millisecond')
  .min(MIN_INSTANT, INSTANT_RANGE_TEXT)
  .max(MAX_INSTANT - 1, INSTANT_RANGE_TEXT);
export const id = z.string().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
export const code = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be an id such as "normal" or "p1"');
export const text = (max: number) => z.string().max(max, `must be at most ${max} characters`);
export const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
export const note = text(20_000).optional();
export const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: `must be one of ${values.join(', ')}` });

import type { Policy } from '../policy-types';
import { connectEngage } from './connect-engage';
import { konneqt } from './konneqt';
import { scope4mation } from './scope4mation';

/** The built-in policy presets by id: data a desk can copy and edit. */
export const POLICY_PRESETS: Readonly<Record<string, Policy>> = {
  scope4mation,
  'connect-engage': connectEngage,
  konneqt,
};

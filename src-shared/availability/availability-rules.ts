/**
 * How each provider measures availability (SPEC §7): per calendar month or quarter, in real
 * elapsed time, with periods from local midnight in Europe/Amsterdam. Targets are in basis points
 * of a percent's hundredth (9999 = 99.99 %), so "met" is decided in integers.
 */
export const AVAILABILITY_ZONE = 'Europe/Amsterdam';

export const EXCLUSION_REASONS = [
  'maintenance',
  'emergency_maintenance',
  'security_maintenance',
  'force_majeure',
  'third_party',
  'customer_caused',
  'beta',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

export const CE_CATEGORIES = ['business_messaging', 'voice', 'service_cloud', 'marketing_cloud', 'conversational_ai_cloud'] as const;
export type CeCategory = (typeof CE_CATEGORIES)[number];

export interface AvailabilityRule {
  readonly period: 'month' | 'quarter';
  /** Target in hundredths of a percent (9999 = 99.99 %). */
  readonly targetBp: number;
  /** Scope4mation: a stretch of complete unavailability counts only from 5 continuous minutes. */
  readonly minStretchMs: number;
  /** Connect & Engage: excluded time leaves the denominator; Scope4mation: exclusions do not shrink the month. */
  readonly isExcludedFromDenominator: boolean;
}

export const SCOPE4MATION_AVAILABILITY: AvailabilityRule = { period: 'month', targetBp: 9999, minStretchMs: 300_000, isExcludedFromDenominator: false };

export const CE_TARGETS_BP: Readonly<Record<CeCategory, number>> = {
  business_messaging: 9999,
  voice: 9999,
  service_cloud: 9990,
  marketing_cloud: 9990,
  conversational_ai_cloud: 9990,
};

export function connectEngageAvailability(category: CeCategory): AvailabilityRule {
  return { period: 'quarter', targetBp: CE_TARGETS_BP[category], minStretchMs: 0, isExcludedFromDenominator: true };
}

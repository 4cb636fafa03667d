import type { AppLanguage } from '../ipc/ipc-contract';

/**
 * What the demo desk's tickets say, in the language of the user who loads it. Names of people,
 * customers and products stay as they are; the customers' own words (titles, descriptions, notes)
 * are in the user's language. Every language has the same number of titles, so a desk built in
 * one language differs from another only in these texts.
 */
export interface DemoTexts {
  readonly titles: readonly string[];
  readonly description: string;
  readonly resolvedNote: string;
  /** Who wrote the desk's master data (customers, contracts, agents). */
  readonly writer: string;
}

export const DEMO_TEXTS: Readonly<Record<AppLanguage, DemoTexts>> = {
  en: {
    titles: [
      'Login page returns an error',
      'Report export is slow',
      'Question about user roles',
      'Sync job stopped overnight',
      'Wrong totals on the invoice screen',
      'API returns 502 for some requests',
      'How do I configure single sign-on?',
      'Search ignores accented letters',
      'Dashboard widgets do not load',
      'Password reset mail not received',
    ],
    description: 'Reported by the customer; see the timeline for what happened since.',
    resolvedNote: 'Fixed in configuration.',
    writer: 'Klok demo',
  },
  nl: {
    titles: [
      'Inlogpagina geeft een foutmelding',
      'Rapport exporteren is traag',
      'Vraag over gebruikersrollen',
      'Synchronisatie vannacht gestopt',
      'Verkeerde totalen op het factuurscherm',
      'API geeft 502 op sommige verzoeken',
      'Hoe stel ik eenmalige aanmelding in?',
      'Zoeken negeert letters met accenten',
      'Dashboardwidgets laden niet',
      'Mail voor nieuw wachtwoord komt niet aan',
    ],
    description: 'Gemeld door de klant; zie de tijdlijn voor wat er sindsdien gebeurde.',
    resolvedNote: 'Opgelost in de configuratie.',
    writer: 'Klok-demo',
  },
};

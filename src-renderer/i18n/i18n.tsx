import { APP_LANGUAGES } from '../../src-shared/ipc/ipc-contract';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { codesEn } from './codes-en';
import { codesNl } from './codes-nl';
import { en } from './messages-en';
import { nl } from './messages-nl';
import { presetsEn } from './presets-en';
import { presetsNl } from './presets-nl';

/** The languages of the screens: the same list main knows (its menu speaks them too). */
export const LANGUAGES = APP_LANGUAGES;
export type Language = (typeof LANGUAGES)[number];

/** Every text of one language: the screens' (messages-*), the engine's codes (codes-*) and the presets' names (presets-*). */
export const CATALOGUES = {
  en: { ...en, ...codesEn, ...presetsEn },
  nl: { ...nl, ...codesNl, ...presetsNl },
} as const satisfies Record<Language, Record<string, string>>;

export type MessageKey = keyof (typeof CATALOGUES)['en'];

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A text by a key made at run time (a code from the engine, an id of a preset), or `fallback` when the catalogue has none. */
export type Lookup = (key: string, fallback: string, params?: Record<string, string | number>) => string;

function fill(text: string, params: Record<string, string | number> | undefined): string {
  let out = text;
  if (params) for (const [name, value] of Object.entries(params)) out = out.replaceAll(`{${name}}`, String(value));
  return out;
}

export function translator(language: Language): Translate {
  const messages: Record<MessageKey, string> = CATALOGUES[language];
  return (key, params) => fill(messages[key], params);
}

export function lookupIn(language: Language): Lookup {
  const messages: Readonly<Record<string, string>> = CATALOGUES[language];
  return (key, fallback, params) => (Object.hasOwn(messages, key) ? fill(messages[key] as string, params) : fallback);
}

export interface I18n {
  readonly language: Language;
  readonly t: Translate;
  readonly lookup: Lookup;
  /** BCP 47 locale for dates and numbers. */
  readonly locale: string;
}

export function i18nFor(language: Language): I18n {
  return { language, t: translator(language), lookup: lookupIn(language), locale: language === 'nl' ? 'nl-NL' : 'en-GB' };
}

const I18nContext = createContext<I18n>(i18nFor('en'));

export function I18nProvider({ language, children }: { language: Language; children?: ReactNode }) {
  const value = useMemo<I18n>(() => i18nFor(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { en, type MessageKey, type Messages } from './messages-en';
import { nl } from './messages-nl';

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Language, Messages> = { en, nl };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const messages = CATALOGUES[language];
  return (key, params) => {
    let text = messages[key];
    if (params) for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
    return text;
  };
}

interface I18n {
  readonly language: Language;
  readonly t: Translate;
  /** BCP 47 locale for dates and numbers. */
  readonly locale: string;
}

const I18nContext = createContext<I18n>({ language: 'en', t: translator('en'), locale: 'en-GB' });

export function I18nProvider({ language, children }: { language: Language; children?: ReactNode }) {
  const value = useMemo<I18n>(() => ({ language, t: translator(language), locale: language === 'nl' ? 'nl-NL' : 'en-GB' }), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

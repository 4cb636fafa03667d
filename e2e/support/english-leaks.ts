import type { Page } from '@playwright/test';
import { codesEn } from '../../src-renderer/i18n/codes-en';
import { codesNl } from '../../src-renderer/i18n/codes-nl';
import { en } from '../../src-renderer/i18n/messages-en';
import { nl } from '../../src-renderer/i18n/messages-nl';
import { presetsEn } from '../../src-renderer/i18n/presets-en';
import { presetsNl } from '../../src-renderer/i18n/presets-nl';
import { DEMO_TEXTS, type DemoTexts } from '../../src-shared/desk/demo-texts';

/** The demo desk's texts by a key of their own (`demo.title.0`, …): a Dutch user's demo desk holds none of the English ones. */
const demoTexts = ({ titles, description, resolvedNote }: DemoTexts): Record<string, string> => ({
  ...Object.fromEntries(titles.map((title, i) => [`demo.title.${i}`, title])),
  'demo.description': description,
  'demo.resolvedNote': resolvedNote,
});

const ENGLISH: Readonly<Record<string, string>> = { ...en, ...codesEn, ...presetsEn, ...demoTexts(DEMO_TEXTS.en) };
const DUTCH: Readonly<Record<string, string>> = { ...nl, ...codesNl, ...presetsNl, ...demoTexts(DEMO_TEXTS.nl) };
const DUTCH_TEXTS = new Set(Object.values(DUTCH));

/**
 * The English catalogue as patterns a whole text on a Dutch screen must not match: each text with
 * its `{parameters}` as wildcards. Texts that are the same in both languages ("Status", "Bug",
 * "weekend", "Workaround") are left out, and so are those equal to any Dutch text.
 */
const PATTERNS: readonly { key: string; pattern: RegExp }[] = Object.entries(ENGLISH)
  .filter(([key, text]) => text !== DUTCH[key] && !DUTCH_TEXTS.has(text))
  .map(([key, text]) => ({
    key,
    pattern: new RegExp(
      `^${text
        .split(/\{\w+\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+?')}$`,
      's',
    ),
  }));

/**
 * Every text the page shows or announces: its text nodes (so option texts too), and accessible
 * labels, placeholders, titles and option groups' labels. Runs in the page (a script: this project has no DOM types).
 */
const SHOWN_TEXTS = `(() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node.textContent ?? '');
  for (const element of document.querySelectorAll('[aria-label], [placeholder], [title], optgroup[label]')) {
    for (const name of ['aria-label', 'placeholder', 'title', 'label']) {
      const value = element.getAttribute(name);
      if (value) out.push(value);
    }
  }
  return out.map((text) => text.trim()).filter((text) => text !== '');
})()`;

async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(SHOWN_TEXTS);
}

/** Texts from the English catalogue on the page, as `"text" (key)`; none on a screen that is wholly Dutch. */
export async function englishOn(page: Page): Promise<string[]> {
  const leaks = new Set<string>();
  for (const text of await shownTexts(page)) {
    const match = PATTERNS.find(({ pattern }) => pattern.test(text));
    if (match) leaks.add(`"${text}" (${match.key})`);
  }
  return [...leaks];
}

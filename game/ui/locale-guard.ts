/**
 * Some browsers report a language tag that Intl refuses: headless Chromium under a C/POSIX locale says
 * `en-US@posix`. uPlot formats numbers with `new Intl.NumberFormat(navigator.language)` as soon as it is imported,
 * and that throws on such a tag, so the page would die before drawing anything. This module runs first and, only
 * when the tag is refused, shows the page the nearest tag Intl accepts.
 */
import { usableLanguage } from '../text/language-tag.ts';

const usable = usableLanguage(navigator.language);
if (usable !== navigator.language) {
  Object.defineProperty(navigator, 'language', { value: usable, configurable: true });
  Object.defineProperty(navigator, 'languages', {
    value: Object.freeze([usable, ...navigator.languages.map(usableLanguage)]),
    configurable: true,
  });
}

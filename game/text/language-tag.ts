/**
 * The nearest language tag Intl accepts: the tag itself, then without a POSIX modifier (`en-US@posix`) or
 * encoding (`en_US.UTF-8`), then `en-US`.
 */
export function usableLanguage(tag: string): string {
  const candidates = [tag, tag.replace(/@.*$/, ''), tag.replace(/[@.].*$/, '').replace(/_/g, '-')];
  for (const candidate of candidates) {
    try {
      new Intl.NumberFormat(candidate);
      return candidate;
    } catch {
      // not a tag Intl takes: try the next
    }
  }
  return 'en-US';
}

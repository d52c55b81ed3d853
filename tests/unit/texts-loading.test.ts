/**
 * The page's texts load in parts: German for the first page at once, English when chosen, the
 * modes' German texts with their modes (i18n/index.ts). On a fresh module (the test setup has
 * loaded English for the other tests).
 */
import { describe, expect, it, vi } from 'vitest';

async function freshTexts() {
  vi.resetModules();
  return import('../../src/lib/i18n');
}

describe('texts that load later', () => {
  it('speaks German until English is loaded, then English', async () => {
    const i18n = await freshTexts();
    expect(i18n.hasLanguage('de')).toBe(true);
    expect(i18n.hasLanguage('en')).toBe(false);
    expect(i18n.translator('en')('app.language')).toBe(i18n.translator('de')('app.language'));
    await i18n.loadLanguage('en');
    expect(i18n.hasLanguage('en')).toBe(true);
    expect(i18n.translator('en')('app.language')).not.toBe(i18n.translator('de')('app.language'));
  });

  it('a bilingual message made before English loaded speaks English once it has', async () => {
    const i18n = await freshTexts();
    const m = i18n.bilingual('nearby.denied');
    const german = m.de;
    expect(m.en).toBe(german); // not loaded yet: German
    await i18n.loadLanguage('en');
    expect(m.en).not.toBe(german);
    expect(m.en).toBe(i18n.translator('en')('nearby.denied'));
    expect(JSON.parse(JSON.stringify(m))).toEqual({ de: german, en: m.en });
  });

  it('a mode’s German texts arrive with its part', async () => {
    const i18n = await freshTexts();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(i18n.translator('de')('plots.title')).toBe('plots.title');
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
    await import('../../src/lib/i18n/parts/plots-mode');
    expect(i18n.translator('de')('plots.title')).toBe('Gewerbeflächen-Finder');
  });
});

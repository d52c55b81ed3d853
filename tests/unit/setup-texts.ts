/**
 * Unit tests speak both languages from the start: on the page English loads when it is chosen
 * (i18n/index.ts `loadLanguage`), here every test file may ask for it at once.
 * `tests/unit/texts-loading.test.ts` checks the loading itself on a fresh module.
 */
import { loadLanguage } from '../../src/lib/i18n';

await loadLanguage('en');

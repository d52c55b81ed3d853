/**
 * Unit tests have every text from the start: on the page English loads when it is chosen and
 * the modes' German texts with their modes (i18n/index.ts); here every test file may ask for
 * any of them. `texts-loading.test.ts` checks the loading itself on a fresh module, and
 * `first-load-texts.test.ts` that the page loads each part where it is needed.
 */
import { loadLanguage } from '../../src/lib/i18n';
import '../../src/lib/i18n/parts/plots-mode';
import '../../src/lib/i18n/parts/compare-mode';
import '../../src/lib/i18n/parts/present-mode';
import '../../src/lib/i18n/parts/nearby-answer';

await loadLanguage('en');

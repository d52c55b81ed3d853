import type { Page } from '@playwright/test';
import { waitForMap } from './helpers';

/**
 * waitForMap with more patience for the first load: the presentation and print tests build
 * several maps (and 300 dpi off-screen maps) in SwiftShader, on a machine shared with others.
 */
export async function patientMap(page: Page) {
  await page.waitForFunction(
    () => window.fnpViewer?.complete === true && window.fnpViewer.map.loaded(),
    null,
    {
      timeout: 120_000
    }
  );
  await waitForMap(page);
}

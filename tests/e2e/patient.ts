import type { Page } from '@playwright/test';
import { waitForMap } from './helpers';

/**
 * waitForMap with more patience for the first load: the presentation and print tests build
 * several maps (and 300 dpi off-screen maps) in SwiftShader, on a machine shared with others.
 */
export const patientMap = (page: Page) => waitForMap(page, 120_000);

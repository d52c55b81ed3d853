import type { FileChooser, Page } from '@playwright/test';

/**
 * How long the file dialog stays open before the file is chosen. A person needs longer; the
 * page uses the time (it compiles the overview's shader, see PlanOpen.svelte), so the benches
 * open the dialog as a person does instead of setting the file input directly.
 */
export const DIALOG_MS = 2000;

/** Clicks „Plan öffnen …“ and waits while the dialog is open; choose the file with `setFiles`. */
export async function openFileDialog(page: Page): Promise<FileChooser> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Plan öffnen …' }).click()
  ]);
  await page.waitForTimeout(DIALOG_MS);
  return chooser;
}

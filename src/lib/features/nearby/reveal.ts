/**
 * Bringing the answer „Was ist hier geplant?“ into view: the phone's sheet opens its answer tab
 * (PanelSheet listens for SHOW_ANSWER), then focus moves to the answer's heading, so a
 * keyboard or screen-reader user lands on what was asked for (after „Mein Standort“, a search
 * result, the skip link).
 */
import { tick } from 'svelte';

export const SHOW_ANSWER = 'fnp:show-answer';
export const ANSWER_HEADING_ID = 'nearby-title';

export async function showAnswer(focus = true) {
  window.dispatchEvent(new CustomEvent(SHOW_ANSWER));
  await tick();
  if (!focus) return;
  const heading = document.getElementById(ANSWER_HEADING_ID);
  heading?.focus({ preventScroll: false });
}

import { bilingual, inEvery, type Bilingual } from '../i18n';
import { formatNumber } from '../i18n/format';
import type { HashCapped } from './url';

/** The notice for what the URL reader shortened: what, from how much, to how much. */
export function cappedText(capped: HashCapped): Bilingual {
  const { from, to } = capped.regionVertices;
  return bilingual('hostile.regionSimplified', {
    from: inEvery((l) => formatNumber(from, l)),
    to: inEvery((l) => formatNumber(to, l))
  });
}

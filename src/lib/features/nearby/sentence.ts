/**
 * The answer's first sentence in plain language, e.g. "Im Umkreis von 500 m sind 2 neue
 * Wohnbauflächen (4,1 ha) und 1 neue Grünfläche (0,3 ha) dargestellt; 0,8 ha Gewerbefläche
 * werden wieder Landwirtschaft." Pure: texts from i18n and plan/plain-language.ts.
 */
import type { NearbySummary } from '../../geo/nearby';
import { plainText } from '../../plan/plain-language';
import { formatHa, formatRadius } from '../../i18n/format';
import type { Lang, Translate } from '../../i18n';

/** "a, b und c". */
function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const ha = (m2: number, lang: Lang) => formatHa(m2, lang, 1);

export function answerSentence(s: NearbySummary, radius_m: number, t: Translate, lang: Lang) {
  const radius = formatRadius(radius_m, lang);
  if (s.neu.length === 0 && s.zurueck.length === 0 && s.anders.count === 0)
    return t('nearby.s.nothing', { radius });
  const clauses: string[] = [];
  const newCount = s.neu.reduce((n, e) => n + e.count, 0);
  const items = s.neu.map((e) => {
    const plain = plainText(e.category, lang);
    return t('nearby.s.new', {
      count: e.count,
      noun: e.count === 1 ? plain.one : plain.many,
      ha: ha(e.area_m2, lang)
    });
  });
  clauses.push(
    newCount === 0
      ? t('nearby.s.noNew', { radius })
      : t(newCount === 1 ? 'nearby.s.shown.one' : 'nearby.s.shown.many', {
          radius,
          items: joinList(items, t('nearby.and'))
        })
  );
  for (const e of s.zurueck) {
    clauses.push(
      t('nearby.s.back', {
        ha: ha(e.area_m2, lang),
        noun: plainText(e.previous, lang).one,
        becomes: plainText(e.category, lang).becomes
      })
    );
  }
  if (s.anders.count > 0)
    clauses.push(
      t(s.anders.count === 1 ? 'nearby.s.other.one' : 'nearby.s.other.many', {
        count: s.anders.count,
        ha: ha(s.anders.area_m2, lang)
      })
    );
  return `${clauses.join('; ')}.`;
}

/**
 * The answer to "Was ist hier geplant?" in plain words, for residents. Pure: texts from i18n and
 * plan/plain-language.ts, facts from geo/nearby.ts. In this order:
 *
 * 1. the spot itself: „Ihr Ort liegt in einer Wohnbaufläche; unverändert seit 1999.“
 * 2. what changes nearby, each change with its whole area and the distance to its nearest edge:
 *    „Im Umkreis von 500 m ändert sich: neue Wohnbaufläche, 1,7 ha (etwa 2 Fußballfelder),
 *    490 m entfernt.“
 * 3. what stays open nearby: „Die Grünfläche 80 m nördlich bleibt Grünfläche.“
 * 4. while the plan is a model, one caveat that the positions of new areas are estimated.
 *
 * Never the planners' words „dargestellt“, „Darstellung“, „Bezugsraum“.
 */
import '../../i18n/parts/nearby-answer';
import type { NearbyChange, OpenNearby, Spot } from '../../geo/nearby';
import { plainText } from '../../plan/plain-language';
import { formatHa, formatNumber, formatRadius } from '../../i18n/format';
import type { Lang, MessageKey, Translate } from '../../i18n';

/** A football pitch of 105 m × 68 m (FIFA's recommended size), m². */
export const PITCH_M2 = 105 * 68;

/** How many changes the sentence names; the list below the sentence holds all of them. */
export const NAMED_CHANGES = 4;

export interface AnswerFacts {
  spot: Spot | null;
  /** Changed areas near the point, nearest first (the spot's own area may be among them). */
  changes: readonly NearbyChange[];
  open: readonly OpenNearby[];
  radius_m: number;
  /** True while the plan is a model (plan.json `model`): positions of new areas are estimated. */
  model: boolean;
  /** True when the place lies outside the plan area (a search hit beyond the city). */
  outside?: boolean;
}

export interface Answer {
  /** The sentences, in reading order. */
  sentences: string[];
  /** The model caveat, or null for a binding plan. */
  caveat: string | null;
}

/** "1,7 ha (etwa 2 Fußballfelder)". */
export function areaWords(m2: number, t: Translate, lang: Lang): string {
  const pitches = Math.round(m2 / PITCH_M2);
  const compare =
    pitches === 0
      ? t('nearby.pitch.less')
      : t(pitches === 1 ? 'nearby.pitch.one' : 'nearby.pitch.many', {
          count: formatNumber(pitches, lang)
        });
  return `${formatHa(m2, lang, 1)} (${compare})`;
}

/** A distance rounded to 10 m, at least 10 m: "490 m", "1,2 km". */
export function distanceWords(m: number, lang: Lang): string {
  const r = Math.max(10, Math.round(m / 10) * 10);
  return r >= 1000 ? formatRadius(Math.round(r / 100) * 100, lang) : formatRadius(r, lang);
}

const COMPASS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;

/** Bearing (degrees from north) as one of eight directions: "nördlich". */
export function directionWord(bearing_deg: number, t: Translate): string {
  const i = Math.round((((bearing_deg % 360) + 360) % 360) / 45) % 8;
  return t(`nearby.dir.${COMPASS[i]!}` as MessageKey);
}

/**
 * German noun phrase after "in einer": the adjective of "gemischte Baufläche" takes the
 * dative ending ("in einer gemischten Baufläche"); English needs no change.
 */
function dative(noun: string, lang: Lang): string {
  return lang === 'de' ? noun.replace(/^([a-zäöü]+e) /, '$1n ') : noun;
}

function spotSentence(spot: Spot | null, t: Translate, lang: Lang): string {
  if (!spot) return t('nearby.s.spotNone');
  const noun = plainText(spot.category, lang).one;
  const was = spot.previous ? plainText(spot.previous, lang).one : null;
  if (spot.kind === 'neu')
    return t(was ? 'nearby.s.spotNew' : 'nearby.s.spotNewNone', {
      noun: dative(noun, lang),
      was: was ?? ''
    });
  if (spot.kind !== null && was)
    return t('nearby.s.spotChanged', { noun: dative(noun, lang), was });
  return t(spot.hasPrevious ? 'nearby.s.spotSame' : 'nearby.s.spot', { noun: dative(noun, lang) });
}

/** One change: "neue Wohnbaufläche, 1,7 ha (etwa 2 Fußballfelder), 490 m entfernt". */
function changeWords(c: NearbyChange, t: Translate, lang: Lang): string {
  const noun = plainText(c.category, lang);
  const what =
    c.kind === 'neu'
      ? t('nearby.s.changeNew', { noun: noun.one })
      : c.kind === 'zurueck' && c.previous
        ? t('nearby.s.changeBack', { was: plainText(c.previous, lang).one, becomes: noun.becomes })
        : c.previous
          ? t('nearby.s.changeOther', { was: plainText(c.previous, lang).one, noun: noun.one })
          : t('nearby.s.changeNew', { noun: noun.one });
  const where =
    c.distance_m < 10
      ? t('nearby.s.adjacent')
      : t('nearby.s.away', { d: distanceWords(c.distance_m, lang) });
  return `${what}, ${areaWords(c.area_m2, t, lang)}, ${where}`;
}

export function answer(facts: AnswerFacts, t: Translate, lang: Lang): Answer {
  const radius = formatRadius(facts.radius_m, lang);
  const sentences = [
    facts.outside && !facts.spot ? t('nearby.s.spotOutside') : spotSentence(facts.spot, t, lang)
  ];
  // The spot's own area was named in the first sentence.
  const others = facts.changes.filter((c) => c.id !== facts.spot?.id);
  if (others.length === 0) sentences.push(t('nearby.s.noChange', { radius }));
  else {
    const named = others.slice(0, NAMED_CHANGES).map((c) => changeWords(c, t, lang));
    const rest = others.length - named.length;
    const list = named.join('; ');
    sentences.push(
      rest > 0
        ? t('nearby.s.changesMore', { radius, list, count: rest })
        : t('nearby.s.changes', { radius, list })
    );
  }
  for (const o of facts.open) {
    const noun = plainText(o.category, lang);
    sentences.push(
      t('nearby.s.open', {
        noun: o.name ? t('nearby.s.named', { noun: noun.one, name: o.name }) : noun.one,
        d: distanceWords(o.distance_m, lang),
        dir: directionWord(o.bearing_deg, t),
        becomes: noun.becomes
      })
    );
  }
  return { sentences, caveat: facts.model ? t('nearby.s.caveat') : null };
}

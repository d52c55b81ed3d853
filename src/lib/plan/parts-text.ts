/** The line naming every plan at a point (plan/parts.ts), and the Nutzungsschablone in short. */
import type { BauFestsetzungen } from './types';
import { partName, type PlansAt } from './parts';
import { category } from './categories';
import { formatNumber, type Locale } from '../i18n/format';

/** A number as the Nutzungsschablone prints it: "0,8", "2,4" (German) or "0.8". */
const ratio = (v: number, lang: Locale) =>
  formatNumber(v, lang, Math.round(v * 100) % 10 === 0 ? 1 : 2);

/** The Nutzungsschablone in a few words: "GRZ 0,8, max. 3 Vollgeschosse" ('' if nothing fixed). */
export function bauShort(bau: BauFestsetzungen | undefined, lang: Locale): string {
  if (!bau) return '';
  const out: string[] = [];
  const grz = bau.GRZ ?? bau.GRZmax;
  if (grz !== undefined) out.push(`GRZ ${ratio(grz, lang)}`);
  const gfz = bau.GFZ ?? bau.GFZmax;
  if (gfz !== undefined) out.push(`GFZ ${ratio(gfz, lang)}`);
  const storeys = (n: number) =>
    lang === 'de'
      ? `${n} ${n === 1 ? 'Vollgeschoss' : 'Vollgeschosse'}`
      : `${n} full ${n === 1 ? 'storey' : 'storeys'}`;
  if (bau.Zzwingend !== undefined)
    out.push(`${lang === 'de' ? 'genau' : 'exactly'} ${storeys(bau.Zzwingend)}`);
  else if ((bau.Z ?? bau.Zmax) !== undefined) out.push(`max. ${storeys((bau.Z ?? bau.Zmax)!)}`);
  else if (bau.Zmin !== undefined) out.push(`min. ${storeys(bau.Zmin)}`);
  return out.join(', ');
}

/**
 * One line naming every plan at a point, German as the city writes it:
 * „FNP: Gemischte Baufläche · BPlan 01/377 (Modell): MU, GRZ 0,6, max. 5 Vollgeschosse“.
 */
export function plansAtText(at: PlansAt, lang: Locale): string {
  const pieces: string[] = [];
  if (at.fnp) pieces.push(`FNP: ${category(at.fnp.properties.category).label[lang]}`);
  for (const { ref, feature } of at.parts) {
    const c = category(feature.properties.category);
    // A Baugebiet by its letters as the Nutzungsschablone prints them (MU), other areas by name.
    const what = c.xplanMatch.baugebiet ? c.symbol : c.label[lang];
    const values = bauShort(feature.properties.bau, lang);
    pieces.push(`${partName(ref, lang)}: ${values ? `${what}, ${values}` : what}`);
  }
  return pieces.join(' · ');
}

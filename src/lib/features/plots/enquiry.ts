/** „Anfrage senden“: a mailto: link to the contact with the plot ids and the exposé link. */
import type { PlotContact, PlotProperties } from '$lib/plan/plots';

export interface EnquiryTexts {
  subject: (ids: string) => string;
  body: (list: string, link: string) => string;
  size: (m2: number) => string;
}

export function enquiryMailto(
  contact: PlotContact,
  plots: readonly PlotProperties[],
  link: string,
  x: EnquiryTexts
): string | null {
  if (!contact.email || plots.length === 0) return null;
  const ids = plots.map((p) => p.id).join(', ');
  const list = plots
    .map((p) => `- ${p.id}: ${p.estate}, ${x.size(p.area_m2)}, ${p.zoning}`)
    .join('\n');
  // RFC 6068: encode everything but the address; line breaks as %0D%0A.
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${contact.email}?subject=${enc(x.subject(ids))}&body=${enc(x.body(list, link))}`;
}

/** "tel:" form of a German phone number as written ("+49 2421 25-0" → "tel:+49242125-0"). */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+-]/g, '')}`;

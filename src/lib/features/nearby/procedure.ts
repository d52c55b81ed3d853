/**
 * The plan's procedure in plain words, from plan.json `procedure` (status, where the binding plan
 * is, whom to ask). Read defensively: a plan.json from elsewhere may lack it or hold anything.
 */
import type { Lang } from '../../i18n';
import type { PlanMeta } from '../../plan/types';

export interface Procedure {
  /** True while the entry is the project's model, not the city's own wording. */
  model: boolean;
  status: string | null;
  binding: string | null;
  contact: { name: string; url: string | null } | null;
}

const text = (v: unknown, lang: Lang): string | null => {
  const s = (v as Record<string, unknown> | null)?.[lang];
  return typeof s === 'string' && s.trim() !== '' && s.length < 2000 ? s : null;
};

/** Only http(s) links are offered. */
const link = (v: unknown): string | null =>
  typeof v === 'string' && /^https?:\/\/[^\s"<>]+$/.test(v) ? v : null;

export function readProcedure(meta: PlanMeta, lang: Lang): Procedure | null {
  const p = meta.procedure as Record<string, unknown> | undefined;
  if (!p || typeof p !== 'object') return null;
  const c = p.contact as Record<string, unknown> | undefined;
  const name = typeof c?.name === 'string' && c.name.length < 300 ? c.name : null;
  const out: Procedure = {
    model: p.model === true || meta.model,
    status: text(p.status, lang),
    binding: text(p.binding, lang),
    contact: name ? { name, url: link(c?.url) } : null
  };
  return out.status || out.binding || out.contact ? out : null;
}

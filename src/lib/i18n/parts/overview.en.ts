/** English texts of parts/overview.ts (loaded on the page only when English is chosen). */
import type { de } from './overview';

export const en: Record<keyof typeof de, string> = {
  'overview.notice':
    '“{file}” has a great many areas. At overview scale the map therefore shows a simplified image; the individual areas with outlines, filters and highlighting appear from zoom level {zoom}. Clicking the image selects the area at that spot.',
  'overview.legend':
    'Simplified overview: below zoom level {zoom} the map shows an image of the plan in the legend colours, without outlines or filters. Zoom in to see the individual areas.'
};

/** English texts of parts/nearby-answer.ts (loaded on the page only when English is chosen). */
import type { de } from './nearby-answer';

export const en: Record<keyof typeof de, string> = {
  'nearby.col.kind': 'Change',
  'nearby.select': 'Show on the map',
  'nearby.s.spot': 'Your place lies in a {noun}.',
  'nearby.s.spotSame': 'Your place lies in a {noun}; unchanged since 1999.',
  'nearby.s.spotNew': 'Your place lies in a new {noun}; in 1999 this was {was}.',
  'nearby.s.spotNewNone': 'Your place lies in a new {noun}; in 1999 nothing was set here.',
  'nearby.s.spotChanged': 'Your place lies in a {noun}; in 1999 this was {was}.',
  'nearby.s.spotOutside': 'Your place lies outside the plan area; this plan sets nothing there.',
  'nearby.s.spotNone': 'The plan sets no use for your place itself.',
  'nearby.s.changes': 'Within {radius}, this changes: {list}.',
  'nearby.s.changesMore': 'Within {radius}, this changes: {list}; and {count} more (see the list).',
  'nearby.s.noChange': 'Within {radius}, nothing else changes from the 1999 plan.',
  'nearby.s.changeNew': 'new {noun}',
  'nearby.s.changeBack': '{was} returns to {becomes}',
  'nearby.s.changeOther': '{was} becomes {noun}',
  'nearby.s.away': '{d} away',
  'nearby.s.adjacent': 'right next to it',
  'nearby.s.open': 'The {noun} {d} to the {dir} stays {becomes}.',
  'nearby.s.caveat':
    'Important: this plan is a model. Where the new areas lie exactly is estimated.',
  'nearby.s.named': '{noun} “{name}”',
  'nearby.pitch.less': 'smaller than a football pitch',
  'nearby.pitch.one': 'about 1 football pitch',
  'nearby.pitch.many': 'about {count} football pitches',
  'nearby.dir.n': 'north',
  'nearby.dir.ne': 'north-east',
  'nearby.dir.e': 'east',
  'nearby.dir.se': 'south-east',
  'nearby.dir.s': 'south',
  'nearby.dir.sw': 'south-west',
  'nearby.dir.w': 'west',
  'nearby.dir.nw': 'north-west',
  'nearby.and': 'and',
  'nearby.longpress': 'Place chosen: the answer is in the “What is planned here?” section.'
};

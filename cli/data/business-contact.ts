/**
 * plan.json `businessContact`: who answers enquiries about business plots. The viewer shows it
 * with every plot, the exposé and the „Anfrage senden“ e-mail. A model entry (`model: true`)
 * until the city confirms it: the phone number is the city administration's switchboard
 * (dueren.de); the department's person and e-mail address are not confirmed.
 */
import type { PlotContact } from '../../src/lib/plan/plots';

export const BUSINESS_CONTACT: PlotContact & { note: string } = {
  name: 'Wirtschaftsförderung der Stadt Düren',
  role: 'Gewerbeflächen und Ansiedlung',
  phone: '+49 2421 25-0',
  email: 'wirtschaftsfoerderung@dueren.de',
  url: 'https://www.dueren.de/',
  model: true,
  note: 'Modelleintrag: Rufnummer ist die Zentrale der Stadtverwaltung; Ansprechperson und E-Mail-Adresse sind nicht bestätigt.'
};

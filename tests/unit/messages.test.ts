/**
 * Messages for people (issue 26): German first, English second, naming what and where — never a
 * class name („RegionError: …“, „PlanLoadError: Not Found“, „TypeError: …“) or an internal text
 * („no plan indexed“).
 */
import { describe, expect, it } from 'vitest';
import { RegionError } from '../../src/lib/geo/region';
import { PlanLoadError } from '../../src/lib/plan/fetch';
import { errorText, failureError, loadErrorText } from '../../src/lib/worker/rpc';
import { NotLoadedError, unexpectedText } from '../../src/lib/worker/errors';
import { workerFailure } from '../../src/lib/worker/failure';
import { parsePlots } from '../../src/lib/plan/plots-read';
import { parsePlanCollection, parsePlanMeta, PlanDataError } from '../../src/lib/plan/validate';

const CLASS_NAME = /\b[A-Z][A-Za-z]*Error\b|no plans? (indexed|loaded)|\[object/;

describe('error texts for people', () => {
  it('a file that is not there: the file and HTTP status in German and English, no class name', () => {
    const t = errorText(new PlanLoadError('http', 'data/x/plan.json', 'Not Found', 404));
    expect(t.de).toBe(
      'Der Plan konnte nicht geladen werden: Die Datei „data/x/plan.json“ ist nicht erreichbar (HTTP 404).'
    );
    expect(t.en).toMatch(/The plan could not be loaded: .*data\/x\/plan\.json.*HTTP 404/);
    expect(loadErrorText(new PlanLoadError('json', 'plan.json', 'SyntaxError: x')).de).not.toMatch(
      CLASS_NAME
    );
  });

  it('a region error and an unexpected error: their message, never their class name', () => {
    expect(
      errorText(new RegionError({ de: 'Die Fläche hat keinen Flächeninhalt.', en: 'No extent.' }))
    ).toEqual({ de: 'Die Fläche hat keinen Flächeninhalt.', en: 'No extent.' });
    for (const e of [
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      'text',
      { odd: true }
    ]) {
      const t = errorText(e);
      expect(t.de).toMatch(/^Ein unerwarteter Fehler ist aufgetreten/);
      expect(t.en).toMatch(/^An unexpected error occurred/);
      expect(`${t.de} ${t.en}`).not.toMatch(CLASS_NAME);
    }
  });

  it('a broken plan or plots file: what and where in German and English, also across the worker', () => {
    const fail = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e;
      }
      throw new Error('not refused');
    };
    const broken = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { id: 'A1', category: 'mond' }, geometry: null }]
    };
    const e = fail(() => parsePlanCollection(broken, 'data/x/plan.geojson'));
    expect(e).toBeInstanceOf(PlanDataError);
    // as the page's loader and the plan worker pass it on: a load failure of reason „data“
    const load = new PlanLoadError(
      'data',
      'data/x/plan.geojson',
      (e as PlanDataError).message,
      0,
      (e as PlanDataError).messageEn
    );
    for (const t of [errorText(load), errorText(failureError(workerFailure(load)))]) {
      expect(t.de).toBe(
        'Der Plan konnte nicht geladen werden: „data/x/plan.geojson“, Fläche „A1“: unbekannte Kategorie „mond“.'
      );
      expect(t.en).toMatch(/^The plan could not be loaded: .*area “A1”: unknown category “mond”/);
      expect(`${t.de} ${t.en}`).not.toMatch(CLASS_NAME);
    }
    const plots = fail(() =>
      parsePlots({ type: 'FeatureCollection', features: [{}] }, 'p.geojson')
    );
    expect(errorText(failureError(workerFailure(plots)))).toEqual({
      de: 'p.geojson, Grundstück 1: kein GeoJSON-Feature.',
      en: 'p.geojson, plot 1: not a GeoJSON feature.'
    });
    const meta = fail(() => parsePlanMeta({}, 'plan.json')) as PlanDataError;
    expect(meta.messageEn).toBe('“plan.json” contains no valid plan metadata (title missing).');
  });

  it('a worker without its plan says so in German and English', () => {
    const t = unexpectedText(new NotLoadedError());
    expect(t.message).toMatch(/^Der Plan ist im Hintergrund nicht \(mehr\) geladen/);
    expect(t.messageEn).toMatch(/^The plan is not loaded/);
    const u = unexpectedText(new RangeError('Invalid array length'));
    expect(u.message).toBe(
      'Unerwarteter Fehler bei der Berechnung (Invalid array length). Bitte die Seite neu laden.'
    );
    expect(`${u.message} ${u.messageEn}`).not.toMatch(CLASS_NAME);
  });
});

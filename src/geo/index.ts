/**
 * The geo stage: an embedded gazetteer (data/gazetteer/places.tsv) and the resolution of place
 * mentions to event locations, offline and in-process. Other stages import only from this file.
 */
export { foldName } from './fold.js';
export { loadGazetteer, parseGazetteer, defaultGazetteerPath, type Gazetteer, type Place, type PlaceKind } from './gazetteer.js';
export { findPlaces, scoreCandidates, sentenceCountries, namedCountries, type Candidate, type NamedCountry, type PlaceContext, type PlaceMention, type ResolvedPlace } from './find-places.js';
export { locateEvents, documentPlaces, documentCountries, findDocumentPlaces, type DocumentPlace, type LocateOptions } from './locate.js';
export { evaluateGeo, readGold, type GeoEvalResult, type GoldItem, type GoldOutcome, type GoldPlace } from './evaluate.js';

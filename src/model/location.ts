/** Where an event happened, as resolved against the gazetteer. */
export interface Location {
  name: string;
  /** ISO 3166 alpha-3. */
  country: string | null;
  admin1: string | null;
  lat: number;
  lon: number;
  precision: 'city' | 'admin1' | 'country' | 'region';
  /** Why this place: the words and the rule that chose it. */
  evidence: { text: string; sentence: number; start: number; end: number; rule: string; gazetteerId?: string };
}

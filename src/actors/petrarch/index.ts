/** PETRARCH-format actor and agent dictionaries, read into dyad's `ActorDictionary`. */
export { readPetrarchActors, readPetrarchAgents, pluralOf, phraseWords, isoDate, type ReadProblem } from './read-actors.js';

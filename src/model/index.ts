export type { Token, Sentence } from './text.js';
export type { Upos, ParsedToken, ParsedSentence } from './parse.js';
export type { Document } from './document.js';
export type { Actor, ActorMention } from './actor.js';
export type { Location } from './location.js';
export type { Evidence, Plover, EventRecord } from './event.js';
export { shortId } from './ids.js';

/** Reading and writing the model files under `data/models/`. */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LinearModel } from './linear.js';
import { Tagger, type TaggerMeta } from './tagger.js';
import { Parser } from './parser.js';
import { Lemmatizer, type LemmatizerData } from './lemmatizer.js';

/** File names of a model directory. */
export const MODEL_FILES = {
  tagger: 'tagger.bin',
  tagger2: 'tagger-pass2.bin',
  taggerMeta: 'tagger.json',
  transitions: 'parser-transitions.bin',
  labeller: 'parser-labels.bin',
  parserMeta: 'parser.json',
  lemmatizer: 'lemmatizer.json',
} as const;

/** Everything the pipeline needs, loaded from one model directory. */
export interface LoadedModels {
  tagger: Tagger;
  parser: Parser;
  lemmatizer: Lemmatizer;
}

/** What `parser.json` holds. */
export interface ParserMeta {
  labels: string[];
  /** `[headClass, depClass, dir, label]`: relations the two tags and the direction decide (train/fixed-labels.ts). */
  fixedLabels?: number[][];
}

function readJson<T>(path: string): T {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new Error(`${path}: invalid JSON (${(err as Error).message})`);
  }
}

/** Loads the tagger, parser and lemmatizer from `dir`; errors name the file. */
export function loadModels(dir: string): LoadedModels {
  const p = (f: string): string => join(dir, f);
  const taggerModel = LinearModel.fromBytes(readFileSync(p(MODEL_FILES.tagger)), p(MODEL_FILES.tagger));
  const taggerMeta = readJson<TaggerMeta>(p(MODEL_FILES.taggerMeta));
  // The second tagging pass is optional: models trained without it have no file.
  const tagger2 = existsSync(p(MODEL_FILES.tagger2))
    ? LinearModel.fromBytes(readFileSync(p(MODEL_FILES.tagger2)), p(MODEL_FILES.tagger2))
    : undefined;
  const transitions = LinearModel.fromBytes(readFileSync(p(MODEL_FILES.transitions)), p(MODEL_FILES.transitions));
  const labeller = LinearModel.fromBytes(readFileSync(p(MODEL_FILES.labeller)), p(MODEL_FILES.labeller));
  const parserMeta = readJson<ParserMeta>(p(MODEL_FILES.parserMeta));
  const lemma = readJson<LemmatizerData>(p(MODEL_FILES.lemmatizer));
  if (taggerModel.nClasses !== taggerMeta.classes.length) {
    throw new Error(`${p(MODEL_FILES.tagger)}: ${taggerModel.nClasses} classes but tagger.json lists ${taggerMeta.classes.length}`);
  }
  if (labeller.nClasses !== parserMeta.labels.length) {
    throw new Error(`${p(MODEL_FILES.labeller)}: ${labeller.nClasses} classes but parser.json lists ${parserMeta.labels.length}`);
  }
  return {
    tagger: new Tagger(taggerModel, taggerMeta, tagger2),
    parser: new Parser(transitions, labeller, parserMeta.labels, parserMeta.fixedLabels, taggerMeta.classes.length),
    lemmatizer: new Lemmatizer(lemma),
  };
}

/** The parts written by `saveModels`. */
export interface ModelParts {
  tagger: LinearModel;
  /** Second tagging pass, when trained. */
  tagger2?: LinearModel;
  taggerMeta: TaggerMeta;
  transitions: LinearModel;
  labeller: LinearModel;
  parserMeta: ParserMeta;
  lemmatizer: LemmatizerData;
  /** Free-form training report saved as `training.json`. */
  report?: unknown;
}

/** Writes every model file into `dir` (created if needed). */
export function saveModels(dir: string, parts: ModelParts): void {
  mkdirSync(dir, { recursive: true });
  const p = (f: string): string => join(dir, f);
  writeFileSync(p(MODEL_FILES.tagger), parts.tagger.toBytes());
  if (parts.tagger2) writeFileSync(p(MODEL_FILES.tagger2), parts.tagger2.toBytes());
  writeFileSync(p(MODEL_FILES.taggerMeta), JSON.stringify(parts.taggerMeta));
  writeFileSync(p(MODEL_FILES.transitions), parts.transitions.toBytes());
  writeFileSync(p(MODEL_FILES.labeller), parts.labeller.toBytes());
  writeFileSync(p(MODEL_FILES.parserMeta), JSON.stringify(parts.parserMeta));
  writeFileSync(p(MODEL_FILES.lemmatizer), JSON.stringify(parts.lemmatizer));
  if (parts.report !== undefined) writeFileSync(p('training.json'), JSON.stringify(parts.report, null, 2) + '\n');
}

/**
 * Worker thread for jackknifed tagging: trains a tagger on every fold but one and returns its
 * predicted classes for the held-out fold, so that the parser trains on realistic tags.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { readConllu } from '../conllu.js';
import { computeWordInfo } from '../tagger.js';
import type { Upos } from '../../model/index.js';
import { toGold } from './data.js';
import { trainTagger } from './train-tagger.js';

/** What the parent sends to a jackknife worker. */
export interface JackknifeJob {
  /** The treebank files whose sentences, concatenated, are the training set. */
  trainFiles: string[];
  fold: number;
  folds: number;
  iterations: number;
  classes: [Upos, string][];
}

/** What a jackknife worker sends back: sentence indices of its fold and their predicted classes. */
export interface JackknifeResult {
  fold: number;
  indices: number[];
  tags: Int32Array[];
}

if (parentPort) {
  const job = workerData as JackknifeJob;
  const all = job.trainFiles.flatMap((f) => toGold(readConllu(readFileSync(f, 'utf8'), f)));
  const held: number[] = [];
  const rest = all.filter((_, i) => {
    if (i % job.folds === job.fold) {
      held.push(i);
      return false;
    }
    return true;
  });
  const { tagger } = trainTagger(rest, { iterations: job.iterations, classes: job.classes, seed: 11 + job.fold });
  const result: JackknifeResult = {
    fold: job.fold,
    indices: held,
    tags: held.map((i) => tagger.tagInfo(computeWordInfo(all[i].words))),
  };
  parentPort.postMessage(result);
}

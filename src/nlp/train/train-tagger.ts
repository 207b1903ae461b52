/** Training of the joint UPOS+XPOS averaged-perceptron tagger. */
import { PerceptronTrainer, type LinearModel } from '../linear.js';
import { Tagger, TAGGER_MAX_FEATURES, argmax, computeWordInfo, taggerFeatures, taggerFeatures2, type TaggerMeta, type WordInfo } from '../tagger.js';
import type { Upos } from '../../model/index.js';
import { makeRandom, shuffle, ValueCounts, type GoldSentence } from './data.js';

/** Options of `trainTagger`. */
export interface TaggerTrainOptions {
  iterations: number;
  seed?: number;
  /** Called after each iteration with dev accuracies when `dev` is given. */
  log?: (msg: string) => void;
  dev?: GoldSentence[];
  /** Fixed class inventory (so jackknife folds share class ids); computed from `train` when absent. */
  classes?: [Upos, string][];
  /**
   * Train a second pass on top of this first-pass tagger, reading `firstPass` (its jackknifed
   * tags for each training sentence) as features.
   */
  base?: Tagger;
  firstPass?: Int32Array[];
}

/** The joint (UPOS, XPOS) classes of a treebank, most frequent first. */
export function tagClasses(sentences: GoldSentence[]): [Upos, string][] {
  const counts = new Map<string, number>();
  for (const s of sentences) for (let i = 0; i < s.words.length; i++) {
    const k = `${s.upos[i]}\t${s.xpos[i]}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k.split('\t') as [Upos, string]);
}

function buildTagdict(sentences: GoldSentence[], classOf: (s: GoldSentence, i: number) => number): Record<string, number> {
  const counts = new ValueCounts<string>();
  for (const s of sentences) {
    const x = computeWordInfo(s.words);
    for (let i = 0; i < s.words.length; i++) counts.add(x.lowerText[i], classOf(s, i));
  }
  return Object.fromEntries(counts.dominantValues(20, 0.997));
}

/** Words seen at least 3 times and the set of classes each takes (ignoring classes under 2% of its uses). */
function buildLexicon(sentences: GoldSentence[], classOf: (s: GoldSentence, i: number) => number): { ambiguity: string[]; lexicon: Record<string, number> } {
  const counts = new Map<string, Map<number, number>>();
  for (const s of sentences) {
    const x = computeWordInfo(s.words);
    for (let i = 0; i < s.words.length; i++) {
      let m = counts.get(x.lowerText[i]);
      if (!m) counts.set(x.lowerText[i], (m = new Map()));
      const c = classOf(s, i);
      m.set(c, (m.get(c) ?? 0) + 1);
    }
  }
  const ambiguity: string[] = [];
  const ambIndex = new Map<string, number>();
  const lexicon: Record<string, number> = {};
  for (const [w, m] of counts) {
    let total = 0;
    for (const k of m.values()) total += k;
    if (total < 3) continue;
    const set = [...m.entries()].filter(([, k]) => k / total >= 0.02).map(([c]) => c).sort((a, b) => a - b).join(',');
    let a = ambIndex.get(set);
    if (a === undefined) {
      a = ambiguity.length;
      ambiguity.push(set);
      ambIndex.set(set, a);
    }
    lexicon[w] = a;
  }
  return { ambiguity, lexicon };
}

interface Prepared {
  x: WordInfo;
  gold: Int32Array;
  first: Int32Array | null;
}

/** Tag accuracy of `tagger` on `sentences`: [UPOS, XPOS, joint]. */
export function evaluateTagger(tagger: Tagger, sentences: GoldSentence[]): { upos: number; xpos: number; tokens: number } {
  let n = 0, u = 0, x = 0;
  for (const s of sentences) {
    const tags = tagger.tagInfo(computeWordInfo(s.words));
    for (let i = 0; i < s.words.length; i++) {
      const [up, xp] = tagger.meta.classes[tags[i]];
      n++;
      if (up === s.upos[i]) u++;
      if (xp === s.xpos[i]) x++;
    }
  }
  return { upos: u / Math.max(1, n), xpos: x / Math.max(1, n), tokens: n };
}

/** Trains the tagger on `train`; returns the compact model and its metadata. */
export function trainTagger(train: GoldSentence[], opts: TaggerTrainOptions): { model: LinearModel; meta: TaggerMeta; tagger: Tagger; trainer: PerceptronTrainer } {
  const classes = opts.classes ?? tagClasses(train);
  const index = new Map(classes.map(([u, x], i) => [`${u}\t${x}`, i]));
  const classOf = (s: GoldSentence, i: number): number => index.get(`${s.upos[i]}\t${s.xpos[i]}`) ?? 0;
  if (opts.base && opts.firstPass?.length !== train.length) throw new Error('trainTagger: a second pass needs first-pass tags for every sentence');
  const { tagdict, ambiguity, lexicon } = opts.base
    ? opts.base.meta
    : { tagdict: buildTagdict(train, classOf), ...buildLexicon(train, classOf) };
  const dictMap = new Map(Object.entries(tagdict));
  const data: Prepared[] = train.map((s, k) => ({
    x: computeWordInfo(s.words),
    gold: Int32Array.from(s.words.map((_, i) => classOf(s, i))),
    first: opts.firstPass ? opts.firstPass[k] : null,
  }));
  const p = new PerceptronTrainer(classes.length);
  const feats = new Int32Array(TAGGER_MAX_FEATURES);
  const scores = new Float32Array(classes.length);
  const rand = makeRandom(opts.seed ?? 1);
  const meta: TaggerMeta = { classes, tagdict, ambiguity, lexicon };
  const filler = new Tagger(p.toModel(), meta);
  for (const d of data) filler.fillAmbiguity(d.x);
  let model: LinearModel = p.toModel();
  for (let it = 1; it <= opts.iterations; it++) {
    shuffle(data, rand);
    let correct = 0, total = 0;
    for (const { x, gold, first } of data) {
      let p1 = -1, p2 = -1;
      for (let i = 0; i < x.n; i++) {
        let guess = dictMap.get(x.lowerText[i]);
        if (guess === undefined) {
          const nf = first ? taggerFeatures2(x, i, p1, p2, first, feats) : taggerFeatures(x, i, p1, p2, feats);
          scores.fill(0);
          p.score(feats, nf, scores);
          guess = argmax(scores);
          p.update(feats, nf, gold[i], guess);
          p.t++;
        }
        if (guess === gold[i]) correct++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    model = p.toModel();
    if (opts.log) {
      let msg = `${opts.base ? 'second-pass ' : ''}tagger iteration ${it}/${opts.iterations}: train acc ${(correct / total).toFixed(4)}`;
      if (opts.dev) {
        const r = evaluateTagger(opts.base ? new Tagger(opts.base.model, meta, model) : new Tagger(model, meta), opts.dev);
        msg += `, dev UPOS ${r.upos.toFixed(4)} XPOS ${r.xpos.toFixed(4)}`;
      }
      opts.log(msg);
    }
  }
  const tagger = opts.base ? new Tagger(opts.base.model, meta, model) : new Tagger(model, meta);
  return { model, meta, tagger, trainer: p };
}

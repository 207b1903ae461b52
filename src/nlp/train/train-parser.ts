/**
 * Training of the arc-hybrid parser with a dynamic oracle (Goldberg and Nivre 2013): at each
 * state the cost of a transition is the number of gold arcs it makes unreachable; the perceptron
 * is updated towards the best zero-cost transition, and after the first iteration the parser
 * follows its own (possibly wrong) prediction most of the time, so it learns to recover from errors.
 */
import { PerceptronTrainer, type LinearModel } from '../linear.js';
import {
  LABEL_MAX_FEATURES, LEFT, PARSER_MAX_FEATURES, ParseState, Parser, SHIFT, labelFeatures, parserFeatures,
} from '../parser.js';
import { argmax, computeWordInfo, type WordInfo } from '../tagger.js';
import { makeRandom, shuffle, type GoldSentence } from './data.js';

/** A training sentence with the tags the parser sees (jackknifed predictions). */
export interface ParserExample {
  gold: GoldSentence;
  tags: Int32Array;
}

/** Options of `trainParser`. */
export interface ParserTrainOptions {
  iterations: number;
  seed?: number;
  /** Probability of following the model's own prediction once exploration starts (iteration 2). */
  explore?: number;
  log?: (msg: string) => void;
  /** Development sentences with predicted tags, scored after each iteration. */
  dev?: ParserExample[];
  /** Weights with |w| below this are dropped from the saved models. */
  prune?: number;
}

interface Prepared {
  x: WordInfo;
  tags: Int32Array;
  heads: Int32Array;
  labels: Int32Array;
  /** Gold children of each node (including the root n), as lists. */
  kids: Int32Array[];
}

/** Cost of transition `t` in state `st` with respect to gold heads (root = n). */
function cost(st: ParseState, t: number, g: Int32Array, kids: Int32Array[], onStack: Uint8Array): number {
  const s0 = st.s(0);
  const b = st.b;
  let c = 0;
  if (t === SHIFT) {
    const h = g[b];
    if (h !== s0 && h < st.n && onStack[h]) c++;
    for (const k of kids[b]) if (onStack[k]) c++;
    return c;
  }
  const gh = g[s0];
  if (t === LEFT) {
    const s1 = st.s(1);
    if (gh !== b && ((s1 >= 0 && gh === s1) || gh > b)) c++;
  } else if (gh >= b) {
    c++;
  }
  for (const k of kids[s0]) if (k >= b) c++;
  return c;
}

/** Attachment scores of `parser` on examples: UAS and LAS over all tokens, punctuation included. */
export function evaluateParser(parser: Parser, examples: ParserExample[]): { uas: number; las: number; tokens: number } {
  let n = 0, u = 0, l = 0;
  for (const { gold, tags } of examples) {
    const x = computeWordInfo(gold.words);
    const r = parser.parse(x, tags);
    for (let i = 0; i < x.n; i++) {
      n++;
      const gh = gold.heads[i] === x.n ? -1 : gold.heads[i];
      if (r.heads[i] === gh) {
        u++;
        if (parser.labels[r.labels[i]] === gold.deprels[i]) l++;
      }
    }
  }
  return { uas: u / Math.max(1, n), las: l / Math.max(1, n), tokens: n };
}

/** The relation inventory of a treebank, most frequent first, always including `root`. */
export function labelInventory(sentences: GoldSentence[]): string[] {
  const counts = new Map<string, number>([['root', 0]]);
  for (const s of sentences) for (const d of s.deprels) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
}

/** Trains the transition and label classifiers. */
export function trainParser(
  examples: ParserExample[],
  opts: ParserTrainOptions,
): { transitions: LinearModel; labeller: LinearModel; labels: string[]; parser: Parser; trainers: [PerceptronTrainer, PerceptronTrainer] } {
  const labels = labelInventory(examples.map((e) => e.gold));
  if (labels.length > 64) throw new Error(`parser supports at most 64 relations, treebank has ${labels.length}`);
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const data: Prepared[] = examples.map(({ gold, tags }) => {
    const n = gold.words.length;
    const kidLists: number[][] = Array.from({ length: n + 1 }, () => []);
    for (let i = 0; i < n; i++) kidLists[gold.projHeads[i]].push(i);
    return {
      x: computeWordInfo(gold.words),
      tags,
      heads: gold.projHeads,
      labels: Int32Array.from(gold.deprels.map((d, i) => (gold.projHeads[i] === n ? labelIndex.get('root')! : labelIndex.get(d) ?? 0))),
      kids: kidLists.map((k) => Int32Array.from(k)),
    };
  });
  const tp = new PerceptronTrainer(3);
  const lp = new PerceptronTrainer(labels.length);
  const feats = new Int32Array(PARSER_MAX_FEATURES);
  const lfeats = new Int32Array(LABEL_MAX_FEATURES);
  const scores = new Float32Array(3);
  const lscores = new Float32Array(labels.length);
  const costs = new Int32Array(3);
  const rand = makeRandom(opts.seed ?? 7);
  const explore = opts.explore ?? 0.9;
  const rootLabel = labelIndex.get('root')!;
  let result = { transitions: tp.toModel(), labeller: lp.toModel(), labels, parser: null as unknown as Parser, trainers: [tp, lp] as [PerceptronTrainer, PerceptronTrainer] };
  for (let it = 1; it <= opts.iterations; it++) {
    shuffle(data, rand);
    let right = 0, total = 0;
    for (const ex of data) {
      const n = ex.x.n;
      const st = new ParseState(n);
      const onStack = new Uint8Array(n + 1);
      while (!st.terminal) {
        const nf = parserFeatures(st, ex.x, ex.tags, feats);
        scores.fill(0);
        tp.score(feats, nf, scores);
        let pred = -1, minCost = Infinity;
        for (let t = 0; t < 3; t++) {
          if (!st.valid(t)) { costs[t] = -1; continue; }
          costs[t] = cost(st, t, ex.heads, ex.kids, onStack);
          if (costs[t] < minCost) minCost = costs[t];
          if (pred < 0 || scores[t] > scores[pred]) pred = t;
        }
        let best = -1;
        for (let t = 0; t < 3; t++) if (costs[t] === minCost && (best < 0 || scores[t] > scores[best])) best = t;
        total++;
        if (costs[pred] === minCost) right++;
        else tp.update(feats, nf, best, pred);
        tp.t++;
        const move = it > 1 && costs[pred] !== minCost && rand() < explore ? pred : costs[pred] === minCost ? pred : best;
        let label = -1;
        if (move !== SHIFT) {
          const [h, d] = st.arcOf(move);
          if (h === n) label = rootLabel;
          else {
            const lf = labelFeatures(st, ex.x, ex.tags, h, d, lfeats);
            lscores.fill(0);
            lp.score(lfeats, lf, lscores);
            lscores[rootLabel] = -Infinity;
            label = argmax(lscores);
            if (ex.heads[d] === h) {
              lp.update(lfeats, lf, ex.labels[d], label);
              lp.t++;
              label = ex.labels[d];
            }
          }
          onStack[st.s(0)] = 0;
        } else {
          onStack[st.b] = 1;
        }
        st.apply(move, label);
      }
    }
    const transitions = tp.toModel(opts.prune ?? 0);
    const labeller = lp.toModel(opts.prune ?? 0);
    const parser = new Parser(transitions, labeller, labels);
    result = { transitions, labeller, labels, parser, trainers: [tp, lp] };
    if (opts.log) {
      let msg = `parser iteration ${it}/${opts.iterations}: oracle agreement ${(right / total).toFixed(4)}`;
      if (opts.dev) {
        const r = evaluateParser(parser, opts.dev);
        msg += `, dev UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)}`;
      }
      opts.log(msg + ` (${transitions.featureCount} + ${labeller.featureCount} features)`);
    }
  }
  return result;
}

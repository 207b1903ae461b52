import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from './command.js';
import { readTextInput } from './read-input.js';
import { loadNlp } from '../nlp/index.js';
import { evaluateGeo, findDocumentPlaces, loadGazetteer, readGold, type PlaceMention } from '../geo/index.js';

const usage = `usage: dyad geocode [--json] "TEXT" | FILE | -
       dyad geocode --eval GOLD.jsonl [--json] [--verbose]

Finds the places a text names (names after in/near/at/along/..., datelines such as "KABUL -",
borders such as "the Tajik-Afghan border", "northern Afghanistan", "Central Asia"), resolves each
against the embedded gazetteer and prints the candidates considered, the chosen one and why.
A single argument that is not an existing file is read as the text itself.

  --json            one JSON object per mention on stdout (JSONL)
  --eval GOLD       score against a gold file ({"text","places":[{"text","name","country","precision"}]}
                    per line) and print country and place accuracy
  --verbose         with --eval: list every miss and every spurious mention`;

function show(m: PlaceMention): string {
  const c = m.chosen;
  const head = c
    ? `${m.text}  [tokens ${m.start}-${m.end}, sentence ${m.sentence}]\n  -> ${c.name} (${c.precision}, ${c.country ?? '-'}${c.admin1 ? `, ${c.admin1}` : ''}) ${c.lat.toFixed(3)},${c.lon.toFixed(3)}  ${c.id}`
    : `${m.text}  -> (no candidate)`;
  const cands = m.candidates.map((k) => `     ${k.score.toFixed(1).padStart(5)}  ${k.place.name} (${k.place.kind}, ${k.place.country ?? '-'}${k.place.admin1 ? `, ${k.place.admin1}` : ''})`).join('\n');
  return `${head}\n  why: ${m.why}\n  candidates:\n${cands}\n`;
}

const command: Command = {
  name: 'geocode',
  summary: 'show the places a text names, the gazetteer candidates and why each was chosen',
  usage,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, eval: { type: 'string' }, verbose: { type: 'boolean', default: false } },
    });
    const nlp = loadNlp();
    const gaz = loadGazetteer();
    if (values.eval !== undefined) {
      if (positionals.length > 0) throw new UsageError(`--eval takes no text (got ${positionals[0]})`);
      let text: string;
      try {
        text = readFileSync(values.eval, 'utf8');
      } catch (err) {
        process.stderr.write(`dyad geocode: cannot read ${values.eval}: ${(err as Error).message}\n`);
        return 1;
      }
      const { items, problems } = readGold(text, values.eval);
      for (const p of problems) process.stderr.write(`dyad geocode: ${p}\n`);
      const r = evaluateGeo(items, (t) => nlp.parse(t), gaz);
      if (values.json) {
        const { sentences, places, found, countryAccuracy, placeAccuracy, spurious } = r;
        process.stdout.write(JSON.stringify({ sentences, places, found, countryAccuracy, placeAccuracy, spurious }) + '\n');
        return 0;
      }
      const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
      process.stdout.write(`sentences         ${r.sentences}\ngold places       ${r.places}\nfound             ${r.found}\n` +
        `country accuracy  ${pct(r.countryAccuracy)}\nplace accuracy    ${pct(r.placeAccuracy)}\nspurious mentions ${r.spurious}\n`);
      if (values.verbose) {
        for (const o of r.outcomes.filter((x) => !x.placeOk)) {
          const c = o.found?.chosen;
          process.stdout.write(`miss ${values.eval}:${o.line}: "${o.gold.text}" gold ${o.gold.name}/${o.gold.country}/${o.gold.precision}, got ${c ? `${c.name}/${c.country}/${c.precision} (${o.found?.why})` : 'nothing'}\n`);
        }
        for (const s of r.spuriousMentions) process.stdout.write(`spurious ${values.eval}:${s.line}: "${s.text}"\n`);
      }
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`expected one text, file or -, got ${positionals.length} arguments (quote the text)`);
    let text: string;
    const arg = positionals[0];
    if (arg === undefined || arg === '-') text = (await readTextInput(arg)).text;
    else {
      let isFile = false;
      try {
        isFile = !arg.includes('\n') && arg.length < 4096 && readFileSync(arg).length >= 0;
      } catch {
        isFile = false;
      }
      text = isFile ? (await readTextInput(arg)).text : arg;
    }
    const mentions = findDocumentPlaces(nlp.parse(text), gaz).flat();
    if (values.json) {
      for (const m of mentions) process.stdout.write(JSON.stringify({ ...m, candidates: m.candidates.map((k) => ({ id: k.place.id, name: k.place.name, kind: k.place.kind, country: k.place.country, admin1: k.place.admin1, score: Number(k.score.toFixed(2)), reasons: k.reasons })) }) + '\n');
      return 0;
    }
    if (mentions.length === 0) process.stdout.write('no places found\n');
    for (const m of mentions) process.stdout.write(show(m));
    return 0;
  },
};

export default command;

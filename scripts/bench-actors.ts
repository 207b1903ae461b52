// Measures the actor matcher alone (no parser): sentences/s and tokens/s over the golden
// sentences of src/actors/fixtures, repeated. Figures, not a test.
// Run: npx tsc -p . && node dist/scripts/bench-actors.js
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { buildSentence } from '../src/actors/build-sentence.js';
import { loadActorDictionary, resolveDocumentActors } from '../src/actors/index.js';

const t0 = performance.now();
const dict = loadActorDictionary();
const loadMs = performance.now() - t0;
const lines = readFileSync(join(packageRoot, 'src', 'actors', 'fixtures', 'sentences.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#'))
  .map((l) => l.slice(l.indexOf('\t') + 1));
const doc = lines.map((l, i) => buildSentence(l, i));
const rounds = 2000;
let tokens = 0;
const t1 = performance.now();
const cpu0 = process.cpuUsage();
for (let r = 0; r < rounds; r++) {
  resolveDocumentActors(doc, dict, '2016-01-22');
  for (const s of doc) tokens += s.tokens.length;
}
const secs = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const sentences = rounds * doc.length;
console.log(`dictionary load: ${loadMs.toFixed(0)} ms (${dict.entries.length} entries, ${dict.forms.size} keys)`);
console.log(`matcher + carry-over: ${(sentences / secs).toFixed(0)} sentences/s, ${(tokens / secs).toFixed(0)} tokens/s (${sentences} sentences)`);
// CPU time is steadier than wall time on a machine shared with other jobs
console.log(`per CPU second: ${(sentences / cpuSecs).toFixed(0)} sentences/s, ${(tokens / cpuSecs).toFixed(0)} tokens/s`);
console.log(`peak RSS: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);

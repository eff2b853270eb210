/**
 * `npm run eval:ner [PATH]` — entity-level precision, recall and F1 (exact span match) of the
 * person, place and organisation recogniser on a character-per-line BIO corpus.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { goldSpans, NER_TYPES, precisionRecallF1, readBioCorpus, scoreSpans } from "../enrich/ner-corpus.js";
import { recogniseEntities } from "../enrich/recognise.js";

const DEFAULT_CORPUS = fileURLToPath(new URL("../../../shared/data/peoples-daily-ner/example.dev", import.meta.url));

function main(path: string): void {
  if (!existsSync(path)) {
    console.log(`eval:ner: no corpus at ${path}; skipping (pass a path to a BIO file to score).`);
    return;
  }
  const sentences = readBioCorpus(path);
  const started = performance.now();
  const scores = scoreSpans(sentences.map((s) => ({ gold: goldSpans(s), predicted: recogniseEntities(s.text) })));
  const seconds = (performance.now() - started) / 1000;
  console.log(`${sentences.length} sentences from ${path} in ${seconds.toFixed(1)} s`);
  console.log("type  gold  predicted  correct  precision  recall  F1");
  for (const type of NER_TYPES) {
    const s = scores[type];
    const { precision, recall, f1 } = precisionRecallF1(s);
    const cells = [type.padEnd(4), String(s.gold).padStart(5), String(s.predicted).padStart(10), String(s.correct).padStart(8)];
    console.log([...cells, precision.toFixed(3).padStart(10), recall.toFixed(3).padStart(7), f1.toFixed(3).padStart(6)].join(" "));
  }
  console.log(NER_TYPES.map((t) => `${t} F1 ${precisionRecallF1(scores[t]).f1.toFixed(3)}`).join("  "));
}

main(process.argv[2] ?? DEFAULT_CORPUS);

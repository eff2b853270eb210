import { parentPort } from "node:worker_threads";
import { extractEntities } from "./index.js";
import type { EnrichJob, EnrichReply } from "./pool.js";

parentPort?.on("message", ({ id, texts, editionDate }: EnrichJob) => {
  let reply: EnrichReply;
  try {
    reply = { id, mentions: texts.map((text) => extractEntities(text, { editionDate })) };
  } catch (error) {
    reply = { id, error: (error as Error).message ?? String(error) };
  }
  parentPort!.postMessage(reply);
});

import type { UIMessageStreamWriter } from "ai";
import { wordDeltas } from "../llm/embedded";
import type { ShopkeeperMessage } from "../protocol";

let counter = 0;

/** Writes text the turn composed itself as one streamed text part, word by word like a model's. */
export function writeText(writer: UIMessageStreamWriter<ShopkeeperMessage>, text: string): void {
  counter += 1;
  const id = `reply_${counter}`;
  writer.write({ type: "text-start", id });
  for (const delta of wordDeltas(text)) writer.write({ type: "text-delta", id, delta });
  writer.write({ type: "text-end", id });
}

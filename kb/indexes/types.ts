import type { Language } from "../../worker/protocol";

export type VectorEntry = { chunkId: string; documentId: string; lang: Language; vector: Float32Array };
export type VectorMatch = { chunkId: string; score: number };

/** Nearest-neighbour search over chunk embeddings: Vectorize in production, a D1 table locally. */
export interface VectorIndex {
  /** D1 statements to run inside the ingestion batch (local index), or nothing when the index is remote. */
  writeStatements(documentId: string, entries: VectorEntry[]): D1PreparedStatement[];
  /** Work to do after the batch committed (remote index). */
  afterWrite(documentId: string, entries: VectorEntry[], removedChunkIds: string[]): Promise<void>;
  query(vector: Float32Array, options: { lang?: Language; k: number }): Promise<VectorMatch[]>;
}

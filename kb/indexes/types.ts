import type { Language } from "../../worker/protocol";

export type VectorEntry = { chunkId: string; documentId: string; lang: Language; vector: Float32Array };
export type VectorMatch = { chunkId: string; score: number };

/**
 * A D1 read for the caller to put in the batch it sends anyway, saying whether matches answered from an in-memory
 * copy were current. When `isCurrent` says no, the copy has been dropped and the query must be asked again.
 */
export type FreshnessCheck = { statement: D1PreparedStatement; isCurrent(result: D1Result<unknown>): boolean };

export type VectorQueryResult = { matches: VectorMatch[]; freshness?: FreshnessCheck };

/** Nearest-neighbour search over chunk embeddings: Vectorize in production, a D1 table locally. */
export interface VectorIndex {
  /** D1 statements to run inside the ingestion batch (local index), or nothing when the index is remote. */
  writeStatements(documentId: string, entries: VectorEntry[]): D1PreparedStatement[];
  /** Work to do after the batch committed (remote index). */
  afterWrite(documentId: string, entries: VectorEntry[], removedChunkIds: string[]): Promise<void>;
  query(vector: Float32Array, options: { lang?: Language; k: number }): Promise<VectorQueryResult>;
}

/** Raised when an embedding provider fails or answers with something that is not one vector per text. */
export class EmbedderError extends Error {}

/**
 * A provider that returns fewer vectors, or vectors of another size than the index was built for, would corrupt
 * the index silently; stop with a message that names the provider instead.
 */
export function checkEmbeddings(embedder: string, dimensions: number, texts: number, vectors: Float32Array[]) {
  if (vectors.length !== texts) {
    throw new EmbedderError(`${embedder} returned ${vectors.length} embeddings for ${texts} texts.`);
  }
  const wrong = vectors.find((v) => v.length !== dimensions);
  if (wrong) {
    throw new EmbedderError(`${embedder} returned ${wrong.length}-dimensional embeddings; expected ${dimensions}.`);
  }
  return vectors;
}

/** The provider's own words for a failure: status code and message, without the request body or the key. */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = (error as { statusCode?: number }).statusCode;
  return status ? `HTTP ${status}: ${error.message}` : error.message;
}

/** Turns texts into vectors. The id and dimensions are recorded with the index, so a switch is detected, not mixed. */
export interface Embedder {
  readonly id: string;
  readonly dimensions: number;
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** int8 quantisation: each vector keeps its own scale, so cosine ranking survives with a quarter of the bytes. */
export function quantize(vector: Float32Array): { bytes: Uint8Array; scale: number } {
  let max = 0;
  for (const value of vector) max = Math.max(max, Math.abs(value));
  const scale = max / 127 || 1;
  const ints = new Int8Array(vector.length);
  for (let i = 0; i < vector.length; i++) ints[i] = Math.round(vector[i]! / scale);
  return { bytes: new Uint8Array(ints.buffer), scale };
}

/** Dot product of a float query with a stored int8 vector (≈ cosine for L2-normalised vectors). */
export function dotQuantized(query: Float32Array, bytes: Uint8Array, scale: number): number {
  const ints = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i < ints.length; i++) sum += query[i]! * ints[i]!;
  return sum * scale;
}

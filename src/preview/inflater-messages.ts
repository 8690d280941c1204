/** A part to inflate: its compressed bytes (transferred) and the size its zip directory declares. */
export interface ToInflater {
  id: number;
  data: Uint8Array<ArrayBuffer>;
  size: number;
}

/** A piece of a part's inflated bytes, in order; then whether the part inflated to exactly its size. */
export type FromInflater = { id: number; piece: Uint8Array } | { id: number; whole: boolean };

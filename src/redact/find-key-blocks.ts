// All private key material of a text in one sorted list: armoured/PuTTY blocks first, then header-less
// openssh bodies outside them. Shared by redaction and by the egress scan so both see exactly the same keys.
import { findBareKeyBodies } from './bare-key-bodies.js';
import { findPrivateKeyBlocks, type KeyBlock } from './private-key-blocks.js';

/** A key block and whether it was found without its armour. */
export interface FoundKey extends KeyBlock {
  headerless: boolean;
}

/** Sorted, non-overlapping private key blocks of `text`. */
export function findKeyBlocks(text: string): FoundKey[] {
  const armoured = findPrivateKeyBlocks(text);
  const bare = findBareKeyBodies(text, armoured);
  return [
    ...armoured.map((b) => ({ ...b, headerless: false })),
    ...bare.map((b) => ({ ...b, headerless: true })),
  ].sort((a, b) => a.start - b.start);
}

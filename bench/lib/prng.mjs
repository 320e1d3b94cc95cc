// A small seeded random source, so the same seed always writes the same corpus byte for byte.

/** mulberry32: fast, good enough spread for choosing words; not for anything secret. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (probability) => next() < probability;
  const shuffle = (list) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  const sample = (list, count) => shuffle(list).slice(0, Math.min(count, list.length));
  return { next, int, pick, chance, shuffle, sample };
}

/** A fresh, independent stream for one document, so documents do not depend on each other's length. */
export function seedFor(baseSeed, index) {
  return (Math.imul(baseSeed ^ 0x9e3779b9, 2654435761) + Math.imul(index + 1, 40503)) >>> 0;
}

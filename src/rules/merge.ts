/**
 * A user's rule file laid over a built-in one: objects merge key by key, lists of words are joined
 * (each word once), a rule with the id of a built-in rule replaces it whole (the way to drop a word)
 * and a rule with a new id is added, and any other value is replaced. So a user file holds only what it
 * adds or changes.
 */
export function overlay(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) {
    const withIds = [...base, ...extra].every((x) => x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string');
    if (withIds) {
      const out = new Map<string, unknown>();
      for (const item of base as { id: string }[]) out.set(item.id, item);
      for (const item of extra as { id: string }[]) out.set(item.id, item);
      return [...out.values()];
    }
    const seen = new Set<string>();
    const out: unknown[] = [];
    for (const item of [...base, ...extra]) {
      const k = JSON.stringify(item);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(item);
      }
    }
    return out;
  }
  if (base && extra && typeof base === 'object' && typeof extra === 'object' && !Array.isArray(base) && !Array.isArray(extra)) {
    const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    for (const [k, v] of Object.entries(extra as Record<string, unknown>)) out[k] = k in out ? overlay(out[k], v) : v;
    return out;
  }
  return extra;
}

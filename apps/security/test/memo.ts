/**
 * `fn` remembering its results for the last `size` arguments: the checks, the decoded strings and
 * the visible text of one artifact each parse it, and parsing (micromark, parse5, mailparser) is
 * most of the time the property tests take. Callers must not change what it returns.
 */
export function memo<A, R>(fn: (arg: A) => R, size = 64): (arg: A) => R {
  const cache = new Map<A, R>();
  return (arg) => {
    if (cache.has(arg)) return cache.get(arg) as R;
    const result = fn(arg);
    cache.set(arg, result);
    if (cache.size > size) cache.delete(cache.keys().next().value as A);
    return result;
  };
}

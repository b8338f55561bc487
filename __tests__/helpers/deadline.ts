// The one place the test helpers read the wall clock: a deadline that ends a poll that would
// otherwise wait forever. It answers only "has the time run out?", never how long something
// took, so no assertion can be built on it; the ESLint rule for __tests__/**/*.test.ts keeps
// Date.now() and performance.now() out of the tests themselves.

/** A point `ms` from now; `passed()` says whether it has come. */
export interface Deadline {
  passed(): boolean;
}

/** A deadline `ms` milliseconds from now, for polling loops in helpers. */
export function deadline(ms: number): Deadline {
  const end = Date.now() + ms;
  return { passed: () => Date.now() > end };
}

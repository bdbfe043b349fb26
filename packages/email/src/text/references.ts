/** Numbered link references for the plain-text part: "[1]" in the text, the addresses listed at the end. */
export class References {
  readonly #urls: string[] = [];

  /** The number of `url`, the same for the same address. */
  add(url: string): number {
    const found = this.#urls.indexOf(url);
    if (found >= 0) return found + 1;
    this.#urls.push(url);
    return this.#urls.length;
  }

  /** "[n] address" lines, one per reference. */
  list(): string[] {
    return this.#urls.map((url, i) => `[${i + 1}] ${url}`);
  }
}

/**
 * Pieces of text to be joined into one flat string, in a list that is reused: a string built with `+=`
 * is a chain of short-lived parts, and a plain array emptied with `length = 0` gives its storage back
 * and allocates it again as it regrows. This one keeps its slots and only clears them.
 */
export class Pieces {
  private readonly items: string[];
  length = 0;

  constructor(capacity = 4096) {
    this.items = new Array<string>(capacity).fill('');
  }

  push(piece: string): void {
    this.items[this.length++] = piece;
  }

  /** The pieces joined, after which the list is empty (slots cleared, so no piece is kept alive). */
  take(): string {
    const text = this.items.join('');
    this.items.fill('', 0, this.length);
    this.length = 0;
    return text;
  }
}

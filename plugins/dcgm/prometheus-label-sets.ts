import { bytesText } from 'carbon-ci';

/** Label sets remembered, at most; past this, the memory starts over. */
const MAX_LABEL_SETS = 100_000;

/** A label set seen before (a sample line up to its last `}`), and the one that came after it last time. */
interface Known<T> {
  bytes: Buffer;
  meaning: T;
  next: Known<T> | undefined;
}

/**
 * What each label set of a file stands for, found from its bytes without decoding them in the common
 * case: a scrape lists its label sets in the same order each time, so the one that came after the
 * previous one last time is compared first, byte for byte; any other is looked up as text.
 */
export class LabelSetMemory<T> {
  private readonly byText = new Map<string, Known<T>>();
  private previous: Known<T> | undefined;

  /** What the label set `bytes[start, end)` stands for, when it came before. */
  find(bytes: Buffer, start: number, end: number): { meaning: T } | undefined {
    const predicted = this.previous?.next;
    if (predicted && predicted.bytes.length === end - start && predicted.bytes.compare(bytes, start, end) === 0) {
      this.previous = predicted;
      return predicted;
    }
    const known = this.byText.get(bytesText(bytes, start, end));
    if (known) this.follow(known);
    return known;
  }

  remember(labelSet: string, meaning: T): void {
    if (this.byText.size >= MAX_LABEL_SETS) {
      this.byText.clear();
      this.previous = undefined;
    }
    const known: Known<T> = { bytes: Buffer.from(labelSet, 'utf8'), meaning, next: undefined };
    this.byText.set(labelSet, known);
    this.follow(known);
  }

  private follow(known: Known<T>): void {
    if (this.previous) this.previous.next = known;
    this.previous = known;
  }
}

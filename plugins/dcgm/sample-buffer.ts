/** (time, value) pairs in two growable Float64Arrays: 16 bytes a sample, sorted by time on demand. */
export class SampleBuffer {
  private times = new Float64Array(256);
  private values = new Float64Array(256);
  length = 0;

  push(timeMs: number, value: number): void {
    if (this.length === this.times.length) {
      const times = new Float64Array(this.length * 2);
      const values = new Float64Array(this.length * 2);
      times.set(this.times);
      values.set(this.values);
      this.times = times;
      this.values = values;
    }
    this.times[this.length] = timeMs;
    this.values[this.length] = value;
    this.length++;
  }

  /** The pairs in time order; equal times keep their order of arrival. */
  *sorted(): Generator<[number, number]> {
    const order = Array.from({ length: this.length }, (_, i) => i);
    order.sort((a, b) => this.times[a]! - this.times[b]! || a - b);
    for (const i of order) yield [this.times[i]!, this.values[i]!];
  }
}

/** Where the shard workers leave their outcomes for the generator, in shard order or finishing order. */

/** Waits for outcomes by shard number (input order) or as they arrive (completion order). */
export class Board<T> {
  private readonly outcomes = new Map<number, T>();
  private readonly arrived: number[] = [];
  private wake: (() => void) | undefined;

  /** Records shard `index`'s outcome. */
  put(index: number, outcome: T): void {
    this.outcomes.set(index, outcome);
    this.arrived.push(index);
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => (this.wake = resolve));
  }

  /** Shard `index`'s outcome, once there. */
  async take(index: number): Promise<T> {
    while (!this.outcomes.has(index)) await this.changed();
    const outcome = this.outcomes.get(index) as T;
    this.outcomes.delete(index);
    this.arrived.splice(this.arrived.indexOf(index), 1);
    return outcome;
  }

  /** The next outcome to arrive, with its shard number. */
  async next(): Promise<[number, T]> {
    while (this.arrived.length === 0) await this.changed();
    const index = this.arrived.shift() as number;
    const outcome = this.outcomes.get(index) as T;
    this.outcomes.delete(index);
    return [index, outcome];
  }
}

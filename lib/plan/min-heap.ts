/** A binary min-heap under `compare`: the ready queue of an ordered Kahn's algorithm. */
export class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const items = this.items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  /** Removes and returns the smallest item; the heap must not be empty. */
  pop(): T {
    const items = this.items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length === 0) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      let min = i;
      if (l < items.length && this.compare(items[l], items[min]) < 0) min = l;
      if (l + 1 < items.length && this.compare(items[l + 1], items[min]) < 0) min = l + 1;
      if (min === i) return top;
      [items[i], items[min]] = [items[min], items[i]];
      i = min;
    }
  }
}

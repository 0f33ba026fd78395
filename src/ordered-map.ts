/** Ordered concurrency for the run: results in input order, with a bounded window in flight. */

/**
 * Run `work` over `items` with at most `window` results pending, and yield
 * the results in input order. Items are pulled as room frees up, so a
 * result that is ready is yielded even while the next input is still coming.
 */
export async function* orderedMap<T, R>(items: AsyncIterable<T>, work: (item: T) => Promise<R>, window: number): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  let done = false;
  let stopped = false;
  let failure: { error: unknown } | undefined;
  let wakeConsumer: (() => void) | undefined;
  let wakeProducer: (() => void) | undefined;
  const wake = (which: 'consumer' | 'producer') => {
    const resolve = which === 'consumer' ? wakeConsumer : wakeProducer;
    if (which === 'consumer') wakeConsumer = undefined;
    else wakeProducer = undefined;
    resolve?.();
  };
  const producer = (async () => {
    try {
      for await (const item of items) {
        while (pending.length >= window && !stopped) await new Promise<void>((resolve) => (wakeProducer = resolve));
        if (stopped) break;
        const result = work(item);
        result.catch(() => {}); // Rejections surface when the consumer awaits it, in order.
        pending.push(result);
        wake('consumer');
      }
    } catch (error) {
      failure = { error };
    } finally {
      done = true;
      wake('consumer');
    }
  })();
  try {
    for (;;) {
      const head = pending[0];
      if (head) {
        const result = await head;
        pending.shift();
        wake('producer');
        yield result;
      } else if (failure) {
        throw failure.error;
      } else if (done) {
        break;
      } else {
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
      }
    }
    await producer;
  } finally {
    stopped = true;
    wake('producer');
  }
}

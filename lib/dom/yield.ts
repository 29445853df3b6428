// Yields to the page between slices of work: a new task through a MessageChannel, which browsers run without the
// 1–4 ms minimum delay of setTimeout(…, 0), so the page's own tasks (input, rendering) get in and nothing waits longer.
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

// Promise.withResolvers (ES2024) for Node 20, where PostGraphile 5 (grafast, grafserv, @dataplan/pg) calls it.
// Loaded with `node --import ./with-resolvers.mjs`; does nothing where the runtime has it (Node >= 22).
if (typeof Promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers() {
      let resolve;
      let reject;
      const promise = new this((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

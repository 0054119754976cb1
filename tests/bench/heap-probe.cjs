// Preloaded (node --expose-gc --require) into a Tisheng process started for the bench's heap pass only, never into
// the measured one: on SIGUSR2 it collects garbage twice and writes the process's memory to stderr as one line,
//   bench-heap {"rss":…,"heapTotal":…,"heapUsed":…,"external":…,"arrayBuffers":…}
// so the bench reads the live heap after warm-up and again after N requests.
'use strict';
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  process.stderr.write(`bench-heap ${JSON.stringify(process.memoryUsage())}\n`);
});

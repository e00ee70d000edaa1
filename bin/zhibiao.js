#!/usr/bin/env node
// Reads ahead and cache writes run on libuv's threads alongside each other; four are too few for both
// on a slow disk. Set before anything starts the pool, hence the dynamic import.
process.env.UV_THREADPOOL_SIZE ??= '8';
const { main } = await import('../dist/cli.js');
await main(process.argv);

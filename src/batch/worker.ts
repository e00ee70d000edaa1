import { Piscina } from 'piscina';
import { processFile, type FileJob } from './process-file.js';

/**
 * Worker-thread entry: one file per task, with its bytes when the main thread read them ahead. The
 * record frames are moved, not copied, back to the main thread, which writes them into the outputs.
 */
export default function run(task: { job: FileJob; bytes?: Uint8Array }): unknown {
  const result = processFile(task.job, task.bytes);
  const buffers = [...new Set((result.frames ?? []).map((f) => f.payload.buffer as ArrayBuffer))];
  const moved = {
    get [Piscina.transferableSymbol]() {
      return buffers;
    },
    get [Piscina.valueSymbol]() {
      return result;
    },
  };
  return Piscina.move(moved as unknown as Parameters<typeof Piscina.move>[0]);
}

import { processFile, type FileJob } from './process-file.js';

/** Worker-thread entry: one file per task, with its bytes when the main thread read them ahead. */
export default function run(task: { job: FileJob; bytes?: Uint8Array }) {
  return processFile(task.job, task.bytes);
}

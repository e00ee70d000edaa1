import { processFile, type FileJob } from './process-file.js';

/** Worker-thread entry: one file per task (see src/batch/pool.ts). */
export default function run(job: FileJob) {
  return processFile(job);
}

import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** A file written to a temporary name beside its target and renamed into place: never half a file. */
export class AtomicFile {
  private readonly tmp: string;
  private readonly fd: number;
  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    this.fd = openSync(this.tmp, 'w');
  }
  write(data: string | Uint8Array): void {
    if (data.length === 0) return;
    if (typeof data === 'string') writeSync(this.fd, data);
    else writeSync(this.fd, data);
  }
  commit(): void {
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }
  /** Drop the temporary file, leaving whatever stood at the target as it was. */
  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.tmp, { force: true });
  }
}

export function writeAtomic(path: string, content: string): void {
  const file = new AtomicFile(path);
  file.write(content);
  file.commit();
}

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Part-of-speech tagging of short spans, behind an interface so the extractor does not care which tagger runs. */
export interface Tagger {
  tag(text: string): { word: string; tag: string }[];
}

interface Jieba {
  load(options?: { dict?: string; hmmDict?: string; userDict?: string; idfDict?: string; stopWordDict?: string }): void;
  tag(text: string): { word: string; tag: string }[];
}

/** Where `npm run build` puts the compact dictionary (see src/tools/build-jieba-dict.ts). */
export const JIEBA_DIR = fileURLToPath(new URL('../../dist/jieba/', import.meta.url));
export const JIEBA_FILES = {
  dict: join(JIEBA_DIR, 'jieba.dict.utf8'),
  hmm: join(JIEBA_DIR, 'hmm_model.utf8'),
  idf: join(JIEBA_DIR, 'idf.utf8'),
  stopWords: join(JIEBA_DIR, 'stop_words.utf8'),
};

let jieba: Jieba | undefined;
/** Indicator phrases recur across a report; tagging each once saves most of the tagger's time. */
const memo = new Map<string, { word: string; tag: string }[]>();
const MEMO_LIMIT = 50000;

/**
 * nodejieba keeps one dictionary per process (per worker thread), so it loads once, and only when a
 * clause first needs tagging; the compact dictionary is used when the build made one.
 */
export function jiebaTagger(userDict?: string): Tagger {
  return {
    tag(text: string) {
      if (!jieba) {
        const require = createRequire(import.meta.url);
        const j = require('nodejieba') as Jieba;
        const compact = existsSync(JIEBA_FILES.dict)
          ? { dict: JIEBA_FILES.dict, hmmDict: JIEBA_FILES.hmm, idfDict: JIEBA_FILES.idf, stopWordDict: JIEBA_FILES.stopWords }
          : {};
        j.load({ ...compact, ...(userDict ? { userDict } : {}) });
        jieba = j;
      }
      let tags = memo.get(text);
      if (!tags) {
        tags = jieba.tag(text);
        if (memo.size >= MEMO_LIMIT) memo.clear();
        // The phrase is a slice of a whole document; keyed by a copy, the memo keeps no document alive.
        memo.set(Buffer.from(text, 'utf16le').toString('utf16le'), tags);
      }
      return tags;
    },
  };
}

import { createRequire } from 'node:module';

/** Part-of-speech tagging of short spans, behind an interface so the extractor does not care which tagger runs. */
export interface Tagger {
  tag(text: string): { word: string; tag: string }[];
}

interface Jieba {
  load(options?: { userDict?: string }): void;
  tag(text: string): { word: string; tag: string }[];
}

let jieba: Jieba | undefined;
let loadedWith: string | undefined;

/**
 * nodejieba's dictionaries take about a second to load, so they load once per process,
 * and only when a clause first needs tagging.
 */
export function jiebaTagger(userDict?: string): Tagger {
  return {
    tag(text: string) {
      if (!jieba) {
        const require = createRequire(import.meta.url);
        jieba = require('nodejieba') as Jieba;
        jieba.load(userDict ? { userDict } : {});
        loadedWith = userDict;
      } else if (userDict !== loadedWith && userDict) {
        // nodejieba keeps one dictionary per process; a second set of rules shares it.
      }
      return jieba.tag(text);
    },
  };
}

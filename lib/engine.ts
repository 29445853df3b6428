// The engine the content script, the command line and the tests share: match index in, mentions out.
import type { MatchIndex } from './index/types';
import { createMatcher } from './match/matcher';
import { Resolver, type Mention } from './resolve/resolve';

export interface Engine {
  readonly index: MatchIndex;
  readonly resolver: Resolver;
  /** Mentions in `text`, dated at `date` (YYYY-MM-DD). Offsets are UTF-16 into `text`, end exclusive. */
  findMentions(text: string, date: string): Mention[];
}

export function createEngine(index: MatchIndex): Engine {
  const resolver = new Resolver(createMatcher(index), index);
  return {
    index,
    resolver,
    findMentions: (text, date) => resolver.resolve(text, { date }),
  };
}

/**
 * What a closing says when it proposes a next step: a call, a meeting, a
 * walkthrough, a conversation, a time. The class, not a few strings: asking
 * ("Could we find 20 minutes?", "Would you be open to a call?"), offering
 * ("I can walk you through the rollout", "I'd welcome the chance to discuss"),
 * committing ("I will follow up on Tuesday"), being available ("free any
 * afternoon next week"), or naming the meeting ("Ask: a short call next week").
 * Thanks, hopes and waiting ("I look forward to hearing from you") are not asks.
 */
import type { PhraseEntry } from './phraseEntry';

/** What the two people would do together. */
const MEET = 'talk|speak|meet|chat|discuss|connect|compare|catch|hop|jump|sit|pair|whiteboard';
/** What the writer offers to do for the reader. */
const SHOW = 'walk|show|take|talk|run|guide|step';
/** The meeting itself, as a noun. */
const MEETING = 'call|chat|conversation|meeting|discussion|interview|walkthrough|demo|coffee|session';
/** Things a writer offers to send or share. */
const ARTIFACT =
  'deck|notebook|notebooks|slides|report|reports|code|repo|repository|dashboard|dashboards|analysis|analyses|writeup|write|doc|docs|document|documents|design|designs|results|postmortem|pack|backtest|backtests|demo|benchmark|benchmarks|paper|thesis|portfolio|sample|samples|link|details|case|study|runbook|plan|sketch|proposal|memo|review|numbers|data';
/** Days and times a writer proposes. */
export const TIME_WORDS: readonly PhraseEntry[] = [
  {
    phrase:
      'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|weekday|weekdays|tomorrow|morning|mornings|afternoon|afternoons|evening|evenings|week|weeks|time|times|slot|slots|minutes|hour|calendar',
  },
];

export const CALL_TO_ACTION_TERMS: readonly PhraseEntry[] = [
  // Asking together: "Could we find 45 minutes", "Shall we set up a call", "Can we talk" (not "How can we…").
  { phrase: 'could|can|shall|might|may we', notPrecededBy: ['how', 'what', 'why', 'where', 'which', 'who', 'whether', 'that'] },
  {
    phrase: 'we can|could|might @adverb? ' + MEET + '|find|set|schedule|arrange|book',
    notPrecededBy: ['how', 'what', 'why', 'where', 'which', 'who', 'whether', 'that'],
  },
  { phrase: 'could|can|may|might|shall i @adverb? walk|show|call|send|share|set|book|schedule|follow|take|suggest|propose|ask|buy' },
  { phrase: 'let us|lets @adverb? ' + MEET + '|find|set|schedule|book|arrange|grab|plan|pick|start' },
  // Asking the reader: "Would you be open to a call", "Are you free on Tuesday", "Do you have 20 minutes".
  { phrase: 'would|could|will|might you @adverb? be open|free|available|willing|interested|up|happy|glad' },
  { phrase: 'are|were you @adverb? free|available|open' },
  { phrase: 'do|would|could you @adverb? have|find|spare _? _? time|minutes|moment|hour|slot' },
  {
    phrase: 'would|does|do|will|could _ _? _? work|suit',
    notPrecededBy: ['i', 'we', 'it', 'that', 'this', 'which', 'they', 'he', 'she', 'you', 'who'],
  },
  { phrase: 'is there a|any? time|moment|slot|day' },
  { phrase: 'let me know when|which|what' },
  { phrase: 'let me know a|your|the? good|convenient|suitable|free? time|times|day|days|slot|slots|availability' },
  { phrase: 'please suggest|propose|send|share|pick|name _? time|times|slot|slots|day|days' },
  // Offering: "I would love to walk you through", "I'd welcome the chance to discuss", "happy to show you".
  {
    phrase:
      'i|we would @adverb? love|like|welcome|appreciate|enjoy|value the|a? chance|opportunity? to @adverb? ' +
      MEET +
      '|' +
      SHOW +
      '|share|send|demo|present|explain|go',
  },
  { phrase: 'i|we would @adverb? love|like|welcome|appreciate|enjoy|value a|an|the _? ' + MEETING },
  {
    phrase:
      'i|we would|should|shall|will? @adverb? welcome|appreciate the|a|an|any? chance|opportunity|occasion to @adverb? ' +
      MEET +
      '|' +
      SHOW +
      '|share|demo|present|explain',
  },
  // "I should be glad of the opportunity to discuss", "the chance to meet you".
  { phrase: 'opportunity|chance|occasion of|for|to @adverb? discussing|discuss|talking|talk|speaking|speak|chatting|chat' },
  { phrase: 'opportunity|chance|occasion of|for|to @adverb? meet|meeting you|with' },
  { phrase: 'hope~ to @adverb? meet|talk|speak|discuss|chat|connect' },
  { phrase: 'welcome|appreciate|value|request|love _? _? minutes|hour' },
  { phrase: 'look~ forward to @adverb? discussing|speaking|talking|meeting|chatting|walking|showing|connecting|comparing' },
  { phrase: 'happy|glad|delighted|pleased|keen|eager|ready to @adverb? ' + MEET + '|' + SHOW + '|share|send|demo|present|explain|go|follow' },
  { phrase: 'i|we can|could|will|shall|would @adverb? ' + SHOW + ' you|your' },
  { phrase: 'i|we can|could|will|shall|would @adverb? share|send|bring|forward|demo|present the|a|an|our|my|some _? _? ' + ARTIFACT },
  { phrase: 'send|share you|over the|a|our? _? _? ' + ARTIFACT },
  // Committing to the next step: "I will follow up on Tuesday", "I'll call your office".
  { phrase: 'i|we will|shall|plan|intend|am|hope to? @adverb? follow|call|ring|phone|email|check|drop|contact' },
  { phrase: 'i|we will|shall|plan|intend|am|hope to? @adverb? reach|be|get out|in touch?' },
  // Available for it: "I am available for a call", "free any afternoon next week", "available to talk".
  { phrase: 'available|free to @adverb? ' + MEET + '|' + SHOW },
  { phrase: 'available|free|ready|open|happy for a|an? _? ' + MEETING },
  {
    phrase:
      'available|free on|next|this|any|anytime|most|all|tomorrow|weekdays|mornings|afternoons|evenings|monday|tuesday|wednesday|thursday|friday',
  },
  // Naming the meeting: "Ask: 20 minutes on a call next week", "a short call to compare notes".
  { phrase: 'a|an _? _? ' + MEETING, notFollowedBy: ['from'] },
];

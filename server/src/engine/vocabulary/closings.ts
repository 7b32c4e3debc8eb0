/**
 * Closers that leave the next step to the reader: waiting to hear back, inviting
 * contact, offering more information "should you require it", and the stock
 * thank-you that ends a letter in place of an ask.
 */
import type { PhraseEntry } from './phraseEntry';
import { MONTHS, MONTHS_ALSO_WORDS, WEEKDAYS } from './calendar';

export interface ClosingEntry extends PhraseEntry {
  /**
   * Weak only as a vague wait: a sentence that names a day, a date or a length
   * of time ("at your convenience next Tuesday"), or asks a question, is a
   * concrete proposal instead.
   */
  unlessConcrete?: boolean;
}

/** What an applicant waits for. */
const REPLY =
  'reply|replies|response|responses|answer|feedback|decision|call|email|news|revert|invitation|word|consideration|thoughts|verdict|outcome|result|results|letter|message';

/** How the applicant hopes the reply will be. */
const REPLY_ADJECTIVE =
  'positive|favourable|favorable|kind|prompt|early|earliest|swift|timely|soonest|quick|speedy|good|affirmative|valued|esteemed|valuable|encouraging|gracious|earnest';

/** A way of looking forward, in its forms ("I look", "I'm looking", "looking"). */
const LOOK_FORWARD = 'look|looking|looks|looked forward|forwards';

/** A way of getting in touch. */
const CONTACT = 'contact|reach|call|email|e|get|write|ask|let|drop|ring|message|phone|text|approach';

/** What "should you require any further …" offers. */
const PARTICULARS =
  'information|info|questions|question|details|detail|clarification|clarifications|particulars|documents|documentation|references|materials|material|samples|help|assistance|queries|query';

/** Words after "I await the results" that show they are someone else's ("of the pilot", "from the lab"). */
const NOT_THE_READERS = ['of', 'on', 'in', 'for'];

/** Words after a reply that show it is not what the writer waits for ("your decision process", "a response time"). */
const AFTER_A_WAIT = [
  'process',
  'processes',
  'timeline',
  'time',
  'times',
  'date',
  'dates',
  'rate',
  'rates',
  'to',
  'by',
  'will',
  'would',
  'is',
  'are',
  'may',
];

export const WEAK_CLOSINGS: readonly ClosingEntry[] = [
  // "I look forward to hearing from you", in its forms and with what is awaited.
  { phrase: `${LOOK_FORWARD} to|for hearing|hear from|back|about|your` },
  { phrase: `${LOOK_FORWARD} to|for your|a|an|the ${REPLY_ADJECTIVE}? ${REPLY}` },
  { phrase: `${LOOK_FORWARD} to|for the|an|a? possibility|opportunity|chance|prospect|prospects`, unlessConcrete: true },
  {
    phrase: `${LOOK_FORWARD} to|for learning|knowing|hearing|receiving|getting the|your|a|an outcome|result|results|decision|reply|response|answer|feedback|news`,
  },
  { phrase: `${LOOK_FORWARD} to|for the? next steps|step` },
  { phrase: `${LOOK_FORWARD} to|for being contacted|considered|invited|shortlisted|selected` },
  { phrase: `${LOOK_FORWARD} to|for joining your|the team|company|organisation|organization|firm|ranks`, unlessConcrete: true },
  { phrase: `${LOOK_FORWARD} to|for being|becoming a? part|member of`, unlessConcrete: true },
  // Not "would be appreciated by the whole team": someone else's view, not the writer's wait.
  { phrase: `${REPLY} would|will be|is @adverb* appreciated|welcome|welcomed|valued`, unlessConcrete: true, notFollowedBy: ['by'] },
  { phrase: `${REPLY}|thoughts|comments|questions is|are @adverb* welcome|welcomed|appreciated|valued`, unlessConcrete: true, notFollowedBy: ['by'] },
  { phrase: 'i am @adverb* available for an|a interview|call|conversation|discussion|chat|meeting', unlessConcrete: true },
  { phrase: 'whenever|whatever suits|suit you', unlessConcrete: true },
  { phrase: 'whenever|whatever is convenient|convenient', unlessConcrete: true },
  { phrase: 'let me know if there is|are anything|any', unlessConcrete: true },
  { phrase: 'anything else you need|require|may|might', unlessConcrete: true },
  {
    phrase: `${LOOK_FORWARD} to|for discussing|talking|speaking|chatting|meeting|connecting|interviewing|an|the|your|our? interview|conversation|discussion|meeting|chance|opportunity`,
    unlessConcrete: true,
  },
  { phrase: `${LOOK_FORWARD} to|for discussing|talking|speaking|chatting|meeting|connecting|interviewing`, unlessConcrete: true },
  // "I hope to hear from you soon", "Hoping for a positive reply"
  { phrase: 'hear|hearing from you|yourself' },
  { phrase: 'hear|hearing back soon|shortly|from' },
  { phrase: 'hear|hearing back? from your side|end|company|team|office|organisation|organization' },
  { phrase: 'if|should|when interested', notFollowedBy: ['in', 'by', 'parties'] },
  { phrase: 'hope|hoping|love|like|glad|happy|keen|eager to hear|hearing back', unlessConcrete: true },
  { phrase: 'hope|hoping to hear|hearing your' },
  { phrase: 'hope|hoping|hoped to receive|get|have your|a ' + REPLY_ADJECTIVE + '? ' + REPLY },
  { phrase: `hope|hoping|hoped for a|an|your ${REPLY_ADJECTIVE}? ${REPLY}` },
  {
    phrase:
      'hope|hoping that? you @auxiliary? @adverb* contact|call|consider|reply|respond|reach|get|write|invite|favour|favor|revert|give|grant|offer|allow|afford',
  },
  { phrase: `hopeful of|for|that a|an|your ${REPLY_ADJECTIVE}? ${REPLY}` },
  { phrase: 'i remain|am hopeful' },
  { phrase: 'find my application|profile|candidacy|candidature|background|cv|resume|résumé interesting|suitable|worthy|of' },
  {
    phrase:
      'hope|hoping|trust that? my application|profile|candidacy|candidature|background|experience|cv|resume|résumé|letter|qualifications|skills will|would|can|could|might|receives|meets|merits|finds|is',
  },
  { phrase: 'hope|hoping to connect|speak|talk|chat|meet|discuss|elaborate', unlessConcrete: true },
  // "I await your reply", "waiting for your positive response"
  { phrase: `await|awaiting|awaits your ${REPLY_ADJECTIVE}? ${REPLY}|opportunity|chance|possibility|pleasure` },
  // Not "I await the results of the pilot": what follows names someone else's process.
  { phrase: `i await the|a|an ${REPLY_ADJECTIVE}? ${REPLY}|opportunity|chance|possibility|pleasure`, notFollowedBy: NOT_THE_READERS },
  { phrase: `i am awaiting the|a|an ${REPLY_ADJECTIVE}? ${REPLY}|opportunity|chance|possibility|pleasure`, notFollowedBy: NOT_THE_READERS },
  { phrase: `wait|waiting|waits @adverb* for? your ${REPLY_ADJECTIVE}? ${REPLY}` },
  { phrase: `wait|waiting|waits @adverb* for? a|an ${REPLY_ADJECTIVE} ${REPLY}` },
  { phrase: 'i will|shall|would be waiting|awaiting' },
  { phrase: 'i shall await' },
  { phrase: `stand~ by for your|a|an ${REPLY_ADJECTIVE}? ${REPLY}` },
  { phrase: 'i am|remain on standby' },
  // "Please do not hesitate to contact me", "Feel free to reach out", "I can be reached at …"
  { phrase: `do not hesitate to ${CONTACT}` },
  { phrase: `feel free to ${CONTACT} me|out|in|back|us` },
  { phrase: 'please feel free' },
  { phrase: 'i can|may be reached|contacted' },
  { phrase: 'you can|may|could reach|contact|call|email me at|on|by|via|through|anytime|any' },
  { phrase: 'my contact details|information is|are' },
  { phrase: `should you require|need|have|want|wish|desire|seek any|further|additional|more ${PARTICULARS}?` },
  { phrase: 'should you wish|want|care to receive|discuss|know|learn|contact|speak|meet|arrange' },
  { phrase: `if you require|need|have|want any|further|additional|more further|additional? ${PARTICULARS}`, unlessConcrete: true },
  { phrase: `let me know if you require|need|have|want any|further|additional|more`, unlessConcrete: true },
  { phrase: `any further|additional|more ${PARTICULARS} you may|might require|need|have|want` },
  { phrase: `happy|glad|pleased|delighted|willing|available to provide|send|supply|answer any|further|additional ${PARTICULARS}?` },
  { phrase: 'i remain|am at your disposal|service' },
  { phrase: 'at your disposal' },
  { phrase: 'i remain available|yours' },
  { phrase: 'at your earliest? convenience', unlessConcrete: true },
  { phrase: 'revert|reply|respond|response|contact|back|me|us at the earliest' },
  // "Kindly revert", "Thanking you in advance"
  { phrase: 'kindly revert|respond|reply|let|contact|acknowledge|get|consider|confirm|inform|advise' },
  { phrase: 'revert back|at' },
  { phrase: 'please revert' },
  { phrase: 'thank~|thanks|thanking you? @adverb* in advance|anticipation' },
  { phrase: 'please contact|call|email|phone|ring|text me', unlessConcrete: true },
  { phrase: 'please reach out to me|us', unlessConcrete: true },
  { phrase: 'please reach out at|by|via|anytime|if|should|with|whenever|me', unlessConcrete: true },
  { phrase: 'i am reachable|contactable' },
  { phrase: 'available at any time|anytime', unlessConcrete: true },
  { phrase: 'let us connect|chat|talk|speak', unlessConcrete: true },
  {
    phrase: 'happy|glad|pleased|delighted|keen|eager|available|willing to discuss|elaborate|talk|speak|expand _* further|more',
    unlessConcrete: true,
  },
  {
    phrase: 'happy|glad|pleased|delighted|keen|eager|excited|love|welcome|opportunity|chance to discuss|explore how|whether|why my|i',
    unlessConcrete: true,
  },
  { phrase: 'thanking you' },
  // "Should my profile be of interest, …"
  {
    phrase:
      'should|if my|this|the profile|application|background|experience|candidacy|candidature|cv|resume|résumé|skills|qualifications|skillset be|is|are|seem|seems|appear|appears of? interest|interesting|suitable|relevant|of',
  },
  { phrase: 'be of interest to you' },
  { phrase: 'your favourable|favorable|kind|positive|early|earliest consideration|reply|response|attention' },
  { phrase: 'i would be grateful|thankful|obliged|glad|pleased|happy|delighted for|if', unlessConcrete: true },
  { phrase: 'i would appreciate|welcome|value a|an|your reply|response|call|answer|interview|feedback|consideration', unlessConcrete: true },
  {
    phrase:
      'i would appreciate|welcome|value|relish|love the|an|any opportunity|chance|possibility to|of discuss|discussing|speak|speaking|talk|talking|meet|meeting|interview|further|explore',
    unlessConcrete: true,
  },
  { phrase: 'i would welcome|appreciate|value|love a|an|the? conversation|chat|call|discussion|interview|meeting', unlessConcrete: true },
  { phrase: 'i eagerly|anxiously await' },
  // Not "I await the results of the pilot": the bare verb only before the reader's part.
  { phrase: 'i await your|news|word|further|hearing|contact|instructions' },
  // The same waits in other words and orders: "Awaiting for your kind and favourable reply", "Your response is eagerly awaited",
  // "I eagerly anticipate your response", "Expecting a positive reply", "Standing by for your answer".
  {
    phrase: `await~|anticipate~ @adverb* for? your|a|an|the ${REPLY_ADJECTIVE}? and|or? ${REPLY_ADJECTIVE}? ${REPLY}`,
    notFollowedBy: NOT_THE_READERS,
  },
  { phrase: 'await~|anticipate~ @adverb* the favour|favor of' },
  { phrase: 'hear|hearing _* from you|yourself' },
  { phrase: 'hear|know what you think|make', unlessConcrete: true },
  { phrase: 'if you are|were @adverb* interested|keen', unlessConcrete: true },
  { phrase: 'whenever you can|like|wish|want|are', unlessConcrete: true },
  { phrase: `in|with anticipation|expectation of your|a|an ${REPLY_ADJECTIVE}? ${REPLY}` },
  { phrase: `the favour|favor of your|a|an ${REPLY_ADJECTIVE}? ${REPLY}` },
  // Offers that wait to be asked: "I can provide further documentation if required", "at your service should you need me".
  { phrase: `i @auxiliary? @adverb* provide|send|supply|furnish|share|forward any|further|additional|more ${PARTICULARS}` },
  { phrase: `${PARTICULARS} _* if|should required|needed|necessary|requested|desired` },
  { phrase: 'remain|remaining|be|stay at your service|disposal' },
  { phrase: 'if there is|are anything|something else|more|further that? you|i _?' },
  { phrase: 'ping|message|text|email|call|ring|contact|reach|buzz me|us anytime|any|whenever', unlessConcrete: true },
  { phrase: 'if you @auxiliary? @adverb* like|want|wish|care to chat|talk|discuss|speak|connect|meet', unlessConcrete: true },
  // The wait ends the phrase: "I expect your decision process takes weeks" is about the reader's process.
  { phrase: `expect~ your ${REPLY_ADJECTIVE}? ${REPLY}`, notFollowedBy: AFTER_A_WAIT },
  { phrase: `expect~ a|an ${REPLY_ADJECTIVE} ${REPLY}`, notFollowedBy: AFTER_A_WAIT },
  { phrase: `@determiner? ${REPLY_ADJECTIVE}? ${REPLY} is|are|will|would be? @adverb* awaited|anticipated|expected` },
  { phrase: `${REPLY} at your earliest` },
  { phrase: 'at your earliest' },
  { phrase: 'would|will be @adverb* appreciated|welcomed', unlessConcrete: true, notFollowedBy: ['by'] },
  // "Should any further details be required, …", "If anything else is needed, …": the offer that waits to be asked.
  {
    phrase: `should|if @determiner? any|anything|further|additional|more|other? further|additional|else? ${PARTICULARS}? be|is|are|prove|become @adverb* required|needed|necessary|wanted|desired|helpful|useful`,
  },
  { phrase: 'if anything|something else is|be @adverb* needed|required|necessary' },
  {
    phrase: `happy|glad|pleased|delighted|willing|available|ready|able|pleasure|honoured|honored|keen to provide|send|supply|answer|furnish|share|forward|submit|give|offer|clarify|address @determiner? any|further|additional|more|other further|additional? ${PARTICULARS}`,
  },
  {
    phrase: `happy|glad|pleased|delighted|willing|ready to provide|send|supply|furnish|forward|share references|referees|transcripts|samples|certificates|testimonials`,
  },
  { phrase: 'references|referees|transcripts|samples|certificates|testimonials _* on|upon request' },
  // "I would be honoured to receive a call from you", "Let me know what works for you", "Speak soon".
  { phrase: 'i would @adverb* be @adverb* honoured|honored|delighted|glad|happy|pleased|grateful|thrilled to receive|get|hear' },
  { phrase: 'let me know what|when|how works|suits|is', unlessConcrete: true },
  { phrase: 'speak|talk|chat soon', unlessConcrete: true },
  { phrase: 'hope this helps' },
  { phrase: 'paths will|may|might|can|could|would? cross', unlessConcrete: true },
  { phrase: 'available|provided|furnished|supplied|sent on|upon request' },
  { phrase: 'at your @adverb? entire|full|complete|kind|earliest? disposal' },
  { phrase: `i shall|will|would|should be @adverb* grateful|thankful|obliged|glad|pleased|happy|delighted for|if`, unlessConcrete: true },
  { phrase: 'i shall|will|would|should be @adverb* obliged' },
  // "Do reach out", "Just give me a shout", "Drop me a line", "Please feel welcome to contact me".
  // Not "I just call the API" or "I do write tests first": only the writer offering to be contacted.
  { phrase: 'do|just reach out|in', unlessConcrete: true },
  { phrase: 'do|just contact|call|email|ring|message|text|ping|write|drop me|us', unlessConcrete: true },
  { phrase: 'do get|keep in touch', unlessConcrete: true },
  { phrase: 'do let me|us know', unlessConcrete: true },
  { phrase: 'give me a shout|call|ring|buzz|bell|ping|holler', unlessConcrete: true },
  { phrase: 'drop|send me a line|note|message|email|mail|word', unlessConcrete: true },
  { phrase: `feel free|welcome to ${CONTACT}|get|drop|ask|send|let`, unlessConcrete: true },
  { phrase: 'please feel welcome' },
  // Bare ("Do not hesitate."); "do not hesitate to contact…" is above, and "to bring your lead" is an invitation.
  { phrase: 'do not hesitate', notFollowedBy: ['to'] },
  { phrase: 'whenever|when you get|have a|the? chance|moment|minute|second|time', unlessConcrete: true },
  { phrase: 'let me know your thoughts|views|feedback|decision', unlessConcrete: true },
  { phrase: 'let me know if|whether|when you @auxiliary? @adverb* like|want|wish|care|need|prefer|have|are', unlessConcrete: true },
  // "I would welcome any feedback", "It would be a pleasure to hear your thoughts".
  {
    phrase: `i @auxiliary? @adverb* appreciate|welcome|value any|your ${REPLY_ADJECTIVE}? thoughts|comments|questions|views|${REPLY}`,
    unlessConcrete: true,
  },
  { phrase: 'hear|hearing your thoughts|views|comments|opinion|feedback|decision|reply|response|answer|verdict', unlessConcrete: true },
  { phrase: 'hear|hearing soon|shortly' },
  { phrase: 'hope|hoping|trust|trusting this|that|it meets|finds|receives|merits|deserves|warrants' },
  { phrase: 'consider~ _* favourably|favorably|positively|sympathetically' },
  { phrase: 'please|kindly consider my|this application|candidacy|candidature|profile|cv|resume|résumé|request', unlessConcrete: true },
];

/**
 * A stock thank-you ("Thank you for your time and consideration"): polite, and
 * weak only as the last word of a closing that should end on the ask.
 */
export const STOCK_THANKS: readonly PhraseEntry[] = [
  { phrase: 'thank|thanks you? _* for your|my time|consideration|attention|interest|patience|application|candidacy' },
  { phrase: 'thank|thanks you? _* for taking|considering|reading|reviewing|giving|spending|allowing' },
  { phrase: 'thank|thanks you? _* for the opportunity|chance|time|consideration' },
  { phrase: 'many thanks for' },
  { phrase: 'i appreciate|value your time|consideration|attention|interest' },
  { phrase: 'i appreciate|value you taking|considering|reading|reviewing' },
  { phrase: 'i am grateful|thankful for your time|consideration|attention' },
  { phrase: 'with thanks for your' },
  { phrase: 'i? am|remain? @adverb* grateful|thankful|obliged for|to you? for? your|the time|consideration|attention|interest|patience' },
];

/** Words that make a closing concrete: a day, a month, a time. */
export const CONCRETE_WORDS: readonly string[] = [
  ...WEEKDAYS,
  'tomorrow',
  'today',
  'tonight',
  'next',
  'minutes',
  'minute',
  // "march" and "may" are words too often to make a closing concrete.
  ...MONTHS.filter((m) => !MONTHS_ALSO_WORDS.includes(m)),
];

import { isQuantified } from '../structure/quantities';
import { compilePhrases, findPhrases, mentions } from '../text/phrases';
import type { Sentence } from '../structure/model';
import { termCheck } from '../checks/termCheck';
import { LLM_TERMS, TOOLS } from '../vocabulary/terms';
import { HUMAN_AGENT_ROLES, LLM_TECHNIQUES, LLM_WORK_DONE } from '../vocabulary/llmTechniques';
import type { Rule } from '../kit/rule';

const TOOL_SET = compilePhrases(TOOLS);
const TECHNIQUES = compilePhrases(LLM_TECHNIQUES);
const WORK_DONE = compilePhrases(LLM_WORK_DONE);
const TERMS = compilePhrases(LLM_TERMS);
const HUMAN_ROLES = new Set(HUMAN_AGENT_ROLES);

/**
 * Fewer than three distinct LLM terms once "agents" that are people are left out
 * ("our support agents", "the agents in our call centre"): not a list of buzzwords.
 */
function fewerWithoutPeople(sentence: Sentence): boolean {
  const entries = new Set<unknown>();
  for (const m of findPhrases(sentence.tokens, TERMS)) {
    const first = sentence.tokens[m.from]!;
    const people = /^agents?$/.test(first.norm) && m.to - m.from === 1 && HUMAN_ROLES.has(sentence.tokens[m.from - 1]?.norm ?? '');
    if (!people) entries.add(m.entry);
  }
  return entries.size < 3;
}

export const llmBuzzwordSoup: Rule = {
  id: 'llm-buzzword-soup',
  name: 'LLM buzzword soup',
  defaultSeverity: 'warning',
  summary:
    'Three or more of RAG, LLMs, agents, fine-tuning, prompt engineering, GenAI, guardrails, LoRA in a sentence that names no system and no number.',
  explanation:
    'Strings of LLM terms with nothing concrete behind them lower a reader’s trust: anyone can list them. ' +
    'Pick the one you really built and say what was hard about it — retrieval quality, the eval loop, the cost — with a figure.',
  example: {
    before: 'I have worked with LLMs, RAG, agents and prompt engineering.',
    after: 'I built a RAG eval harness on 1,200 hand-labelled queries that caught a 9-point drop in answer accuracy before launch.',
  },
  examples: {
    flagged: [
      '⟦My focus is agentic workflows, LLM orchestration and prompt optimisation.⟧',
      '⟦I have hands-on skills in LLMs, RAG, agents and prompt engineering.⟧',
      '⟦I am eager to apply GenAI, fine-tuning and agentic workflows to your products.⟧',
      '⟦My toolkit spans large language models, vector databases and retrieval-augmented generation.⟧',
      '⟦Generative AI, multimodal models and guardrails are where I want to grow.⟧',
      'I moved into AI last year. ⟦Since then I have focused on chatbots, prompt tuning and guardrails.⟧',
    ],
    clean: [
      'I sat on the panel that chose between LLM agents, RAG and fine-tuned models for the bank’s chatbot.',
      'I compared prompt engineering, fine-tuning and RAG on our support tickets and picked RAG because answers had to cite policy.',
      'Our policy bans fine-tuning on customer data, so I built RAG over public docs for the support agents.',
      'Generative AI, agents and LLMs were the topics of the reading group I ran for our analysts.',
      'I built a RAG eval harness with ragas and a hand-labelled 1,200-query test set.',
      'I fine-tuned an LLM for support triage and served it with vLLM behind our RAG service.',
      'We moved past the should-we-use-RAG question a year ago.',
      'I fine-tuned a small LLM on 40,000 support tickets, and it now drafts 60% of first replies for our agents.',
      'I compared RAG with fine-tuning on our contracts and chose retrieval, because every answer had to cite a clause.',
      'Our support agents answer chats all day, so I built the router that sends each one to the right queue.',
      'Our review board approved two agents and one RAG assistant this year; I wrote the evaluation they had to pass.',
      'I lead our move to LLM-based query understanding: a fine-tuned retrieval model trained with QLoRA on our own click data.',
    ],
  },
  checkParagraph: termCheck({
    terms: LLM_TERMS,
    atLeast: 3,
    // A figure or a count in words, a tool or a named technique (QLoRA, DPO, a reranker) says what was built.
    // So does the writer's account of what they did with them ("I compared RAG with fine-tuning and picked…").
    unless: (sentence, text) =>
      isQuantified(sentence, text) ||
      mentions(TOOL_SET, sentence) ||
      mentions(TECHNIQUES, sentence) ||
      mentions(WORK_DONE, sentence) ||
      fewerWithoutPeople(sentence),
    message: (terms) =>
      `${terms.join(', ')} in one sentence, with no system and no number, reads as a list of buzzwords; describe the one you built.`,
  }),
};

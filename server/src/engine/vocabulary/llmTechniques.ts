/**
 * Named LLM techniques and serving methods. Unlike the umbrella words of
 * `LLM_TERMS` ("LLMs", "RAG", "agents"), naming one says what was done, so a
 * sentence that does is not buzzword soup ("a retrieval model fine-tuned with QLoRA").
 */
import type { PhraseEntry } from './phraseEntry';
import { phrases } from './phraseList';

export const LLM_TECHNIQUES: readonly PhraseEntry[] = phrases(
  'rlhf, rlaif, dpo, ppo, lora, qlora, peft, instruction tuning, instruction tuned, quantization, quantisation, distillation, continuous batching, ' +
    'speculative decoding, kv cache, flash attention, reranker, reranking, bm25, hnsw, contrastive, mixture of experts',
);

/**
 * The writer says what they did with the terms, in the past or as their standing
 * job: "I compared RAG with fine-tuning and picked…", "I wrote the guardrails…",
 * "I teach a module on LLMs, RAG and agents". Abilities ("I can build") and
 * wishes ("I want to apply") are not in the list.
 */
export const LLM_WORK_DONE: readonly PhraseEntry[] = phrases(
  '@writer @adverb? built|wrote|designed|compared|chose|picked|shipped|deployed|evaluated|benchmarked|ran|led|reduced|cut|' +
    'distilled|added|trained|tested|audited|migrated|implemented|reviewed|scoped|measured|replaced|moved|retired, ' +
    '@writer @adverb? teach|maintain|own|run|review|audit|evaluate|benchmark, ' +
    '@writer do|did not use|adopt|allow|deploy, @writer never use|used|deploy|deployed, @writer red teamed, ' +
    // Options weighed against each other, by anyone: "the panel that chose between LLM agents, RAG and fine-tuned models".
    'chose|choose|choosing|decided|deciding|decide between',
);

/** Before "agents", words that make them people at work ("support agents", "travel agents"), not LLM agents. */
export const HUMAN_AGENT_ROLES: readonly string[] = [
  'support',
  'sales',
  'service',
  'customer',
  'call',
  'centre',
  'center',
  'travel',
  'insurance',
  'estate',
  'booking',
  'field',
  'care',
  'contact',
  'helpdesk',
  'our',
  'human',
  'live',
  'the',
];

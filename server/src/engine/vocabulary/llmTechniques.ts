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

/**
 * Term lists the sentence and paragraph checks count. Names that are also
 * ordinary words (Ray, Spark, Feast) only count when capitalised as names.
 */
import type { PhraseEntry } from './phraseEntry';
import { capitalisedNames, phrases } from './phraseList';

/** ML frameworks, data and MLOps tools, languages and clouds. */
export const TOOLS: readonly PhraseEntry[] = [
  ...phrases(
    'tensorflow, tensorflow serving, pytorch, torch, scikit learn, sklearn, keras, jax, hugging face, huggingface, transformers library, ' +
      'xgboost, lightgbm, catboost, pandas, numpy, scipy, opencv, spacy, nltk, langchain, llamaindex, llama index, ' +
      'kafka, airflow, kubernetes, k8s, docker, mlflow, kubeflow, sagemaker, vertex ai, databricks, snowflake, bigquery, redshift, ' +
      'redis, postgresql, postgres, mongodb, elasticsearch, datadog, grafana, prometheus, onnx, torchserve, vllm, tensorrt, ' +
      'weights and biases, wandb, deepspeed, tecton, hopsworks, whylabs, terraform, fastapi, flask, django, ' +
      'python, java, scala, rust, golang, sql, aws, gcp, azure, pyspark, hadoop, tableau, looker, dbt, ' +
      // Languages and scientific computing.
      'matlab, sas, spss, stata, bash, javascript, typescript, kotlin, php, perl, haskell, fortran, octave, cuda, latex, ' +
      // ML, NLP, vision and probabilistic libraries.
      'statsmodels, pymc, pymc3, fairseq, gensim, fasttext, allennlp, sentence transformers, timm, detectron2, mmdetection, albumentations, ' +
      'optuna, hyperopt, shap, captum, cudf, numba, cython, matplotlib, seaborn, plotly, pytorch lightning, flax, jupyter, colab, ' +
      'streamlit, gradio, tensorboard, sktime, openvino, coreml, tflite, tensorflow lite, onnx runtime, horovod, ' +
      'langgraph, crewai, autogen, dspy, ollama, ' +
      // MLOps, orchestration and delivery.
      'dvc, great expectations, seldon, bentoml, kserve, metaflow, dagster, zenml, rabbitmq, nginx, grpc, graphql, ' +
      'git, github, gitlab, github actions, jenkins, circleci, linux, unix, ansible, argo cd, argocd, slurm, openshift, mesos, ' +
      'pulumi, cloudformation, sentry, splunk, kibana, logstash, weights biases, ' +
      // Databases, vector stores and data platforms.
      'faiss, pinecone, weaviate, milvus, qdrant, chromadb, opensearch, clickhouse, duckdb, sqlite, mysql, cassandra, dynamodb, neo4j, ' +
      'delta lake, hudi, trino, hdfs, mapreduce, airbyte, fivetran, ' +
      // Cloud services.
      's3, ec2, emr, eks, gke, aks, azure ml, dataflow, dataproc, bigtable, cosmos db, step functions, quicksight, ' +
      // BI tools.
      'power bi, powerbi, qlik, metabase, looker studio, power query, alteryx, knime, rapidminer, mixpanel, ' +
      // Round two: streaming, warehouses, R, statistics packages and build tools a list names.
      'pub sub, pubsub, kinesis, aws glue, cloud run, flyte, haystack, solr, teradata, hbase, sqoop, nifi, oozie, informatica, talend, ' +
      'tidyverse, ggplot2, dplyr, rstudio, vba, minitab, eviews, pgvector, memcached, powershell, simulink, labview, gitlab ci, bazel, conda, sql server, ' +
      'vs code, vscode, hibernate, maven, gradle, nodejs, node js, angular, vue, nvivo, atlas ti, kustomize, unity catalog, azure data factory, ' +
      'zig, elixir, ocaml, erlang, clojure, cobol, lua, flutter',
  ),
  ...capitalisedNames(
    'Shiny, Oracle, Impala, Druid, Chroma, Pig, Jira, Confluence, Slack, Trello, Asana, ' +
      'Spark, Ray, Feast, Triton, Dask, Prefect, Evidently, Arize, R, Beam, Flink, Hive, Polars, Excel, ' +
      'Go, C, Julia, Swift, Ruby, Stan, Prophet, Lightning, Helm, Argo, Vault, Singularity, Celery, Luigi, Superset, Glue, Lambda, ' +
      'Athena, Iceberg, Presto, Pulsar, React, Synapse',
  ),
];

/** The 2020s' LLM vocabulary, counted by the buzzword-soup check. */
export const LLM_TERMS: readonly PhraseEntry[] = [
  { phrase: 'rag' },
  { phrase: 'retrieval augmented generation' },
  { phrase: 'llm|llms' },
  { phrase: 'large language model|models' },
  { phrase: 'agent|agents|agentic' },
  { phrase: 'ai agent|agents' },
  { phrase: 'fine tuning|tuned|tune' },
  { phrase: 'finetuning|finetuned|finetune' },
  { phrase: 'prompt engineering' },
  { phrase: 'genai' },
  { phrase: 'gen ai' },
  { phrase: 'generative ai' },
  { phrase: 'foundation model|models' },
  { phrase: 'vector database|databases|db|store' },
  { phrase: 'embeddings' },
  { phrase: 'chatbot|chatbots' },
  { phrase: 'multimodal' },
  { phrase: 'multi modal' },
  { phrase: 'prompt tuning|prompting|chaining' },
  { phrase: 'prompt optimisation|optimization|design' },
  { phrase: 'gpt' },
  { phrase: 'generative models' },
  { phrase: 'chain of thought' },
  { phrase: 'in context learning' },
  { phrase: 'semantic|vector|neural search' },
  { phrase: 'guardrails' },
  { phrase: 'hallucination|hallucinations' },
  { phrase: 'copilot|copilots' },
  { phrase: 'ai powered|driven|native' },
];

/** Figures that tie a model to users, money or production: what a manager pays for. */
export const IMPACT_TERMS: readonly PhraseEntry[] = [
  ...phrases(
    'user, users, customer, customers, member, members, revenue, sales, margin, margins, profit, cost, costs, spend, savings, saved, saving, ' +
      'dollars, budget, conversion, conversions, retention, churn, ctr, click through, click through rate, engagement, ' +
      'latency, p50, p90, p95, p99, qps, throughput, requests, uptime, downtime, hours, minutes, ' +
      'orders, transactions, gmv, basket, lifetime value, ltv, aov, order value, fraud losses, chargebacks, false positives, ' +
      'in production, a b test, ab test, online, inventory, overstock, stockouts, markdowns, roi',
  ),
  { phrase: 'ms' },
];

/** What a model metric was held to in a regulated setting: it passed the people who sign it off. */
export const GOVERNANCE_OUTCOMES: readonly PhraseEntry[] = phrases(
  'compliance review, compliance reviews, audit, audits, audit flags, regulator, regulators, regulatory review, model risk review, ' +
    'model validation team, explainability, explainable',
);

/** Proof that a system ran for real, which makes a benchmark or certificate secondary. */
export const PRODUCTION_TERMS: readonly PhraseEntry[] = [
  ...phrases(
    'production, deployed, deploy, deploying, shipped, ship, shipping, launched, serving, served, in prod, users, customers, ' +
      'revenue, latency, live, rollout, rolled out, on call',
  ),
];

/** Counting words that make a sentence quantified without a digit. */
export const NUMBER_WORDS: readonly PhraseEntry[] = [
  ...phrases(
    'two, three, four, five, six, seven, eight, nine, ten, eleven, twelve, fifteen, twenty, thirty, forty, fifty, hundred, hundreds, ' +
      'thousand, thousands, million, millions, billion, billions, dozen, dozens, half, twice, doubled, tripled, halved, tenfold',
  ),
];

import { toolListCheck } from '../checks/toolList';
import { TOOLS } from '../vocabulary/terms';
import { EVIDENCE_TEMPLATE } from '../checks/templates';
import type { Rule } from '../kit/rule';

export const toolListDump: Rule = {
  id: 'tool-list-dump',
  name: 'Tool list',
  defaultSeverity: 'warning',
  summary: 'A sentence that lists tools or frameworks (three in a row, or four anywhere) instead of telling what was built with them.',
  explanation:
    'A list of frameworks belongs on the résumé; in a letter it tells the reader you have done tutorials. ' +
    'Put one or two tools inside a story: what you built with them and what it changed.',
  example: {
    before: 'I have experience with TensorFlow, PyTorch, scikit-learn and Hugging Face.',
    after: 'I fine-tuned a Whisper model in PyTorch and served it on Triton, cutting transcription cost 40%.',
  },
  examples: {
    fixed: [
      {
        before: 'I know Spark, Kafka, Airflow and Docker well. I own the ranker.',
        after: 'I built [system] that [result with a number]. I own the ranker.',
      },
    ],
    flagged: [
      '⟦I have experience with TensorFlow, PyTorch, scikit-learn, and Hugging Face.⟧',
      '⟦I am proficient in Python, Spark, Kubernetes, Airflow and Kafka.⟧',
      '⟦My stack: Airflow, Docker, Kafka, Kubernetes, PyTorch, Ray, Spark.⟧',
      // Possessives name the tool too.
      "⟦I know PyTorch's compiler, Spark's SQL planner, Kafka and Airflow's scheduler.⟧",
      '⟦In the lab I use Stan, PyMC, Julia and MATLAB daily.⟧',
      '⟦Tools: Python/SQL/dbt.⟧',
      '⟦I have been trained on SAS, SPSS, Stata and R.⟧',
      '⟦I am familiar with BigQuery, Dataflow, Pub/Sub and Looker.⟧',
      '⟦I picked up Python, pandas, SQL and Tableau at my bootcamp.⟧',
      '⟦I have good command over C, C++, Java and Python.⟧',
      '⟦I am proficient with Java, Spring, Hibernate and Maven.⟧',
      '⟦I have dabbled with Rust, Zig, Elixir and OCaml.⟧',
      '⟦I have built projects with Python, Keras, Flask and Streamlit.⟧',
    ],
    clean: [
      'I rebuilt the feature pipeline on Spark and Feast so the fraud team could backfill 18 months overnight.',
      'The model is served via Triton on GPU with int8 quantization.',
      'I moved retraining to Feast and Kubeflow Pipelines and added Evidently drift alerts.',
      'Ray tracing and a spark of luck are not tools.',
      'I rebuilt our batch scoring job on Spark, Airflow, Docker and Kubernetes, and it now finishes before 6 am.',
      'I shipped the same model to clients in Leeds, Lyon, Lisbon and Lagos.',
      'I cut the nightly ETL from six hours to forty minutes by moving it from pandas to Polars, DuckDB and dbt.',
      'I consolidated five BI tools, Tableau, Looker, Power BI and Qlik, into one.',
      'I chose Airflow over Luigi, Prefect and Dagster because our team already knew it.',
      'I used Excel, SPSS and Stata for a decade before moving the whole team to R, halving report time.',
      'I benchmarked Triton, ONNX Runtime and TensorRT on our ranker and moved serving to TensorRT once it halved p99 latency.',
      'I trained the detector in PyTorch, exported it to ONNX and compiled it with TensorRT for the line cameras.',
    ],
  },
  checkParagraph: toolListCheck({
    sentenceTemplate: EVIDENCE_TEMPLATE,
    tools: TOOLS,
    inARow: 3,
    atLeast: 4,
    message: (tools) => `This sentence lists ${tools.length} tools (${tools.join(', ')}); tell what you built with one or two of them instead.`,
  }),
};

/**
 * Words of the machine-learning and hiring trade that general English
 * dictionaries lack, so technical letters are not flooded with spelling
 * warnings. Names of tools come from the tool list (vocabulary/terms.ts TOOLS),
 * which the spelling rule adds to these: they are not repeated here.
 */
export const FIELD_WORDS: readonly string[] = (
  'résumé résumés resume resumes cv ' +
  'sessionization sessionisation sessionize sessionise sessionized sessionised ' +
  'stockout stockouts sellthrough backordered chargeoff chargeoffs derisk derisks derisked derisking nowcast nowcasts nowcasting ' +
  'intraday neobank neobanks insurtech insurtechs winback winbacks daypart dayparts chainwide microfulfillment microfulfilment ' +
  'lastmile optout optouts clickthrough clickthroughs pageview pageviews incrementality walkforward ' +
  'quantized quantize quantizing quantization quantised quantisation distilled upsampling downsampling ' +
  'retrain retrained retraining finetune finetuned finetuning hyperparameter hyperparameters ' +
  'backfill backfilled backfilling dedupe deduped dedup deduping dedupes deduplication runbook runbooks postmortem postmortems ' +
  'onboarding offboarding roadmap roadmaps dashboards datastore datastores dataset datasets dataframe dataframes ' +
  'pipelining autoscaling autoscaler multitenant multithreaded microservice microservices monorepo ' +
  'embeddings embedding tokenizer tokenizers tokenization tokenized reranker rerankers reranking retriever retrievers ' +
  'bi encoder encoders decoder decoders transformer backpropagation regressor regressors ' +
  'classifier classifiers featurization featurize explainability interpretability observability ' +
  'lakehouse warehousing upsell upselling cross sell geospatial timeseries ' +
  'ml mlops llm llms genai rag nlp api apis sdk sdks gpu gpus cpu cpus tpu tpus qps ctr ltv aov gmv roi kpi kpis ' +
  'auc roc ndcg mae mse rmse mape ' +
  'qlora lora repo repos github gitlab ' +
  'async backend frontend fullstack devops sre sres oncall ' +
  'personalization personalisation personalized personalised eval evals bottleneck bottlenecks bottlenecked ' +
  'rollout rollouts rollback rollbacks failover sharding sharded precompute precomputed prefetch prefetching ' +
  'walkthrough walkthroughs telecom telecoms chargeback chargebacks upskill upskilling workflow workflows offline online latencies throughputs ' +
  'pretrain pretrained pretraining multimodal dataloader dataloaders backprop dashboarding changepoint changepoints upsells ' +
  'cuda faiss qdrant milvus weaviate pinecone chroma pyarrow onnxruntime dvc dagster megatron interpretable uninterpretable eng cron crons cronjob cronjobs ' +
  // Left over after the cspell word lists (vocabulary of the trade, and names often typed in lower case).
  'autoscaled multitenancy datasource datasources etl elt overfit overfits autoencoder autoencoders featurized nowcasting nowcast ' +
  'backtest backtests backtesting backtested backtester backtesters bootcamp bootcamps dataops nosql cli ' +
  'insurtech healthtech edtech proptech regtech ecommerce omnichannel kyc aml planogram planograms upsold cross-sold ' +
  'genotyping pharmacovigilance comorbidities comorbidity telehealth bayesian markov carlo ' +
  'matplotlib jupyter trino mysql cassandra sqlite ansible jenkins bitbucket jira javascript kotlin ' +
  'autograder autograders autograding charterholder charterholders fairseq kaggle ' +
  'productionize productionizes productionized productionizing productionise productionises productionised productionising ' +
  'dockerized dockerised dockerize dockerise istio protobuf protobufs autoscale autoscales ' +
  'deprioritize deprioritized deprioritizing deprioritise deprioritised deprioritising timebox timeboxed timeboxing ' +
  'hotfix hotfixes hotfixed codegen pytest mypy winsorized winsorised upsert upserts upserted avro jsonl ' +
  'microbatch microbatches microbatching minibatch minibatches geofence geofences geofenced rerank reranks ' +
  'finetunes llmops promptable layernorm resnet yolo lstm lstms rnn rnns cnn cnns gnn gnns gans autoencoding ' +
  'capex opex ebitda ifrs gaap cedent cedents aum subledger subledgers writedown writedowns collateralized collateralised ' +
  'sku skus clienteling dropship dropshipped dropshipping nps csat ' +
  // Life sciences: the -omics, assays and methods a research letter names.
  'omics genomics proteomics proteomic metabolomics metabolomic transcriptomics transcriptomic lipidomics lipidomic ' +
  'epigenomics epigenomic metagenomics metagenomic multiomics microbiome microbiomes exome exomes exon exons intron introns ' +
  'optogenetics optogenetic chemogenetics electrophysiology theranostics theranostic radiomics immunoassay immunoassays ' +
  'organoid organoids biobank biobanks pharmacovigilance pharmacometrics biomarker biomarkers ' +
  'metabolome epigenome connectome heterozygosity pluripotency tumorigenesis amplicon amplicons lentiviral lysate lysates immunoprecipitation ' +
  'cardiomyocyte cardiomyocytes astrocyte astrocytes oligodendrocyte oligodendrocytes glial glutamatergic gabaergic neurodiverse ' +
  'biomanufacturing pharmacogenomic pharmacogenomics pharmacoeconomics pharmacoepidemiology ' +
  'dyslipidemia dyslipidaemia hyperlipidemia hyperlipidaemia ' +
  'pangenome pangenomes phylogenomics secretome exposome glycomics acetylation polyadenylation spliceosome isoform isoforms ortholog orthologs ' +
  'immunostaining immunostained biorepository biospecimen biospecimens bioanalysis bioanalytical pharmacometric pharmacoepidemiological ' +
  'diafiltration radiolabeled bispecific bispecifics biotherapeutic biotherapeutics aptamer aptamers peptidomimetic medchem ' +
  'druggable druggability undruggable pharmacophore pharmacophores ' +
  // Chemistry and materials.
  'amphiphilic enantioselective regioselective diastereomer diastereomers organocatalysis titrimetric tribology passivation ' +
  // Statistics and econometrics.
  'lognormal loglinear homoscedastic homoscedasticity heteroscedastic heteroscedasticity heteroskedastic heteroskedasticity ' +
  'estimand estimands estimator estimators covariate covariates multicollinearity autocorrelated autocorrelation ' +
  'nonparametric semiparametric bootstrapped quantile quantiles winsorized winsorised winsorizing ' +
  'homoskedastic homoskedasticity endogeneity exogeneity stochasticity leptokurtic platykurtic tercile terciles tobit regressand regressands ' +
  'logrank submodular submodularity scientometric scientometrics ' +
  'deseasonalized deseasonalised winsorize winsorise winsorization winsorisation upweight upweights upweighted upweighting bayesians markovian ' +
  // Vision, audio and language methods.
  'denoise denoised denoising denoiser keypoint keypoints stopword stopwords lemmatization lemmatisation lemmatized ' +
  'detokenize detokenized upsampled downsampled superresolution inpainting underfit underfits tensorize tensorized ' +
  'sparsify sparsified sparsifying sparsification ngram ngrams unigram unigrams ' +
  // Software tools and practice.
  'esbuild virtualenv virtualenvs venv pipenv pyenv npm pnpm webpack vite monorepos polyrepo polyrepos ' +
  'pentest pentests pentesting pentester pentesters appsec subnetting hashtable hashtables ggplot preprod lowcode ' +
  'gitops finops chatops dataviz datavis sunsetting sunsetted uplevel uplevels upleveled upleveling uplevelled uplevelling ' +
  'codemod codemods burndown burndowns burnup lakehouses ' +
  'pseudonymize pseudonymized pseudonymise pseudonymised pseudonymization pseudonymisation anonymize anonymized anonymization ' +
  'deidentify deidentified deidentification ' +
  // Sectors and finance.
  'medtech healthtech fintech fintechs edtech proptech regtech legaltech agritech cleantech climatetech adtech martech ' +
  'forex stablecoin stablecoins tokenomics defi cofounder cofounders cofounded geotargeting geotargeted ' +
  'collateralize collateralise collateralization collateralisation swaption swaptions carveout carveouts decacorn decacorns ' +
  'scaleup scaleups offtake offtaker offtakers agrivoltaics aquaponics fertigation foodservice endcap endcaps ' +
  'couponing putaway putaways deconsolidation weldment weldments sponsee sponsees neurodivergence ' +
  'debottleneck debottlenecked debottlenecking agtech onchain offchain solopreneur solopreneurs vlogger vloggers vlogging ' +
  // Lean manufacturing, engineering and teaching.
  'kaizen gemba heijunka thermofluids spintronics andragogy ' +
  // Latin of degrees and honours, and of the law.
  'magna summa cum laude alma alia bono honorem ' +
  // Closed compounds letters write as one word.
  'skillset skillsets wetlab wetlabs drylab'
).split(/\s+/);

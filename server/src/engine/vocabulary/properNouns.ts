/**
 * Capitalised words a letter writes often and a writer can mistype: months,
 * weekdays, languages, countries and cities, large employers, products and
 * clouds, and the words of job titles and degrees. The spelling rule takes an
 * unknown capitalised word one or two slips from one of these for a typo
 * ("Janaury", "Gogle", "Scienitst"); an unknown capitalised word near nothing
 * here stays a name. Written as a letter writes them, so the correction offered
 * has the right capitals ("PyTorch", "LinkedIn"). Tool names come from the tool
 * list (vocabulary/terms.ts TOOLS) as well; where their capitals are not just the
 * first letter they are written here too.
 */
export const PROPER_NOUNS: readonly string[] = // Months and weekdays.
  (
    'January February March April June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    // Languages, spoken and programming (the latter as they are capitalised).
    'English Spanish French German Italian Portuguese Dutch Swedish Norwegian Danish Finnish Polish Russian Ukrainian ' +
    'Greek Turkish Arabic Hebrew Persian Hindi Bengali Punjabi Urdu Tamil Telugu Marathi Gujarati Mandarin Cantonese ' +
    'Chinese Japanese Korean Vietnamese Indonesian Malay Thai Tagalog Swahili Yoruba Hausa Amharic Romanian Hungarian Czech ' +
    'JavaScript TypeScript PyTorch TensorFlow BigQuery GitHub GitLab LinkedIn PostgreSQL MongoDB MySQL DynamoDB ' +
    'Kubernetes Docker Terraform Jenkins Airflow Snowflake Databricks Tableau Postgres Elasticsearch Kafka Redshift ' +
    'Python Kotlin Scala Haskell Fortran Matlab Swift Julia Golang Ruby Jupyter Pandas NumPy SciPy Keras Grafana Prometheus Kibana ' +
    'Excel PowerPoint Outlook SharePoint Salesforce Workday Jira Confluence Figma Notion Slack Zoom Heroku Netlify Vercel ' +
    'Linux Ubuntu Windows Android Unity Unreal Photoshop Illustrator ' +
    'SageMaker FastAPI MLflow XGBoost LightGBM CatBoost OpenCV DuckDB ClickHouse OpenSearch CloudFormation CircleCI RabbitMQ ' +
    'GraphQL LangChain LlamaIndex DeepSpeed TensorRT HuggingFace PySpark ' +
    // Countries, regions and cities a letter names.
    'America American Canada Canadian Mexico Brazil Argentina Chile Colombia Peru Britain British England Scotland Ireland Wales ' +
    'Germany France Spain Italy Portugal Netherlands Belgium Switzerland Austria Sweden Norway Denmark Finland Iceland Poland ' +
    'Ukraine Russia Greece Turkey Israel Egypt Morocco Nigeria Kenya Ghana Ethiopia Africa African Australia Australian Zealand ' +
    'India Indian Pakistan Bangladesh China Japan Korea Vietnam Thailand Singapore Malaysia Indonesia Philippines Taiwan ' +
    'Europe European Asia Asian Pacific Atlantic Emirates Dubai Qatar Saudi Arabia ' +
    'London Manchester Edinburgh Dublin Paris Berlin Munich Amsterdam Rotterdam Brussels Zurich Geneva Vienna Stockholm ' +
    'Copenhagen Oslo Helsinki Warsaw Prague Budapest Madrid Barcelona Lisbon Milan Rome Athens Istanbul ' +
    'Toronto Vancouver Montreal Chicago Seattle Boston Atlanta Denver Austin Houston Dallas Phoenix Philadelphia Pittsburgh ' +
    'Washington California Texas Florida Massachusetts Brooklyn Manhattan Francisco Angeles Diego ' +
    'Bangalore Bengaluru Mumbai Delhi Hyderabad Chennai Pune Shanghai Beijing Shenzhen Tokyo Seoul Sydney Melbourne ' +
    'Lagos Nairobi Johannesburg Cairo Birmingham Bristol Leeds Liverpool Glasgow Cardiff Belfast Oxford Cambridge Nottingham ' +
    'Sheffield Newcastle Southampton Brighton Reading Auckland Wellington Brisbane Perth Adelaide Ottawa Calgary Quebec ' +
    'Frankfurt Hamburg Cologne Stuttgart Lyon Marseille Toulouse Valencia Seville Porto Florence Naples Turin Krakow Bucharest ' +
    'Baltimore Minneapolis Detroit Cleveland Cincinnati Columbus Nashville Charlotte Raleigh Portland Sacramento Oakland ' +
    // Universities and schools named in a letter.
    'Harvard Stanford Princeton Yale Columbia Cornell Berkeley Caltech Carnegie Mellon Duke Georgetown Northwestern ' +
    'Imperial Edinburgh Manchester Warwick Oxbridge Sorbonne Tsinghua Peking Waterloo McGill Melbourne ' +
    // Employers a letter names: technology, consulting, finance, retail, health.
    'Google Alphabet Amazon Microsoft Apple Meta Facebook Instagram WhatsApp Netflix Nvidia Intel Oracle Adobe IBM ' +
    'Spotify Shopify Stripe Airbnb Uber Lyft Twitter Pinterest Snapchat Dropbox Atlassian Zillow Expedia Booking Wayfair ' +
    'Accenture Deloitte McKinsey Capgemini Cognizant Infosys Wipro KPMG PwC Bain ' +
    'Goldman Sachs Morgan Barclays Citigroup Citibank Fidelity Vanguard BlackRock Bloomberg Visa Mastercard PayPal HSBC Santander ' +
    'Walmart Target Costco Tesco Sainsbury Carrefour Kroger Walgreens Ikea Nike Adidas Unilever Nestle Procter Gamble ' +
    'Pfizer Novartis Roche Moderna AstraZeneca Merck Medtronic Siemens Philips Samsung Sony Toyota Boeing Airbus ' +
    'Illumina Genentech Regeneron Amgen Gilead Biogen Sanofi Bayer GlaxoSmithKline Johnson Abbott Lilly Takeda ' +
    'JPMorgan McKinsey BlackRock Citadel Vanguard Schwab Wells Fargo Allianz Prudential AXA Aviva Lloyds Nationwide Monzo Revolut ' +
    'Anthropic OpenAI DeepMind Hugging Face Kaggle Coursera Udemy ' +
    // Job titles and degrees, written capitalised in a title ("Senior Data Scientist", "Master of Science").
    'Engineer Engineering Manager Management Analyst Analytics Scientist Science Director Developer Development Architect ' +
    'Consultant Researcher Research Specialist Associate Assistant Coordinator Administrator Officer Executive President ' +
    'Principal Senior Junior Lead Head Intern Internship Technician Designer Strategist Operations Product Marketing ' +
    'Accountant Auditor Controller Recruiter Teacher Nurse Physician Pharmacist Chemist Biologist Economist Statistician ' +
    'Actuary Epidemiologist Technologist Programmer Supervisor Representative ' +
    'University College Institute School Academy Bachelor Master Masters Doctorate Doctor Professor Lecturer Fellow Fellowship ' +
    'Diploma Certificate Certification Degree Graduate Postgraduate Undergraduate Honours Honors Thesis Dissertation ' +
    'Mathematics Statistics Economics Physics Chemistry Biology Computer Information Technology Business Administration Finance'
  ).split(/\s+/);

/**
 * Lower-case particles inside names of people and places in other languages
 * ("Universidad de los Andes", "Ludwig van der Rohe", "Muhammad ibn Musa"): before a
 * capitalised word they are part of the name, not English words misspelt.
 */
export const NAME_PARTICLES: readonly string[] = [
  'los',
  'las',
  'del',
  'della',
  'delle',
  'dei',
  'das',
  'dos',
  'der',
  'ter',
  'von',
  'ibn',
  'bint',
  'zu',
  'af',
];

/**
 * Words a greeting capitalises other than a name ("Dear Hiring Manager", "Dear
 * Selection Committee"): in the greeting, where any other unknown capitalised word
 * is a name, a slip is looked for among these only ("Dear Hiring Manaegr").
 */
export const GREETING_WORDS: readonly string[] = [
  'Hiring',
  'Manager',
  'Managers',
  'Recruiter',
  'Recruiting',
  'Recruitment',
  'Talent',
  'Acquisition',
  'Team',
  'Committee',
  'Selection',
  'Search',
  'Department',
  'Director',
  'Professor',
  'Doctor',
  'Members',
  'Partner',
  'Partners',
];

/**
 * Skills: one line per technology, "Canonical|alias|alias". Aliases are
 * matched as whole words, case-insensitively; an alias written "!Go" is
 * matched case-sensitively (for names that are also common words); a
 * canonical name written "~Phoenix" is not matched itself (a city), only its
 * aliases. Otherwise the canonical name is itself an alias.
 */
export const skillLines: string[] = [
  // Languages
  'JavaScript|!JS|ES6|ES2015|ECMAScript|Javascript ES6', 'TypeScript|!TS', 'Python|Python3|Python 3', 'Java|JVM', 'Kotlin', 'Scala',
  '!Go|Golang|!GoLang', '!Rust', 'C#|C Sharp|csharp', 'C++|cpp', 'Ruby', 'PHP', '!Swift', 'Objective-C|ObjC', 'Elixir', 'Erlang',
  'Haskell', 'OCaml', 'F#', 'Clojure', '!Dart', '~R|R language|RStudio|tidyverse', '!Julia', 'MATLAB', 'Perl', 'Lua', 'Groovy', 'Shell|Bash|shell scripting', 'PowerShell',
  'SQL', 'PL/SQL', 'T-SQL', 'HTML|HTML5', 'CSS|CSS3', 'Sass|SCSS|SASS', 'Less CSS', 'PostCSS', 'Solidity', 'COBOL', 'Fortran', 
  'VHDL', 'Verilog', 'Zig', '!Nim', '!Crystal', '!Elm', 'PureScript', 'ReasonML', 'Visual Basic|VB.NET', 'Delphi', 'ABAP', '!Apex',
  // Front end
  '!React|React.js|ReactJS', 'React Native', 'Angular|AngularJS|Angular.js', 'Vue.js|Vue|VueJS|Vue 3', 'Nuxt.js|Nuxt', 'Svelte|SvelteKit',
  'Next.js|NextJS|Next JS', '!Gatsby', 'Ember.js|EmberJS|!Ember', 'Backbone.js|!Backbone', 'jQuery', 'Redux', 'MobX', 'RxJS', 'Webpack',
  '!Vite', '!Babel', 'Tailwind CSS|Tailwind|TailwindCSS', 'Bootstrap', 'Material UI|MUI', 'Styled Components|styled-components', 'Storybook',
  'Three.js', 'D3.js|D3', 'WebGL', 'WebAssembly|Wasm', 'WebRTC', 'Redux Toolkit', '!Remix', '!Astro', 'Flutter', '!Ionic', '!Electron',
  'SwiftUI', 'Jetpack Compose', 'Xamarin', '!Expo',
  // Back end frameworks
  'Node.js|!Node|NodeJS|Node JS', '!Deno', '!Express|Express.js', 'NestJS', 'Django|Django REST framework', '!Flask', 'FastAPI',
  'Ruby on Rails|!Rails|!RoR', '!Sinatra', 'Laravel', 'Symfony', '!Spring|Spring Boot', 'Hibernate', 'JPA', 'EJB', 'Jakarta EE|JEE|Java EE|J2EE',
  '.NET|.NET Core|.NET Framework|dotnet|ASP.NET', 'Entity Framework', 'Dapper', '~Phoenix|Phoenix Framework|Phoenix LiveView',
  'Akka', 'Play Framework|Play!', 'http4s', '!Cats', 'ZIO', 'gRPC', 'GraphQL', '!REST|RESTful|REST API|REST APIs', 'SOAP', 'OAuth|OAuth2|OAuth 2.0',
  'OpenAPI|Swagger', 'WebSockets|WebSocket', 'Celery', 'Sidekiq', '!Temporal', 'Gunicorn', '!Rack', 'Quarkus', 'Micronaut', 'Vert.x',
  '!Gin', 'Echo framework', 'Actix', 'Tokio', 'Sanic', '!Pyramid', '!Tornado', 'CodeIgniter', 'CakePHP', 'Drupal', 'WordPress', 'Magento',
  'Shopify', 'Strapi', 'Contentful', '!Hugo', 'Jekyll',
  // Data stores
  'PostgreSQL|Postgres|PostgresSQL|Postgre', 'PostGIS', 'MySQL', 'MariaDB', 'SQLite', 'SQL Server|MS SQL|MSSQL|Microsoft SQL Server|Microsoft SQL',
  'Oracle Database|Oracle DB', 'MongoDB|Mongo', 'Redis', 'Memcached', 'Cassandra|Apache Cassandra', 'ScyllaDB', 'DynamoDB', 'CouchDB',
  'Couchbase', 'Neo4j', 'Elasticsearch|ElasticSearch|Elastic Search', 'OpenSearch', 'Solr|Apache Solr', 'ClickHouse', 'Snowflake',
  'Redshift|Amazon Redshift', 'BigQuery', 'InfluxDB', 'TimescaleDB', 'CockroachDB', 'Firebase', 'Firestore', 'Supabase', 'Prisma',
  'SQLAlchemy', 'Sequelize', 'TypeORM', 'Liquibase', 'Flyway',
  // Data & ML
  'Kafka|Apache Kafka', 'RabbitMQ', 'ActiveMQ', 'NATS', '!Pulsar|Apache Pulsar', '!Spark|Apache Spark|PySpark', 'Flink|Apache Flink',
  'Hadoop', '!Hive', 'Apache Airflow|Airflow', 'dbt|DBT', 'Databricks', 'Looker', '!Tableau', 'Power BI|PowerBI', 'Metabase', '!Superset',
  'pandas', 'NumPy', 'SciPy', 'scikit-learn|sklearn', 'TensorFlow', 'PyTorch', 'Keras', 'Jupyter|JupyterHub|JupyterLab', 'Dask',
  'Hugging Face|HuggingFace', 'LangChain', 'OpenCV', 'Parquet', 'Avro', 'Delta Lake', '!Iceberg|Apache Iceberg', '!Presto', 'Trino',
  'ETL', 'MLflow', 'Kubeflow', 'XGBoost', 'LLM|LLMs', 'NLP', 'Computer Vision', 'Machine Learning', 'Deep Learning',
  // Cloud & ops
  'AWS|Amazon Web Services', 'Google Cloud|GCP|Google Cloud Platform', 'Azure|Microsoft Azure', 'DigitalOcean', 'Heroku', 'Vercel',
  'Netlify', 'Cloudflare', 'OpenStack', 'Rancher', 'EC2', 'S3', 'AWS Lambda|!Lambda', 'RDS', 'Elastic Beanstalk|Elasticbeanstalk',
  'CloudFormation', 'Docker', 'Kubernetes|K8s', '!Helm', 'OpenShift', 'Nomad', '!Consul', '!Vault', 'Terraform', 'Pulumi',
  'Ansible', '!Chef', '!Puppet', 'SaltStack', 'Vagrant', '!Packer', 'Jenkins', 'GitHub Actions', 'GitLab CI|GitLab runners', 'CircleCI',
  'Travis CI', 'Argo CD|ArgoCD', '!Spinnaker', 'Nginx|NGINX|nginx', 'Apache HTTP Server|httpd', 'HAProxy', '!Envoy', 'Istio', 'Linkerd',
  'Prometheus', 'Grafana', '!Loki', '!Tempo', 'Mimir', 'Datadog', 'New Relic', '!Sentry', 'Splunk', 'ELK|ELK stack', 'Kibana', 'Logstash',
  'OpenTelemetry', 'Jaeger', 'PagerDuty', 'Linux', 'Unix', 'Windows Server|Microsoft Windows Server', 'IIS|Microsoft IIS', 'macOS',
  'Serverless', 'Microservices', 'CI/CD', 'DevOps', 'SRE', 'Cisco', 'CCNA', 'VMware', 'Proxmox', 'Hyper-V',
  // Tools
  'Git', 'GitHub', 'GitLab', 'Bitbucket', 'Gerrit', 'Mercurial', 'SVN|Subversion', 'Jira', 'Confluence', 'Maven', 'Gradle', 'SBT|sbt',
  'npm', '!Yarn', 'pnpm', 'Bazel', 'CMake', 'Figma', 'Markdown', 'Mapbox|Mapbox GL|MapLibre', 'Leaflet', 'OpenStreetMap', '!Sketch', 'Postman', 'Selenium', 'Cypress', 'Playwright', '!Jest', '!Mocha',
  'Vitest', 'pytest', 'JUnit', 'RSpec', '!Cucumber', 'TDD', 'BDD', 'Scrum', 'Kanban', 'Agile', '!Slack', 'Salesforce', 'SAP', 'HubSpot', 'Zendesk', 'Intercom', 'Freshdesk', 'Notion', 'Airtable', 'Asana', 'Trello',
  'Dynamics 365|Dynamics CRM', 'SharePoint', 'Microsoft Office|MS Office', '!Excel|MS Excel', 'Google Analytics', 'Stripe',
  'Jaspersoft|JasperReports', 'Twilio', 'Auth0', 'Keycloak', 'SAML|SAML2.0|SAML 2.0', 'LDAP', 'Matrix protocol',
  'SPDX', 'CycloneDX', 'FOSSology', 'ScanCode|Scancode', 'Black Duck', 'FOSSA',
  // Mobile & platforms
  'Android', 'iOS', '!Unity', 'Unreal Engine', '!ROS', 'Arduino', 'Raspberry Pi', 'Embedded C', 'FPGA', 'Blockchain', 'Ethereum',
];

/** One alias of a skill. */
export interface SkillAlias {
  canonical: string;
  alias: string;
  caseSensitive: boolean;
}

/** Every alias with its canonical name, longest alias first. */
export const skillAliases: SkillAlias[] = skillLines
  .flatMap((line) => {
    const names = line.split('|');
    const canonical = names[0]!.replace(/^[!~]/, '');
    // "~Name" is a canonical name that is too ambiguous to match on its own.
    return names
      .filter((name) => !name.startsWith('~'))
      .map((name) => ({ canonical, alias: name.replace(/^!/, ''), caseSensitive: name.startsWith('!') }));
  })
  .sort((a, b) => b.alias.length - a.alias.length);

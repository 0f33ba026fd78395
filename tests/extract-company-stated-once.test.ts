/**
 * Company a page states once, read through two pieces of evidence that agree (#13, session 19):
 * - an address written with spaces around its "@" ("giardiniere @ potasiepe.com") gives its domain, named by the text's mention;
 * - a domain hack ("stylesha.re") spells its name with its country code: a capitalised mention of that spelling ("StyleShare");
 * - a Latin name as the topic of a Japanese or Korean sentence that recruits ("GROUNDは、…を募集しています").
 * Rows that must NOT give a value: a spelling the text writes only in lower case, "@" between words that is no address,
 * a tool as a topic ("Pythonは"), 採用 ("adopted") beside a tool, a topic and a hiring verb in two sentences.
 * Short inputs through the CLI in process.
 */
import { describeCompanyCases, type CompanyRow as Row } from './company-cases.js';

const rows: Row[] = [
  { name: 'it: an address written "name @ domain" names the company the text writes', company: 'Potasiepe', rule: 'domain.mention',
    input: '# Giardiniere\n\nPotasiepe è sinonimo di custode del giardino. Chi lavora in Potasiepe cresce ogni giorno.\n\nInvia una mail a giardiniere @ potasiepe.com.\n' },
  { name: 'en: an address written "jobs @ domain" names the company the text writes', company: 'Brightwave', rule: 'domain.mention',
    input: '# Backend Engineer\n\nBrightwave builds farm software for growers.\n\nWrite to jobs @ brightwave.io with your CV.\n' },
  { name: '"@" between words is no address ("Work @ home")', company: null,
    input: '# Backend Engineer\n\nWork @ home most days and build farm software.\n\nApply through the form below.\n' },
  { name: 'ko: a domain hack spelled with its country code ("stylesha.re": "StyleShare")', company: 'StyleShare', rule: 'domain.mention',
    input: '# Back-end 개발자\n\n안녕하세요. StyleShare 개발팀입니다.\n\n지원은 join@stylesha.re 로 보내주세요.\n' },
  { name: 'en: a domain hack spelled with its country code ("deli.ci": "DeliCi")', company: 'DeliCi', rule: 'domain.mention',
    input: '# Backend Engineer\n\nYou will build the ordering apps that DeliCi sells to restaurants.\n\nWrite to jobs@deli.ci.\n' },
  { name: 'a domain hack the text writes only in lower case names nothing', company: null,
    input: '# Backend Engineer\n\nYou will build styleshare features every day.\n\nWrite to jobs@stylesha.re.\n' },
  { name: 'ja: a Latin name, the topic of a sentence that recruits', company: 'GROUND', rule: 'body.topic-hires',
    input: '# ソフトウェアエンジニア\n\nGROUNDは、物流の未来を変革する仲間を募集しています。\n\n## 業務内容\n\n- 物流システムの開発\n' },
  { name: 'ko: a Latin name, the topic of a sentence that hires', company: 'Brightwave', rule: 'body.topic-hires',
    input: '# 백엔드 개발자\n\nBrightwave는 함께 성장할 백엔드 개발자를 채용합니다.\n\n## 담당 업무\n\n- 서버 개발\n' },
  { name: 'ja: a tool as the topic ("Pythonは") is no company', company: null,
    input: '# ソフトウェアエンジニア\n\nPythonは必須ですので、経験者を募集しています。\n\n## 業務内容\n\n- 開発\n' },
  { name: 'ja: 採用 ("adopted") beside a name is no hiring', company: null,
    input: '# ソフトウェアエンジニア\n\nKotlinFlowは当チームで採用しています。\n\n## 業務内容\n\n- 開発\n' },
  { name: 'ko: a topic and a hiring verb in two sentences do not make one reading', company: null,
    input: '# 백엔드 개발자\n\nKubeFlow는 훌륭한 도구입니다. 저희는 개발자를 채용합니다.\n\n## 담당 업무\n\n- 서버 개발\n' },
];

describeCompanyCases('company: a name the page states once, read through evidence that agrees', rows);

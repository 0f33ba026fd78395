/**
 * Language, through the library: franc behind the front-matter override, a
 * script rule for Japanese, Korean and Chinese, and "und" rather than a
 * confident wrong code. Each sentence is the kind a posting writes.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage, stopWordLanguage } from '../src/extract/language.js';
import { francLanguage, proseSample } from '../src/extract/language-detector.js';
import { normalizeText } from '../src/index.js';

describe('the posting\'s language', () => {
  it.each([
    ['tr', 'Ekibimize katılacak, web uygulamaları geliştirecek bir yazılım geliştirici arıyoruz. Başvurular için formu doldurmanız yeterlidir.'],
    ['no', 'Vi søker en utvikler som vil være med å bygge Norges beste boliglånsøknad. Du får jobbe i et tverrfaglig team med dyktige kolleger.'],
    ['uk', 'Шукаємо досвідченого фахівця з маркетингу, який допоможе нам розвивати продукт на міжнародних ринках та будувати команду.'],
    ['ru', 'Мы ищем опытного разработчика, который поможет нам развивать продукт и строить команду. Работа в офисе или удалённо.'],
    ['ar', 'نبحث عن مهندس برمجيات للانضمام إلى فريقنا في الرياض، للعمل على تطوير تطبيقات الويب والهاتف المحمول للعملاء.'],
    ['id', 'Kami mencari pengembang aplikasi web yang berpengalaman untuk bergabung dengan tim kami di Jakarta dan membangun produk baru.'],
    ['et', 'Otsime oma meeskonda kogenud tarkvaraarendajat, kes aitaks arendada veebirakendusi ja parandada meie klientide teenuseid.'],
    ['fi', 'Etsimme kokenutta ohjelmistokehittäjää tiimiimme kehittämään verkkosovelluksia ja parantamaan asiakkaidemme palveluita.'],
    ['en', 'We are looking for an engineer to join our team and work with the platform, our customers and the people who use it.'],
    ['ja', 'クラウドソリューションの知識に富む、経験豊富なコンサルタントを募集しています。'],
    ['zh', '我们正在招聘后端工程师，负责平台的设计与开发，欢迎发送简历。'],
  ])('%s', (code, text) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it.each([
    ['too short to say', 'Senior Engineer'],
    ['a word list', 'Python, Go, Kubernetes'],
  ])('"und" when %s', (_name, text) => {
    expect(detectLanguage(text).code).toBe('und');
  });

  it('answers "und" for a close relative franc may name that is no language of the tables', () => {
    // Scots (sco) is no language of tables/languages.ts.
    expect(francLanguage('Ah dinnae ken whit ye mean, it wis a braw bricht nicht an the weans wur oot in the gloamin.')?.code).toBe('und');
  });

  it('keeps the front matter\'s lang over the detector', () => {
    const { record } = normalizeText('---\ntitle: Utvikler\nlang: nn\n---\nVi søker en utvikler som vil være med å bygge Norges beste boliglånsøknad sammen med oss.\n');
    expect(record?.language).toBe('nn');
    expect(record?.evidence.language?.rule).toBe('frontmatter.lang');
  });

  it('says franc read it, through normalizeText', () => {
    const { record } = normalizeText('# Web Geliştiricisi\n\nEkibimize katılacak, web uygulamaları geliştirecek bir yazılım geliştirici arıyoruz. Başvurular için formu doldurmanız yeterlidir.\n');
    expect(record?.language).toBe('tr');
    expect(record?.evidence.language).toMatchObject({ rule: 'language.franc', text: 'franc: tur' });
  });

  it('reads the prose, not the chrome a page puts before it', () => {
    const chrome = Array.from({ length: 240 }, (_, i) => ['Menu', 'Jobs', 'Salaries', 'Companies', 'Login', 'Share'][i % 6]).join('\n');
    const prose = 'Poszukujemy doświadczonego administratora systemów, który będzie odpowiedzialny za utrzymanie infrastruktury IT naszych klientów. '.repeat(4);
    expect(proseSample(`${chrome}\n${prose}`)).toContain('Poszukujemy');
    expect(detectLanguage(`${chrome}\n${prose}`).code).toBe('pl');
  });

  it('settles clear English by its stop words, without franc', () => {
    const { record } = normalizeText('# Engineer\n\nWe are looking for an engineer to join our team. You will work with the people who use our platform, and you will be in touch with them every day. It is a role for someone who can own a product from the start.\n');
    expect(record?.language).toBe('en');
    expect(record?.evidence.language?.rule).toBe('language.stop-words');
  });

  it('falls back to stop words where franc cannot be loaded, with "und" when they do not say', () => {
    expect(stopWordLanguage('Wir suchen eine Entwicklerin, die mit uns an der Plattform arbeitet und für das Team da ist.').code).toBe('de');
    expect(stopWordLanguage('ok').code).toBe('und');
  });
});

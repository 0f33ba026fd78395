/**
 * Where to apply, through the library: the addresses a posting invites its
 * reader to write to, in many languages and obfuscated forms, and the apply
 * URLs of front matter; and what is never an apply address. Each case is
 * something a real posting writes.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from './extract-direct.js';
import { applyWordsPattern, deobfuscateEmails, hasApplyWords } from '../src/extract/apply.js';
import { applyWords, applyWordsUnbounded } from '../src/extract/tables/apply.js';
import { normalizeText } from '../src/index.js';

const emailsOf = (markdown: string, frontmatter: Record<string, unknown> = {}) => extract(markdown, frontmatter).fields.apply.emails;

describe('addresses the reader is invited to write to', () => {
  it.each([
    ['nb: "ta kontakt", "e-post"', 'Ta kontakt med Marthe for en prat. E-post fungerer like bra - [marthe@bank.no](marthe@bank.no).', ['marthe@bank.no']],
    ['tr: "adresine email atarak"', 'Süreç ile ilgili hello@lab.com.tr adresine email atarak bilgi alabilirsiniz.', ['hello@lab.com.tr']],
    ['sv: "maila"', 'Har du frågor - tveka inte att maila admin@pool.se eller prata med oss!', ['admin@pool.se']],
    ['sv: "skicka ett email"', 'Sök tjänsten genom att skicka ett email till  anna@pool.se där du berättar vem du är.', ['anna@pool.se']],
    ['zh: 发送简历至', '如果感兴趣，欢迎发送简历至 wang@example.cn，对其它岗位有兴趣也欢迎联系。', ['wang@example.cn']],
    ['es: "envíanos"', 'Envíanos tus datos a maria@empresa.es y te contamos más.', ['maria@empresa.es']],
    ['en: "email me"', 'Sound like you? Email me mike@startup.io with a few lines about yourself.', ['mike@startup.io']],
    ['a contact block: the invitation a few lines above the address', 'Vragen?\nNeem contact op met Tamara\n0651795573\nWhatsApp\ntamara@zorg.nl', ['tamara@zorg.nl']],
    ['a list of addresses under the invitation', 'If this sounds like you, submit your application.\n\nsonia@agency.com.au\nbreanna@agency.com.au', ['sonia@agency.com.au', 'breanna@agency.com.au']],
    ['an HTML-entity-encoded address', 'Send your CV to &#106;obs&#64;acme.com today.', ['jobs@acme.com']],
    ['de: "Bei Interesse … melden" (extra7 022, corpus 186)', 'Bei Interesse bitte unter 02843/280038 oder patrick@klinik.at melden.', ['patrick@klinik.at']],
    ['Markdown emphasis around the address (vi: "CV … gửi về email")', 'Hồ sơ / CV xin gửi về email: _tuyendung.lge.vn@gmail.com_, chúng tôi sẽ trả lời.', ['tuyendung.lge.vn@gmail.com']],
    ['must not drop a mailbox\'s own underscores: "__dev_team@" is no emphasis', 'Send your CV to x__dev_team@acme.com or _hr_@acme.com.', ['x__dev_team@acme.com', 'hr_@acme.com']],
    ['el: a contact-details block ("Στοιχεία επικοινωνίας")', '### Στοιχεία επικοινωνίας\n\nΤηλέφωνο: 2541 0 25324\n\nEmail: petros@gmail.com', ['petros@gmail.com']],
    ['a jobs address beside a partnership one in the same contact block', 'Contact\n\nCareers: career@acme.ee\n\nGeneral partnership: partnership@acme.ee', ['career@acme.ee']],
    ['pl: the apply address, with consent to data processing in its sentence', 'Prosimy o przesłanie CV ze zgodą na przetwarzanie danych osobowych na adres: anna@firma.pl.', ['anna@firma.pl']],
  ])('%s', (_name, markdown, expected) => {
    expect(emailsOf(`# Engineer\n\n${markdown}\n`)).toEqual(expected);
  });

  it.each([
    ['an address in a privacy note', 'To exercise your rights under the GDPR, contact privacy@acme.com.'],
    ['a personal address with no invitation around it', 'Our founder (anna@acme.com) started the company in 2015 and still writes code every day.'],
    ['a short line far below any invitation', 'Apply via our form.\n\nWe built the first version in a garage and have grown a great deal since then, across three continents.\n\nanna@acme.com'],
    ['a template placeholder', 'Send your CV to {{ site.email }} or jobs@{{ site.domain }}.'],
    ['el: a press address in a contact-details block', '### Στοιχεία επικοινωνίας\n\nΤύπος: press@acme.gr'],
    ['a partnership mailbox in a contact block', 'Contact us\n\nGeneral partnership: partnership@acme.ee'],
    ['pl: the data protection officer\'s address under words about contacting', 'W sprawach dotyczących ochrony danych osobowych można kontaktować się pisząc:\n\n* na adres [anna@firma.pl](mailto:anna@firma.pl)'],
  ])('none from %s', (_name, markdown) => {
    expect(emailsOf(`# Engineer\n\n${markdown}\n`)).toEqual([]);
  });
});

describe('obfuscated addresses', () => {
  it.each([
    ['jobs [at] acme [dot] com', 'jobs@acme.com'],
    ['jobs (at) acme.co.uk', 'jobs@acme.co.uk'],
    ['empleo-tech arroba frogtek punto org', 'empleo-tech@frogtek.org'],
    ['procesoseleccion (arroba) frogtek (punto) org', 'procesoseleccion@frogtek.org'],
    ['guillermo at frogtek punto org', 'guillermo@frogtek.org'],
    ['jobs at acme dot com', 'jobs@acme.com'],
    ['prace zavináč firma tečka cz', 'prace@firma.cz'],
    ['hr собака company точка ru', 'hr@company.ru'],
    ['_mail guillermo at frogtek punto org_', 'guillermo@frogtek.org'],
    // fr arobase, nl apenstaartje and punt, de Klammeraffe (language facts)
    ['jobs(arobase)acme.fr', 'jobs@acme.fr'],
    ['vacatures [at] acme [punt] nl', 'vacatures@acme.nl'],
    ['vacatures(apenstaartje)acme.nl', 'vacatures@acme.nl'],
    ['bewerbung klammeraffe acme punkt de', 'bewerbung@acme.de'],
  ])('%s', (text, expected) => {
    expect(deobfuscateEmails(text)).toEqual([expected]);
  });

  it.each([
    'We work at acme.com on weekdays.',
    'Meet us at Berlin, Friday.',
    'Apply (at) acme. Apply today',
    'logo [at] 2x [dot] png',
    // nl "punt" is an English word: bare, it is no dot
    'We punt at acme punt nl tomorrow.',
  ])('none in %s', (text) => {
    expect(deobfuscateEmails(text)).toEqual([]);
  });

  it('reads a long run of near-matches in linear time (no test on time: a slow pattern times out)', () => {
    expect(deobfuscateEmails('a at b punto '.repeat(20_000) + 'x (at y. '.repeat(20_000))).toEqual([]);
  });
});

describe('front-matter keys named for their use', () => {
  it.each([
    ['contact_emails', { contact_emails: 'andreas@variant.se' }, ['andreas@variant.se']],
    ['contact_details[].email', { contact_details: [{ name: 'Prof. Horns', email: 'horns@uni.de' }] }, ['horns@uni.de']],
    ['not a submitter\'s address', { acquisition_source: { email: 'submitter@uni.de' }, author: { email: 'me@blog.dev' } }, []],
  ])('%s', (_name, frontmatter, expected) => {
    expect(emailsOf('# Engineer\n\nWe build tools.\n', frontmatter)).toEqual(expected);
  });

  it('reads applicationFormUrl as the apply URL', () => {
    const url = 'https://candidate.hr-manager.net/ApplicationForm/SinglePageApplicationForm.aspx?cid=1889&departmentId=21116';
    expect(extract('# Engineer\n\nWe build tools.\n', { applicationFormUrl: url }).fields.apply.urls).toEqual([url]);
  });

  it('reads a form link after Spanish "si te interesa"', () => {
    const urls = extract('# Backend\n\nSi te interesa participar en el proceso de selección [pulsa aquí](https://form.jotform.com/2113?codigo=BE2) si tienes algún problema con el formulario escríbenos.\n').fields.apply.urls;
    expect(urls).toEqual(['https://form.jotform.com/2113?codigo=BE2']);
  });
});

describe('apply words: the fast finder and its plain pattern agree', () => {
  const vocabulary = [...Object.values(applyWords).flat().map((word) => word.replace(/\*$/, '')), ...applyWordsUnbounded];
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...vocabulary) },
    { weight: 3, arbitrary: fc.constantFrom(' ', '-', 'x', 'é', 'İ', 'Σ', '1', 'ing', 'KONTAKT', 'Sök', '_', '。') },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  );
  it('on generated text', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), (text) => {
      expect(hasApplyWords(text)).toBe(applyWordsPattern().test(text));
    }), { numRuns: 2000 });
  });
});

describe('through normalizeText', () => {
  it('gives the address with the rule that read it', () => {
    const { record } = normalizeText('# Backend Engineer\n\nInteresados mandar mail adjuntando el CV a guillermo at frogtek punto org\n');
    expect(record?.apply.emails).toEqual(['guillermo@frogtek.org']);
    expect(record?.evidence.apply?.rule).toBe('text.email-obfuscated');
  });
});

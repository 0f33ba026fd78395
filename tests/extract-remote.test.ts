/**
 * Remote policy, remote regions and work locations through the library, from
 * case tables: each row is something a real posting writes. The phrase scan
 * is held to its plain reference by a differential property test.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extract } from './extract-direct.js';
import { policyWeights, policyWeightsByClass, type Policy } from '../src/extract/match/policy.js';
import { remotePhrases } from '../src/extract/tables/remote.js';
import { filterForm } from '../src/extract/text.js';

/** Run the extractors over a small Markdown text, as the pipeline does. */
const policyOf = (markdown: string, frontmatter: Record<string, unknown> = {}) => extract(markdown, frontmatter).fields.remote.policy;

describe('remote policy phrases', () => {
  it.each([
    // Japanese and Chinese phrases match inside a run of text, without word boundaries.
    ['# エンジニア\n\n**勤務地：** 本社（日本国内のみリモート勤務可）', 'hybrid'],
    ['# 后端工程师\n\n工作方式：远程办公，弹性工作时间', 'remote'],
    ['# 後端工程師\n\n本職缺可遠端工作', 'remote'],
    ['# 前端工程师\n\n混合办公，每周三天到岗', 'hybrid'],
    // Polish, Russian, Ukrainian, Turkish, Italian, Nordic, Finnish, Estonian: language facts.
    ['# Programista\n\nPraca zdalna, umowa B2B.', 'remote'],
    ['# Programista\n\nDowolny tryb pracy (całkowicie zdalnie lub hybrydowo).', 'hybrid'],
    ['# Administrator\n\nPraca stacjonarna w Warszawie.', 'onsite'],
    ['# Administrator\n\nrekrutacja zdalna', null],
    ['# PHP-разработчик\n\nФормат: удалённо', 'remote'],
    ['# PHP-разработчик\n\nФормат: удаленно', 'remote'],
    ['# Разработчик\n\nГибридный формат работы, офис в Москве.', 'hybrid'],
    ['# Розробник\n\nМожна працювати віддалено.', 'remote'],
    ['# Web Geliştiricisi\n\nUzaktan çalışma imkanı sunulacaktır.', 'remote'],
    ['# Sviluppatore\n\nSi lavora in sede a Milano.', 'onsite'],
    ['# Sviluppatore\n\nModello ibrido: due giorni in sede.', 'hybrid'],
    ['# Utvecklare\n\nTjänsten är på distans.', 'remote'],
    // The job placed in a named place, as each language says it, and no remote work: onsite (session 26 probes, language facts)
    ['# Utvecklare\n\nTjänsten är placerad i Göteborg.', 'onsite'],
    ['# Sviluppatore\n\nIl lavoro si svolge a Torino.', 'onsite'],
    ['# Desarrollador\n\nEl puesto se ubica en Madrid.', 'onsite'],
    ['# Entwickler\n\nDein Arbeitsplatz ist in Köln.', 'onsite'],
    ['# Entwickler\n\nArbeitsort ist München.', 'onsite'],
    // must not: the same words with remote work stated, or with no place named
    ['# Utvecklare\n\nTjänsten är placerad i Göteborg, men du kan arbeta helt på distans.', 'remote'],
    ['# Entwickler\n\nDie Stelle ist in Teilzeit zu besetzen.', null],
    // must not: the verb with another subject, or a place that is the reader's or the interview's (review26a)
    ['# Entwickler\n\nDie Stelle ist in Teilzeit zu besetzen, Bewerbungen gern auch aus Leipzig.', null],
    ['# Desarrollador\n\nSi estás ubicado en Sevilla, mejor.', null],
    ['# Desenvolvedor\n\nSe você está localizado em Recife, ótimo.', null],
    ['# Sviluppatore\n\nIl colloquio si svolge a Milano.', null],
    ['# Utvecklare\n\nVårt huvudkontor är placerat i Malmö.', null],
    ['# Økonomidirektør\n\nStillingen har base i Solna, med fleksibilitet til at arbejde hjemmefra.', 'hybrid'],
    ['# Kehittäjä\n\nEtätyö on mahdollista koko Suomessa.', 'remote'],
    ['# Arendaja\n\nKaugtöö Eestis.', 'remote'],
    // Spanish: "teletrabajo" is remote work; a share below 100% or "parte en teletrabajo" is hybrid; "sin" negates.
    ['# Backend\n\nFlexibilidad horaria y teletrabajo real.', 'remote'],
    ['# QA\n\n**Localización**: México DF (40% teletrabajo)', 'hybrid'],
    ['# QA\n\nResidencia en CDMX, ya que hay que acudir al menos 3 días a la semana a la oficina.', 'hybrid'],
    ['# Beca\n\nPosibilidad de realizar parte en teletrabajo, parte en la oficina de Huesca.', 'hybrid'],
    ['# Backend\n\nPuesto sin teletrabajo.', 'onsite'], // remote work ruled out, as "no remote"
    ['# Backend\n\n100% teletrabajo desde España.', 'remote'],
    ['# Dev\n\nWork 60% remote, 40% in our Berlin office.', 'hybrid'],
    ['# Dev\n\nYou will have the flexibility to work from home.', 'hybrid'],
    // ja "the place of work is free / not asked": remote work (extra7 005; a standard recruiting term)
    ['# エンジニア\n\n* 勤務場所自由（福岡県外も可）', 'remote'],
    ['# エンジニア\n\n勤務地不問', 'remote'],
    // Hybrid technology is no hybrid work: it "tecnologia ibrida", es "aplicaciones híbridas", fr "applications hybrides" (extra7 011)
    ['# Sviluppatore\n\nEsperienza nello sviluppo di applicazioni per mobile, web e in tecnologia ibrida.', null],
    ['# Desarrollador\n\nExperiencia con aplicaciones híbridas (Ionic).', null],
    ['# Développeur\n\nVous développerez des applications hybrides.', null],
    ['# Sviluppatore\n\nModalità di lavoro ibrida.', 'hybrid'],
    // A hybrid framework, "Android, iOS or hybrid": mobile platforms, no work mode (extra-split3 m6web fr, devmaker pt).
    ['# Développeur\n\nUne expérience en développement mobile ou sur un framework hybride est un plus.', null],
    ['# Desenvolvedor\n\nSe já tiver algum projeto mobile realizado para Android, iOS, ou Hibrido será um diferencial.', null],
    ['# Developer\n\nExperience with a hybrid framework such as Ionic.', null],
    ['# Developer\n\nThis is a hybrid role: two days a week in our Paris office.', 'hybrid'],
    // The possibility of remote work, as "option to work from home" (extra5 segfaultsystems en, rpi-virtuell de).
    ['# Engineer\n\n* Flexible working hours and the possibility to work remotely within India.', 'hybrid'],
    ['# Entwickler\n\n* auf Wunsch komplette Remote-Arbeit möglich, sonst Dienstort Münster', 'hybrid'],
    // Precision: remote work ruled out stays onsite.
    ['# Engineer\n\nThere is no possibility to work remotely; the role is in our Pune office.', 'onsite'],
    // Remote work ruled out in prose, by a predicate after the words or a verb before them, per language (language facts).
    ['# Engineer\n\nRemote work is not possible for this role.', 'onsite'],
    ['# Entwickler\n\nRemote-Arbeit ist leider nicht möglich.', 'onsite'],
    ['# Développeur\n\nLe télétravail n’est pas possible.', 'onsite'],
    ['# Desarrollador\n\nNo ofrecemos trabajo remoto.', 'onsite'],
    ['# Desenvolvedor\n\nO trabalho remoto não é possível.', 'onsite'],
    ['# Sviluppatore\n\nLo smart working non è previsto.', 'onsite'],
    ['# Ontwikkelaar\n\nThuiswerken is niet mogelijk.', 'onsite'],
    ['# Programista\n\nNie oferujemy pracy zdalnej.', 'onsite'],
    ['# Vývojář\n\nPráce na dálku není možná.', 'onsite'],
    ['# Vývojář\n\nNenabízíme práci na dálku.', 'onsite'],
    ['# Utvecklare\n\nDistansarbete är inte möjligt.', 'onsite'],
    ['# Разработчик\n\nУдалённая работа не предусмотрена.', 'onsite'],
    ['# エンジニア\n\nリモートワーク不可。', 'onsite'],
    ['# 后端工程师\n\n不支持远程办公。', 'onsite'],
    // Must not: a negation in another clause or sentence, or of something else, leaves the remote words standing.
    ['# Engineer\n\nFully remote. Relocation is not possible.', 'remote'],
    ['# Engineer\n\nRemote work is possible, relocation is not possible.', 'remote'],
    ['# Engineer\n\nHybrid work is possible; fully remote work is not possible.', 'hybrid'],
    ['# Programista\n\nPraca zdalna, nie oferujemy relokacji.', 'remote'],
    ['# Vývojář\n\nPráce na dálku je možná.', 'remote'],
    // Must not (review25b): another subject's predicate after "and", a bare "impossible", a double negation.
    ['# Engineer\n\nThis role is fully remote and visa sponsorship is not available.', 'remote'],
    ['# Entwickler\n\nDie Stelle ist zu 100 % remote und eine Visa-Unterstützung ist leider nicht möglich.', 'remote'],
    ['# Desarrollador\n\nTrabajo 100% remoto desde cualquier lugar de España y la reubicación no es posible.', 'remote'],
    ['# Engineer\n\nWe are fully remote and nothing is impossible for our team.', 'remote'],
    ['# Programista\n\nPraca zdalna nie jest wykluczona.', 'remote'],
    // review25c: "and" inside the subject joins two ways of working that are both ruled out.
    ['# Engineer\n\nAcme is hiring in Berlin. Remote and hybrid work is not possible for this position.', 'onsite'],
  ] as Array<[string, Policy | null]>)('%s', (markdown, policy) => {
    expect(policyOf(markdown)).toBe(policy);
  });
});

describe('remote policy chosen from candidates', () => {
  it.each([
    // A phrase among benefits or about the company counts less than one about this job.
    ['# Dev\n\n## Benefits\n\n- Fully remote Fridays\n\n## The role\n\nThis is an on-site role in Berlin.', 'onsite'],
    ['# Dev\n\n## About us\n\nWe are a fully remote company.\n\n## The role\n\nThis is an on-site role in Berlin.', 'onsite'],
    ['# Dev\n\nWe are a remote-first company.\n\nThe role itself is on-site in Berlin.', 'onsite'],
    // Stated about this job, it still wins.
    ['# Dev\n\nThis is a fully remote position.', 'remote'],
    ['# Dev\n\n## About us\n\nOur offices are on-site friendly.\n\n## The role\n\nThis is a fully remote position.', 'remote'],
    // A named work place and home office without a share (a benefit): hybrid work; home office alone decides nothing.
    ['# Dev\n\nArbeitsort: Berlin\n\n## Das bieten wir\n\n- Flexible Arbeitszeiten\n- Home office', 'hybrid'],
    ['# Dev\n\nLocation: Munich, Germany\n\n## Benefits\n\n- Mobiles Arbeiten', 'hybrid'],
    ['# Dev\n\n## Benefits\n\n- Home office', null],
    // A work-mode label whose value is a workplace value (tables/workplace-values.ts) is a field: it settles the policy.
    ['# Programista\n\nForma pracy: zdalna', 'remote'],
    ['# Desenvolvedor\n\nModelo de trabalho: home office', 'remote'],
    ['# Desenvolvedor\n\nModelo de trabalho: Híbrido\n\nOferecemos trabalho remoto às sextas.', 'hybrid'],
    ['# Programista\n\nForma pracy: elastyczna', null],
    // The same label and value as a table row or a <dt>/<dd> pair (the value on a line of its own under its label).
    ['# Programista\n\n| Tryb pracy | Zdalna |\n|---|---|\n| Wynagrodzenie | 15 000 PLN |', 'remote'],
    ['# Programista\n\nTryb pracy\n\nZdalna\n\nWynagrodzenie\n\n15 000 PLN', 'remote'],
    ['# Разработчик\n\n| Формат работы | офис |\n|---|---|', 'onsite'],
    // en "Location type:", fr "Modalité :", sv "Arbetsform:", fi "Työskentelytapa:" are work-mode labels; sv "på plats", fi "lähityö" onsite
    ['# Backend Engineer\n\nLocation type: Remote', 'remote'],
    ['# Développeur\n\nModalité : Télétravail', 'remote'],
    ['# Utvecklare\n\nArbetsform: På plats', 'onsite'],
    ['# Kehittäjä\n\nTyöskentelytapa: Hybridi', 'hybrid'],
    ['# Kehittäjä\n\nTyöskentelytapa: Lähityö', 'onsite'],
    // Must not: the same labels over a value that is no work mode
    ['# Utvecklare\n\nArbetsform: Heltid', null],
    ['# Développeur\n\nModalité : CDI', null],
    ['# Backend Engineer\n\nLocation type: Flexible', null],
    // Must not: a row or a pair whose label names no work place, or whose value is no workplace value.
    ['# Programista\n\n| Tryb pracy | Elastyczna |\n|---|---|', null],
    ['# Programista\n\n| Team | Zdalna |\n|---|---|', null],
    ['# Programista\n\nTryb pracy\n\nElastyczna', null],
    // A remote field that answers no, on one line, as a table row or as a <dt>/<dd> pair: onsite, as front matter's "remote: no"
    ['# Backend Engineer\n\nLocation: Berlin, Germany\n\nRemote\n\nNo\n\nEmployment\n\nFull-time', 'onsite'],
    ['# Développeur\n\n**Lieu :** Lyon\n\n**Télétravail : non**', 'onsite'],
    ['# Entwickler\n\nStandort: München\n\nHomeoffice: nein', 'onsite'],
    // must not: a refusal that goes on with "but" allows some remote work (review26c)
    ['# Entwickler\n\nStandort: München\n\nHomeoffice: Nein, aber 2 Tage pro Woche möglich', 'hybrid'],
    ['# Développeur\n\nLieu : Lyon\n\nTélétravail : non, sauf 1 jour par semaine', 'hybrid'],
    ['# Engineer\n\n| Remote | Not possible |\n|---|---|\n| Location | Berlin |', 'onsite'],
    ['# Engineer\n\nRemote: No', 'onsite'],
    // Must not: a yes, or a no that goes on to offer home office, is no refusal
    ['# Engineer\n\nLocation: Berlin\n\nRemote: Yes', 'remote'],
    ['# Engineer\n\nLocation: Berlin\n\nRemote: No, hybrid: 2 days a week in the office', 'hybrid'],
    // Must not: "No preference", "No restrictions" answer no question of whether remote work is offered (review26): not onsite
    ['# Engineer\n\nLocation: Reno, NV\n\nRemote: No preference', 'remote'],
    ['# Engineer\n\n**Location:** Austin, TX\n**Remote:** no restrictions', 'remote'],
    // A remote field among a one-line header's parts refuses it as on a line of its own; "No preference" there does not
    ['Acme Labs | Backend Engineer | Berlin | Remote: No | Full-time\n\nWe build APIs in Go.', 'onsite'],
    ['Acme Labs | Backend Engineer | Berlin | Remote: No preference | Full-time\n\nWe build APIs in Go.', 'remote'],
    // Remote work ruled out for the job, or the company's past, is no remote job (review27a: "fully remotely" was withdrawn)
    ['# Field Engineer\n\nThis role cannot be performed fully remotely: you visit customers in Leeds every day.\n\nLocation: Leeds', null],
    // A remote-first company whose job is remote stays remote beside a place line (review27a: a rule that read such pages
    // as onsite there was withdrawn), en, de
    ['# Backend Engineer\n\nAcme is a remote-first company, so you will work remotely.\n\nLocation: Berlin, Germany', 'remote'],
    ['# Backend-Entwickler\n\nWir sind ein Remote-first Unternehmen und arbeiten ortsunabhängig.\n\nStandort: Hamburg', 'remote'],
    // Must not: the office in the same sentence as the company's remote words, or no place at all, leaves remote work
    ['# Backend Engineer\n\nAcme is a remote-first company with an office in Berlin.\n\nYou will build APIs in Go.', 'remote'],
    ['# Backend Engineer\n\nWe are a remote-first company.\n\nYou will build APIs in Go.', 'remote'],
    // A Hacker News header's part that ends with a workplace word, as one that opens with it (review26)
    ['Acme Labs | Senior Backend Engineer | London or REMOTE | Full-time\n\nWe build payment APIs in Go.', 'remote'],
    ['Acme Labs | Backend-Entwickler | Berlin oder Remote | Vollzeit\n\nWir bauen Zahlungs-APIs in Go.', 'remote'],
    ['Acme Labs | Backend Engineer | REMOTE or London | Full-time\n\nWe build payment APIs in Go.', 'remote'],
    // Must not: remote work ruled out in the part, or a sentence ending with the word outside a header
    ['Acme Labs | Backend Engineer | London, no remote | Full-time\n\nWe build payment APIs in Go.', 'onsite'],
    ['# Backend Engineer\n\nWe build payment APIs in Go. Half the team is remote.', null],
    // no/da a home office as the place of work, fi "Etä" (remote); it "lavoro da casa" (working from home) (language facts)
    ['# Utvikler\n\nArbeidssted: Hjemmekontor', 'remote'],
    ['# Kehittäjä\n\nSijainti: Etä', 'remote'],
    // A location label's workplace value on a line that holds no policy phrase ("リモート" alone is none), and cs/sk "hybridně"
    ['# エンジニア\n\n勤務地：リモート', 'remote'],
    ['# エンジニア\n\n勤務地：東京都渋谷区', 'onsite'],
    ['# Vývojář\n\nMísto výkonu práce: Praha (hybridně)', 'hybrid'],
    ['# Sviluppatore\n\nLavoro da casa, da tutta Italia.', 'remote'],
    // Must not: home office among benefits beside a work place is hybrid work; "a 10 minuti da casa" is no remote work
    ['# Utvikler\n\nArbeidssted: Oslo\n\n## Vi tilbyr\n\n- Hjemmekontor', 'hybrid'],
    ['# Autista\n\nLavoro vicino a casa, a 10 minuti da casa.', null],
  ] as Array<[string, Policy | null]>)('%s', (markdown, policy) => {
    expect(policyOf(markdown)).toBe(policy);
  });

  it.each([
    // A tag of remote work in front matter, and a workplace value bracketed before the title, as "(Remote)" after it is read.
    ['# Backend Developer\n\nWe build things.', { tags: ['remote', 'golang'] }, 'remote'],
    ['# [Remote] Backend Developer\n\nWe build things.', {}, 'remote'],
    ['# (Hybrid) Data Analyst\n\nWe build things in Berlin.', {}, 'hybrid'],
    // Must not: a tag "office" (Microsoft Office) or any other bracketed word.
    ['# Office Manager\n\nWe build things.', { tags: ['office', 'excel'] }, null],
    ['# [Urgent] Backend Developer\n\nWe build things.', {}, null],
    // Must not (review25b): a site's tag beside a place of work and the posting's own words of an office.
    ['# Backend Developer\n\nYou will work from our Berlin office.', { location: 'Berlin, Germany', tags: ['remote'] }, 'onsite'],
  ] as Array<[string, Record<string, unknown>, Policy | null]>)('%s %j', (markdown, frontmatter, policy) => {
    expect(policyOf(markdown, frontmatter)).toBe(policy);
  });

  it('records the winning candidate as evidence and two strong policies as a remote-conflict warning', () => {
    const result = extract('# Dev\n\n## About us\n\nWe are a fully remote company.\n\n## The role\n\nThis is an on-site role in Berlin.');
    expect(result.evidence.remote).toMatchObject({ line: 9, rule: 'text.phrase' });
    expect(result.warnings.find((w) => w.code === 'remote-conflict')?.message).toMatch(/onsite \(line 9\), remote \(line 5\)/);
    // A location field settles it: no conflict.
    const field = extract('# Dev\n\nLocation: Berlin (Hybrid)\n\nWe are a fully remote company.');
    expect(field.fields.remote.policy).toBe('hybrid');
    expect(field.warnings.map((w) => w.code)).not.toContain('remote-conflict');
  });
});

describe('a named work place and no remote work is onsite', () => {
  it.each([
    // A location field: front matter, a "Label: value" line, a label heading with the place on the next line.
    ['# Projektingenieur/in\n\nZur Verstärkung unseres Teams suchen wir eine/n Projektingenieur/in.', { location: 'Berlin' }, 'onsite'],
    ['# 社工員\n\n- **地點**: 台北市文山區\n- **薪資**: 38,898 ~ 40,000 元/月', {}, 'onsite'],
    ['# Product Manager\n\n### Job Location\n\nNew Delhi\n\nWe are growing.', {}, 'onsite'],
    ['# Accountmanager\n\nLocatie\n-------\nUtrecht\n\nJij koestert jouw klanten.', {}, 'onsite'],
    // Where the office is, with a place on the same line.
    ['# Tech Lead\n\nMed kontor i både Linköping, Stockholm och Göteborg blandar vi teknik med design.', {}, 'onsite'],
    ['# Utvikler\n\n* Moderne lokaler sentralt i Oslo', {}, 'onsite'],
    // Remote or hybrid work stated anywhere, even weakly, wins or leaves it open; home office beside a work place is hybrid.
    ['# Engineer\n\nArbeitsort\n----------\nBerlin\n\n* Home office\n* Flexible Arbeitszeiten', {}, 'hybrid'],
    ['# Engineer\n\nLocation: Berlin\n\nYou can work remotely now and then.', {}, null],
    ['# Engineer\n\nLocation: Berlin (hybrid, two days in the office)', {}, 'hybrid'],
    // A company in a city is no work place; nor is a place without a field or an office.
    ['# Software Developer\n\nDann bewerbe dich jetzt bei Defacto in Groningen!', {}, null],
    ['# Dev\n\nWe are a company.', { location: 'somewhere nice' }, null],
    // A Jekyll excerpt is the posting's own words (extra7 008); a location of "anywhere" with a bracketed wish is anywhere (corpus 013, 016).
    ['# DevOps Engineer\n\nYou embrace the DevOps culture.', { excerpt: 'We are looking for a DevOps Engineer (on-site).' }, 'onsite'],
    ['# Engineer\n\nJoin us.', { location: 'anywhere (prefer a time zone between US/Pacific and Central European)' }, 'remote'],
  ] as Array<[string, Record<string, unknown>, Policy | null]>)('%s', (markdown, frontmatter, policy) => {
    expect(policyOf(markdown, frontmatter)).toBe(policy);
  });

  it('says how it was read, with less confidence than a stated policy', () => {
    const { evidence } = extract('# Dev\n\nLocation: Berlin');
    expect(evidence.remote).toMatchObject({ rule: 'work-place.text.location-label', confidence: 0.6 });
  });
});

describe('remote regions', () => {
  it.each([
    // Europe and the EU are not the same region; a country is its ISO code.
    ['# PM\n\nThis is a fully remote role. You will be based in Europe or the United States.', ['Europe', 'US']],
    ['# Writer\n\nThis is a remote role (anywhere in the EU).', ['EU']],
    ['# Dev\n\nFully remote, UK only.', ['GB']],
    // Where the team lives is not where remote work is allowed; "almost anywhere" is not the world.
    ['# PM\n\nA mostly remote company with team members around the world and in Canada. The role is fully remote in the US.', ['US']],
    ['# PM\n\nFull remote work from almost anywhere', []],
    // A country named in a remote location field is a region; a city there names an office instead.
    ['# Backend\n\n**Localización**: España (100% teletrabajo)', ['ES']],
    ['# Backend\n\nLocation: Remote (Poland, Czechia)', ['PL', 'CZ']],
    ['# Backend\n\nLocation: Berlin, Germany (Remote)', []],
    // Time-zone names say when, not where (extra7 015, corpus 013/016): "Central European (UTC+1)", "US/Pacific".
    ['# Engineer\n\nThis is a fully remote position, open to candidates in the Eastern (UTC-5) to Central European (UTC+1) timezones.', []],
    ['# Engineer\n\nFully remote, working hours on Central European Time.', []],
    ['# Engineer\n\nFully remote, anywhere in Europe.', ['Europe']],
  ])('%s', (markdown, regions) => {
    expect(extract(markdown).fields.remote.regions).toEqual(regions);
  });

  it('reads the countries beside a remote item of a locations list as regions, and no city as one (corpus 113)', () => {
    expect(extract('# Engineer\n\nWe build things.', { locations: ['Remote', 'United Kingdom'] }).fields.remote).toMatchObject({ policy: 'remote', regions: ['GB'] });
    expect(extract('# Engineer\n\nWe build things.', { locations: ['Remote', 'Berlin, Germany'] }).fields.remote).toMatchObject({ policy: 'remote', regions: [] });
  });

  it('reads "anywhere (…)" as worldwide, leaving out the time zones of the wish', () => {
    const { remote } = extract('# Engineer\n\nJoin us.', { location: 'anywhere (prefer a time zone between US/Pacific and Central European)' }).fields;
    expect(remote).toMatchObject({ policy: 'remote', regions: ['Worldwide'] });
  });
});

describe('time zones', () => {
  it('reads a range of zones as written, and the remote policy of a bare "Remote (…)" line', () => {
    const { remote } = extract('# Engineer\n\nRemote (PST - AST preferred)').fields;
    expect(remote).toMatchObject({ policy: 'remote', timezones: ['PST - AST'] });
  });
});

describe('work locations', () => {
  it.each([
    ['# Projektingenieur\n\nStandort: Ludwigshafen am Rhein', ['DE']],
    ['# 社工員\n\n地點：台北市文山區', ['TW']],
    ['# Postdoc\n\nA two-year position at the Physics Department, University of Padova.', ['IT']],
    ['# Разработчик\n\nОфис в Москве, м. Таганская. Город: Москва', ['RU']],
  ])('%s', (markdown, countries) => {
    expect(extract(markdown).fields.locations.map((l) => l.country)).toEqual(countries);
  });
});

describe('the phrase scan', () => {
  const phrases = Object.values(remotePhrases).flat().map(([phrase]) => phrase);
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...phrases) },
    { weight: 2, arbitrary: fc.constantFrom(...phrases).map((p) => p.toUpperCase()) },
    { weight: 3, arbitrary: fc.constantFrom(' ', '', 'x', 'é', 'の', '（', '）', '-', '100%', 'İ', 'ſ', '\n', 'Remote', 'работа') },
    { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  );
  const texts = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

  it('finds the same policy weights as the plain phrase tests, on generated text', () => {
    fc.assert(fc.property(texts, (text) => {
      const fast = { remote: 0, hybrid: 0, onsite: 0 };
      const plain = { remote: 0, hybrid: 0, onsite: 0 };
      policyWeights(text, filterForm(text), fast);
      policyWeightsByClass(text, null, plain);
      expect(fast).toEqual(plain);
    }), { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) });
  });
});

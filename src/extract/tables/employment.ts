/**
 * Employment-type vocabulary, per language: the words that name a type, the
 * labels and headings that introduce one, and the units of working hours and
 * job size ("40 Std./Woche", "80% Stelle"). A new language is a few lines here.
 * Words are matched case-insensitively as whole words; CJK words anywhere.
 */
import type { EmploymentType } from '../../schema/posting.js';

/** Employment-type words, per language. */
export const employmentWords: Array<[phrase: string, type: EmploymentType]> = [
  ['full-time', 'FULL_TIME'], ['full time', 'FULL_TIME'], ['fulltime', 'FULL_TIME'], ['full_time', 'FULL_TIME'],
  ['part-time', 'PART_TIME'], ['part time', 'PART_TIME'], ['parttime', 'PART_TIME'], ['part_time', 'PART_TIME'],
  ['contractor', 'CONTRACTOR'], ['contract', 'CONTRACTOR'], ['freelance', 'CONTRACTOR'], ['freelancer', 'CONTRACTOR'],
  ['freelance position', 'CONTRACTOR'], ['freelance role', 'CONTRACTOR'], ['freelance basis', 'CONTRACTOR'], ['contract position', 'CONTRACTOR'],
  ['contract role', 'CONTRACTOR'], ['contract basis', 'CONTRACTOR'], ['contract job', 'CONTRACTOR'], ['contractor position', 'CONTRACTOR'],
  ['contractor role', 'CONTRACTOR'], ['independent contractor', 'CONTRACTOR'], ['independent contractors', 'CONTRACTOR'], ['as a freelancer', 'CONTRACTOR'],
  ['contract-to-hire', 'CONTRACTOR'], ['temporary', 'TEMPORARY'], ['temp', 'TEMPORARY'], ['fixed-term', 'TEMPORARY'], ['fixed term', 'TEMPORARY'],
  ['internship', 'INTERN'], ['intern', 'INTERN'], ['volunteer', 'VOLUNTEER'], ['per diem', 'PER_DIEM'], ['b2b', 'CONTRACTOR'],
  ['outsource', 'CONTRACTOR'], ['b2b contract', 'CONTRACTOR'], ['contract work', 'CONTRACTOR'], ['contract engagement', 'CONTRACTOR'],
  ['freelance contract', 'CONTRACTOR'], ['hourly contract', 'CONTRACTOR'], ['as a contractor', 'CONTRACTOR'], ['on a contract', 'CONTRACTOR'],
  ['seasonal position', 'TEMPORARY'], ['seasonal job', 'TEMPORARY'], ['seasonal work', 'TEMPORARY'],
  // a student working beside their studies (Werkstudent, studentische Hilfskraft in English) works part-time
  ['interns', 'INTERN'], ['student assistant', 'PART_TIME'], ['student assistants', 'PART_TIME'], ['working student', 'PART_TIME'],
  ['working students', 'PART_TIME'],
  // "we hire through contracts like this": hiring on contracts is contract work
  ['contracts like this', 'CONTRACTOR'], ['contract like this', 'CONTRACTOR'], ['hire through contracts', 'CONTRACTOR'], ['through a contract', 'CONTRACTOR'],
  // de
  ['vollzeit', 'FULL_TIME'], ['teilzeit', 'PART_TIME'], ['freiberuflich', 'CONTRACTOR'], ['freie mitarbeit', 'CONTRACTOR'],
  ['auftragnehmer', 'CONTRACTOR'], ['freiberufler', 'CONTRACTOR'], ['auf honorarbasis', 'CONTRACTOR'],
  ['befristet', 'TEMPORARY'], ['befristete', 'TEMPORARY'], ['befristeten', 'TEMPORARY'], ['befristeter', 'TEMPORARY'], ['befristetes', 'TEMPORARY'],
  ['praktikum', 'INTERN'], ['praktikant', 'INTERN'], ['praktikantin', 'INTERN'], ['werkstudent', 'PART_TIME'], ['werkstudentin', 'PART_TIME'],
  ['werkstudierende', 'PART_TIME'], ['minijob', 'PART_TIME'], ['mini-job', 'PART_TIME'], ['minijobber', 'PART_TIME'], ['mini-jobber', 'PART_TIME'],
  ['minijobberin', 'PART_TIME'], ['minijobbasis', 'PART_TIME'], ['ehrenamtlich', 'VOLUNTEER'], ['zeitarbeit', 'TEMPORARY'],
  ['arbeitnehmerüberlassung', 'TEMPORARY'],
  ['vollzeittätigkeit', 'FULL_TIME'], ['vollzeitstelle', 'FULL_TIME'], ['vollzeitbeschäftigung', 'FULL_TIME'], ['teilzeitstelle', 'PART_TIME'],
  ['teilzeitbeschäftigung', 'PART_TIME'], ['teilzeittätigkeit', 'PART_TIME'],
  ['werkstudenten', 'PART_TIME'], ['werkstudierenden', 'PART_TIME'], ['praktikanten', 'INTERN'], ['pflichtpraktikum', 'INTERN'],
  ['befristung', 'TEMPORARY'], ['studentische hilfskraft', 'PART_TIME'], ['studentische hilfskräfte', 'PART_TIME'],
  ['studentische aushilfe', 'PART_TIME'], ['studentische aushilfen', 'PART_TIME'],
  // fr
  ['cdi', 'FULL_TIME'], ['temps plein', 'FULL_TIME'], ['temps complet', 'FULL_TIME'], ['cdd', 'TEMPORARY'], ['temps partiel', 'PART_TIME'],
  ['mi-temps', 'PART_TIME'], ['freelance', 'CONTRACTOR'], ['indépendant', 'CONTRACTOR'], ['stage', 'INTERN'], ['stagiaire', 'INTERN'],
  ['alternance', 'INTERN'], ['alternant', 'INTERN'], ['alternante', 'INTERN'], ['intérim', 'TEMPORARY'], ['bénévole', 'VOLUNTEER'],
  ['offre de stage', 'INTERN'], ['stage de fin d’études', 'INTERN'], ["stage de fin d'études", 'INTERN'], ['en stage', 'INTERN'],
  ['contrat d’apprentissage', 'INTERN'], ["contrat d'apprentissage", 'INTERN'], ['à temps partiel', 'PART_TIME'], ['à temps plein', 'FULL_TIME'],
  // es
  ['tiempo completo', 'FULL_TIME'], ['jornada completa', 'FULL_TIME'], ['medio tiempo', 'PART_TIME'], ['media jornada', 'PART_TIME'],
  ['tiempo parcial', 'PART_TIME'], ['autónomo', 'CONTRACTOR'], ['prácticas', 'INTERN'], ['pasantía', 'INTERN'], ['temporal', 'TEMPORARY'],
  ['contrato temporal', 'TEMPORARY'], ['becario', 'INTERN'], ['becaria', 'INTERN'], ['beca de formación', 'INTERN'],
  ['prácticas remuneradas', 'INTERN'], ['en prácticas', 'INTERN'], ['contrato de prácticas', 'INTERN'], ['beca de prácticas', 'INTERN'],
  // pt
  ['tempo integral', 'FULL_TIME'], ['meio período', 'PART_TIME'], ['meio periodo', 'PART_TIME'], ['tempo parcial', 'PART_TIME'],
  ['estágio', 'INTERN'], ['estagiário', 'INTERN'], ['estagiária', 'INTERN'], ['temporário', 'TEMPORARY'], ['pj', 'CONTRACTOR'],
  ['contratação pj', 'CONTRACTOR'], ['regime pj', 'CONTRACTOR'], ['modelo pj', 'CONTRACTOR'], ['contrato pj', 'CONTRACTOR'],
  // CLT named as PJ is above ("Contratação CLT", "regime CLT"): an employment contract, full-time as a rule
  ['contratação clt', 'FULL_TIME'], ['regime clt', 'FULL_TIME'], ['contrato clt', 'FULL_TIME'],
  // CLT (a Brazilian employment contract, full-time as a rule) and MEI (a micro-entrepreneur: contract work), in labels only
  ['clt', 'FULL_TIME'], ['mei', 'CONTRACTOR'],
  ['período integral', 'FULL_TIME'], ['periodo integral', 'FULL_TIME'], ['autônomo', 'CONTRACTOR'], ['contrato temporário', 'TEMPORARY'],
  // it
  ['tempo pieno', 'FULL_TIME'], ['tempo determinato', 'TEMPORARY'], ['tirocinio', 'INTERN'],
  ['tempo parziale', 'PART_TIME'], ['tirocinante', 'INTERN'], ['libero professionista', 'CONTRACTOR'], ['partita iva', 'CONTRACTOR'],
  // nl
  ['voltijd', 'FULL_TIME'], ['deeltijd', 'PART_TIME'], ['tijdelijk', 'TEMPORARY'], ['stagiair', 'INTERN'], ['zzp', 'CONTRACTOR'],
  ['stageplaats', 'INTERN'], ['afstudeerstage', 'INTERN'], ['meewerkstage', 'INTERN'], ['uitzendbaan', 'TEMPORARY'], ['tijdelijk contract', 'TEMPORARY'],
  // sv / da / no
  ['heltid', 'FULL_TIME'], ['fuldtid', 'FULL_TIME'], ['deltid', 'PART_TIME'], ['visstidsanställning', 'TEMPORARY'], ['vikariat', 'TEMPORARY'],
  ['tidsbegrænset', 'TEMPORARY'],
  ['heltidstjänst', 'FULL_TIME'], ['deltidstjänst', 'PART_TIME'], ['heltidsstilling', 'FULL_TIME'], ['deltidsstilling', 'PART_TIME'],
  ['deltidsjobb', 'PART_TIME'], ['heltidsjobb', 'FULL_TIME'], ['midlertidig stilling', 'TEMPORARY'], ['midlertidig ansettelse', 'TEMPORARY'], ['vikar', 'TEMPORARY'], ['visstid', 'TEMPORARY'],
  ['praktikplats', 'INTERN'], ['frilans', 'CONTRACTOR'], ['frilanser', 'CONTRACTOR'],
  // fi / et
  ['kokoaikainen', 'FULL_TIME'], ['osa-aikainen', 'PART_TIME'], ['määräaikainen', 'TEMPORARY'], ['täistööaeg', 'FULL_TIME'],
  ['täiskohaga', 'FULL_TIME'], ['osalise tööajaga', 'PART_TIME'],
  ['harjoittelija', 'INTERN'], ['harjoittelupaikka', 'INTERN'], ['harjoitteluun', 'INTERN'], ['osa-aikatyö', 'PART_TIME'],
  ['kokoaikatyö', 'FULL_TIME'], ['osaajaga', 'PART_TIME'], ['täiskoormusega', 'FULL_TIME'], ['osakoormusega', 'PART_TIME'], ['tähtajaline', 'TEMPORARY'],
  // pl
  ['pełny etat', 'FULL_TIME'], ['część etatu', 'PART_TIME'], ['pół etatu', 'PART_TIME'], ['niepełny etat', 'PART_TIME'],
  ['umowa zlecenie', 'CONTRACTOR'], ['umowa o dzieło', 'CONTRACTOR'], ['kontrakt b2b', 'CONTRACTOR'], ['umowa b2b', 'CONTRACTOR'],
  ['umowa na czas określony', 'TEMPORARY'], ['staż', 'INTERN'],
  ['pełen etat', 'FULL_TIME'], ['pełnym wymiarze godzin', 'FULL_TIME'], ['niepełnym wymiarze godzin', 'PART_TIME'], ['płatny staż', 'INTERN'],
  ['praktykant', 'INTERN'], ['stażysta', 'INTERN'], ['program stażowy', 'INTERN'],
  // sk / cz
  ['plný úväzok', 'FULL_TIME'], ['hlavný pracovný pomer', 'FULL_TIME'], ['skrátený úväzok', 'PART_TIME'], ['polovičný úväzok', 'PART_TIME'],
  ['polovičný', 'PART_TIME'], ['živnosť', 'CONTRACTOR'], ['živnostník', 'CONTRACTOR'], ['brigáda', 'TEMPORARY'], ['stáž', 'INTERN'],
  ['plný pracovní úvazek', 'FULL_TIME'],
  ['plný úvazek', 'FULL_TIME'], ['plném úvazku', 'FULL_TIME'], ['zkrácený úvazek', 'PART_TIME'], ['zkráceném úvazku', 'PART_TIME'],
  ['částečný úvazek', 'PART_TIME'], ['stážista', 'INTERN'], ['na živnostenský list', 'CONTRACTOR'],
  // ru / uk
  ['полная занятость', 'FULL_TIME'], ['частичная занятость', 'PART_TIME'], ['стажировка', 'INTERN'], ['проектная работа', 'CONTRACTOR'],
  // "Занятость – полная": full / partial, as a field's value (label-only, below)
  ['полная', 'FULL_TIME'], ['частичная', 'PART_TIME'], ['повна', 'FULL_TIME'], ['часткова', 'PART_TIME'],
  ['временная работа', 'TEMPORARY'], ['повна зайнятість', 'FULL_TIME'], ['часткова зайнятість', 'PART_TIME'], ['неповна зайнятість', 'PART_TIME'],
  ['стажування', 'INTERN'],
  ['полный рабочий день', 'FULL_TIME'], ['неполный рабочий день', 'PART_TIME'], ['неполная занятость', 'PART_TIME'], ['стажёр', 'INTERN'],
  ['стажер', 'INTERN'], ['фриланс', 'CONTRACTOR'], ['договор гпх', 'CONTRACTOR'], ['срочный трудовой договор', 'TEMPORARY'],
  // "on a voluntary basis": unpaid volunteer work (ru, uk)
  ['на добровольных началах', 'VOLUNTEER'], ['на волонтёрских началах', 'VOLUNTEER'], ['на волонтерских началах', 'VOLUNTEER'], ['на волонтерських засадах', 'VOLUNTEER'],
  // tr
  ['tam zamanlı', 'FULL_TIME'], ['yarı zamanlı', 'PART_TIME'], ['staj', 'INTERN'], ['stajyer', 'INTERN'], ['serbest çalışan', 'CONTRACTOR'],
  ['sözleşmeli', 'TEMPORARY'],
  // ar
  ['دوام كامل', 'FULL_TIME'], ['دوام جزئي', 'PART_TIME'], ['بدوام كامل', 'FULL_TIME'], ['بدوام جزئي', 'PART_TIME'], ['متدرب', 'INTERN'],
  ['تدريب داخلي', 'INTERN'], ['عمل حر', 'CONTRACTOR'], ['عقد مؤقت', 'TEMPORARY'],
  // id
  ['penuh waktu', 'FULL_TIME'], ['paruh waktu', 'PART_TIME'], ['magang', 'INTERN'], ['pekerja lepas', 'CONTRACTOR'],
  ['karyawan kontrak', 'TEMPORARY'], ['pemagangan', 'INTERN'],
  // vi
  ['toàn thời gian', 'FULL_TIME'], ['bán thời gian', 'PART_TIME'], ['thực tập sinh', 'INTERN'], ['thực tập', 'INTERN'],
  // A permanent contract (full-time unless part-time is named, as CDI; see permanentContractWords), per language; de "Zeitvertrag": fixed-term
  ['permanent position', 'FULL_TIME'], ['permanent role', 'FULL_TIME'], ['permanent contract', 'FULL_TIME'], ['permanent employment', 'FULL_TIME'],
  ['festanstellung', 'FULL_TIME'], ['unbefristet', 'FULL_TIME'], ['unbefristete', 'FULL_TIME'], ['unbefristeten', 'FULL_TIME'],
  ['unbefristeter', 'FULL_TIME'], ['unbefristetes', 'FULL_TIME'], ['contrato indefinido', 'FULL_TIME'], ['tempo indeterminato', 'FULL_TIME'],
  ['vast dienstverband', 'FULL_TIME'], ['vaste aanstelling', 'FULL_TIME'], ['vast contract', 'FULL_TIME'], ['tillsvidareanställning', 'FULL_TIME'],
  ['fast anställning', 'FULL_TIME'], ['fast stilling', 'FULL_TIME'], ['fast ansettelse', 'FULL_TIME'], ['fastansættelse', 'FULL_TIME'],
  ['vakituinen', 'FULL_TIME'], ['zeitvertrag', 'TEMPORARY'], ['permanent', 'FULL_TIME'],
  // Language facts (issue #13 audit), per language, as recruiters write them:
  // en: maternity cover is fixed-term; an apprenticeship or a (Canadian) co-op term is training; corp-to-corp is contract work
  ['maternity cover', 'TEMPORARY'], ['parental leave cover', 'TEMPORARY'], ['temp-to-perm', 'TEMPORARY'], ['apprenticeship', 'INTERN'],
  ['apprentice', 'INTERN'], ['co-op position', 'INTERN'], ['co-op term', 'INTERN'], ['corp-to-corp', 'CONTRACTOR'], ['c2c', 'CONTRACTOR'],
  // de: "Voll- oder Teilzeit" (the hyphen stands for "-zeit"); an Ausbildung place or Azubi is an apprenticeship; cover for parental leave is fixed-term
  ['voll-', 'FULL_TIME'], ['teil-', 'PART_TIME'], ['ausbildungsplatz', 'INTERN'], ['auszubildende', 'INTERN'], ['auszubildender', 'INTERN'], ['azubi', 'INTERN'],
  ['duales studium', 'INTERN'], ['elternzeitvertretung', 'TEMPORARY'], ['mutterschutzvertretung', 'TEMPORARY'], ['krankheitsvertretung', 'TEMPORARY'],
  // fr: CDD and CDI written out; portage salarial (a freelancer carried by a payroll company); intérimaire, saisonnier
  ['contrat à durée déterminée', 'TEMPORARY'], ['contrat à durée indéterminée', 'FULL_TIME'], ['portage salarial', 'CONTRACTOR'],
  ['intérimaire', 'TEMPORARY'], ['saisonnier', 'TEMPORARY'], ['apprentissage', 'INTERN'], ['apprenti', 'INTERN'],
  // es: part-time day, a services contract (contractor), the Argentine monotributo, a contract for a piece of work
  ['jornada parcial', 'PART_TIME'], ['prestación de servicios', 'CONTRACTOR'], ['monotributista', 'CONTRACTOR'], ['contrato por obra', 'TEMPORARY'],
  ['pasantías', 'INTERN'], ['práctica profesional', 'INTERN'],
  // pt-PT: fixed-term and open-ended contracts, full time, "recibos verdes" (freelance invoices); pt: services contract, young apprentice
  ['contrato a termo', 'TEMPORARY'], ['contrato sem termo', 'FULL_TIME'], ['tempo inteiro', 'FULL_TIME'], ['recibos verdes', 'CONTRACTOR'],
  ['prestação de serviços', 'CONTRACTOR'], ['jovem aprendiz', 'INTERN'], ['período parcial', 'PART_TIME'],
  // it: apprenticeship, a project contract
  ['apprendistato', 'INTERN'], ['contratto a progetto', 'CONTRACTOR'],
  // it "stage" is an internship after "uno" or before "retribuito"/"curriculare" ("Offriamo uno stage retribuito di 6 mesi"); en "a stage" is none
  ['uno stage', 'INTERN'], ['stage retribuito', 'INTERN'], ['stage curriculare', 'INTERN'], ['stage extracurriculare', 'INTERN'],
  // pt-PT the contract's term as a field's value ("Tipo de contrato: sem termo", "Contrato: a termo certo"); label-only below
  // Field values (label-only, below): es/pt/no permanent, es full/part day, cs full/reduced load, pl UoP (umowa o pracę)
  ['indefinido', 'FULL_TIME'], ['efetivo', 'FULL_TIME'], ['fast', 'FULL_TIME'], ['completa', 'FULL_TIME'], ['parcial', 'PART_TIME'],
  ['plný', 'FULL_TIME'], ['zkrácený', 'PART_TIME'], ['uop', 'FULL_TIME'],
  // ja パート (part-time, short for パートタイム) only as a field's whole value ("雇用形態：パート"): パートナー (partner), デパート (store)
  ['パート', 'PART_TIME'],
  ['sem termo', 'FULL_TIME'], ['a termo', 'TEMPORARY'], ['termo certo', 'TEMPORARY'], ['termo incerto', 'TEMPORARY'], ['a termo certo', 'TEMPORARY'],
  // nl: fixed and open-ended terms, a permanent job, a side job
  ['bepaalde tijd', 'TEMPORARY'], ['onbepaalde tijd', 'FULL_TIME'], ['vaste baan', 'FULL_TIME'], ['bijbaan', 'PART_TIME'],
  // nl "vast" (permanent) as the value of a contract field ("Dienstverband: Vast"): in prose it is "fixed", "certainly"
  ['vast', 'FULL_TIME'],
  // sv/da/no: open-ended (tillsvidare), parental-leave cover, consultant assignment, apprentice (a summer job is left out: as often an internship)
  ['tillsvidare', 'FULL_TIME'], ['föräldravikariat', 'TEMPORARY'], ['barselsvikariat', 'TEMPORARY'], ['svangerskapsvikariat', 'TEMPORARY'],
  ['konsultuppdrag', 'CONTRACTOR'], ['lærling', 'INTERN'], ['studiejob', 'PART_TIME'],
  // fi: open-ended employment, work placement; et: open-ended, temporary, full and part load, placement
  ['toistaiseksi voimassa oleva', 'FULL_TIME'], ['työharjoittelu', 'INTERN'], ['tähtajatu', 'FULL_TIME'],
  ['ajutine', 'TEMPORARY'], ['täiskoormus', 'FULL_TIME'], ['osakoormus', 'PART_TIME'], ['osaline tööaeg', 'PART_TIME'], ['praktika', 'INTERN'],
  // pl: student placements, a cover contract, self-employment
  ['praktyki', 'INTERN'], ['praktyki studenckie', 'INTERN'], ['umowa na zastępstwo', 'TEMPORARY'], ['samozatrudnienie', 'CONTRACTOR'],
  // pl: the contract of employment (umowa o pracę: full-time unless part-time is named, as CDI), in the cases sentences put it
  // ("oferujemy umowę o pracę", "na podstawie umowy o pracę"); one for a fixed term is fixed-term; the civil contracts offered (accusative)
  // (the genitive and locative only after "na podstawie"/"na": "Nie oferujemy umowy o pracę", "przygotowywanie umowy o pracę" name none offered)
  ['umowa o pracę', 'FULL_TIME'], ['umowę o pracę', 'FULL_TIME'],
  ['na podstawie umowy o pracę', 'FULL_TIME'],
  ['w oparciu o umowę o pracę', 'FULL_TIME'],
  ['na umowie o pracę', 'FULL_TIME'],
  // a temporary (agency) contract, a cover contract and a trial-period contract are for a term
  ['umowa o pracę tymczasową', 'TEMPORARY'],
  ['umowę o pracę tymczasową', 'TEMPORARY'],
  ['umowa o pracę na zastępstwo', 'TEMPORARY'],
  ['umowę o pracę na zastępstwo', 'TEMPORARY'],
  ['umowa o pracę na okres próbny', 'TEMPORARY'],
  ['umowę o pracę na okres próbny', 'TEMPORARY'],
  ['umowa o pracę na czas określony', 'TEMPORARY'], ['umowę o pracę na czas określony', 'TEMPORARY'], ['umowy o pracę na czas określony', 'TEMPORARY'],
  ['umowę zlecenie', 'CONTRACTOR'], ['umowy zlecenia', 'CONTRACTOR'], ['umowę o dzieło', 'CONTRACTOR'],
  // cs/sk: HPP (main employment), DPP/DPČ agreements (small part-time jobs), sk part-time and permanent
  ['hpp', 'FULL_TIME'], ['hlavní pracovní poměr', 'FULL_TIME'], ['dohoda o provedení práce', 'PART_TIME'], ['dohoda o pracovní činnosti', 'PART_TIME'],
  ['čiastočný úväzok', 'PART_TIME'], ['trvalý pracovný pomer', 'FULL_TIME'], ['na ičo', 'CONTRACTOR'],
  // ru/uk: hh.ru's "полный день" schedule, a side job, self-employed, individual entrepreneur (ИП, uk ФОП), full and part working day
  ['полный день', 'FULL_TIME'], ['подработка', 'PART_TIME'], ['самозанятый', 'CONTRACTOR'], ['самозанятость', 'CONTRACTOR'], ['ип', 'CONTRACTOR'],
  ['фоп', 'CONTRACTOR'], ['фріланс', 'CONTRACTOR'], ['повний робочий день', 'FULL_TIME'], ['неповний робочий день', 'PART_TIME'], ['стажист', 'INTERN'],
  // tr: partial time; id: permanent employee; vi: a collaborator (freelance), seasonal work
  ['kısmi zamanlı', 'PART_TIME'], ['tam zamanli', 'FULL_TIME'], ['karyawan tetap', 'FULL_TIME'], ['pegawai tetap', 'FULL_TIME'],
  ['cộng tác viên', 'CONTRACTOR'], ['thời vụ', 'TEMPORARY'],
  // hu: full and part working time, fixed and open-ended terms, trainee, student work
  ['teljes munkaidő', 'FULL_TIME'], ['teljes munkaidős', 'FULL_TIME'], ['teljes munkaidőben', 'FULL_TIME'], ['részmunkaidő', 'PART_TIME'],
  ['részmunkaidős', 'PART_TIME'], ['részmunkaidőben', 'PART_TIME'], ['határozott idejű', 'TEMPORARY'], ['határozatlan idejű', 'FULL_TIME'],
  ['gyakornok', 'INTERN'], ['gyakornoki', 'INTERN'], ['diákmunka', 'PART_TIME'],
  // ro: full and part norm, fixed and open-ended periods, traineeship, a PFA (authorised person: freelance)
  ['normă întreagă', 'FULL_TIME'], ['normă parțială', 'PART_TIME'], ['perioadă determinată', 'TEMPORARY'], ['perioadă nedeterminată', 'FULL_TIME'],
  ['stagiu', 'INTERN'], ['pfa', 'CONTRACTOR'],
  // el: full and part employment, internship, fixed and open-ended terms
  ['πλήρης απασχόληση', 'FULL_TIME'], ['πλήρους απασχόλησης', 'FULL_TIME'], ['μερική απασχόληση', 'PART_TIME'], ['μερικής απασχόλησης', 'PART_TIME'],
  ['πρακτική άσκηση', 'INTERN'], ['ορισμένου χρόνου', 'TEMPORARY'], ['αορίστου χρόνου', 'FULL_TIME'],
  // he: full and part position, internship, freelance
  ['משרה מלאה', 'FULL_TIME'], ['משרה חלקית', 'PART_TIME'], ['התמחות', 'INTERN'], ['פרילנס', 'CONTRACTOR'],
  // he: a full or part position with the prefix it takes in a sentence, in (ב) or for (ל) ("זמינות לעבודה במשרה מלאה")
  ['במשרה מלאה', 'FULL_TIME'], ['במשרה חלקית', 'PART_TIME'], ['למשרה מלאה', 'FULL_TIME'], ['למשרה חלקית', 'PART_TIME'],
  // Seasonal and holiday work is for a term, per language (en "seasonal work" and fr "saisonnier" above): nl, de, it, es, pt, sv
  ['seizoenswerk', 'TEMPORARY'], ['seizoensbaan', 'TEMPORARY'], ['seizoenskracht', 'TEMPORARY'], ['seizoenskrachten', 'TEMPORARY'],
  ['vakantiewerk', 'TEMPORARY'], ['vakantiebaan', 'TEMPORARY'], ['vakantiekracht', 'TEMPORARY'], ['vakantiekrachten', 'TEMPORARY'],
  ['saisonarbeit', 'TEMPORARY'], ['saisonkraft', 'TEMPORARY'], ['saisonkräfte', 'TEMPORARY'], ['saisonstelle', 'TEMPORARY'], ['ferienjob', 'TEMPORARY'],
  ['lavoro stagionale', 'TEMPORARY'], ['contratto stagionale', 'TEMPORARY'], ['trabajo de temporada', 'TEMPORARY'], ['contrato de temporada', 'TEMPORARY'],
  ['trabalho sazonal', 'TEMPORARY'], ['emploi saisonnier', 'TEMPORARY'], ['säsongsanställning', 'TEMPORARY'], ['säsongsarbete', 'TEMPORARY'],
  // fr an internship offered ("stage rémunéré", "stage conventionné"); not "un stage", as often one the candidate has done
  ['stage rémunéré', 'INTERN'], ['stage conventionné', 'INTERN'], ['stage de pré-embauche', 'INTERN'],
];

/**
 * Seasonal, holiday and internship words read from free text only where the posting names no permanent contract: beside
 * one they speak of something else ("Julie, arrivée après un stage rémunéré", a school's "Ferienjob-Programm" in a
 * "Vollzeit, unbefristet" post). Lower case, as in employmentWords.
 */
export const notBesidePermanentWords = new Set([
  'seizoenswerk', 'seizoensbaan', 'seizoenskracht', 'seizoenskrachten', 'vakantiewerk', 'vakantiebaan', 'vakantiekracht', 'vakantiekrachten',
  'saisonarbeit', 'saisonkraft', 'saisonkräfte', 'saisonstelle', 'ferienjob', 'lavoro stagionale', 'contratto stagionale', 'trabajo de temporada',
  'contrato de temporada', 'trabalho sazonal', 'emploi saisonnier', 'säsongsanställning', 'säsongsarbete',
  'stage rémunéré', 'stage conventionné', 'stage de pré-embauche',
]);

/**
 * Words for a permanent contract: they say full-time only where the posting names no part-time work
 * ("unbefristete Teilzeitstelle" is part-time). Lower case, as in employmentWords.
 */
export const permanentContractWords = new Set([
  'cdi', 'permanent position', 'permanent role', 'permanent contract', 'permanent employment', 'festanstellung', 'unbefristet', 'unbefristete',
  'unbefristeten', 'unbefristeter', 'unbefristetes', 'contrato indefinido', 'tempo indeterminato', 'vast dienstverband', 'vaste aanstelling',
  'vast contract', 'vast', 'tillsvidareanställning', 'fast anställning', 'fast stilling', 'fast ansettelse', 'fastansættelse', 'vakituinen', 'permanent',
  'contrat à durée indéterminée', 'contrato sem termo', 'sem termo', 'onbepaalde tijd', 'vaste baan', 'tillsvidare', 'toistaiseksi voimassa oleva', 'tähtajatu',
  'umowa o pracę', 'umowę o pracę', 'umowy o pracę', 'umowie o pracę', 'uop', 'indefinido', 'efetivo', 'fast',
  'hpp', 'hlavní pracovní poměr', 'trvalý pracovný pomer', 'karyawan tetap', 'pegawai tetap', 'határozatlan idejű', 'perioadă nedeterminată', 'αορίστου χρόνου',
]);

/** Chinese and Japanese employment words: found anywhere, since no space or boundary sets them apart. */
export const employmentWordsCjk: Array<[phrase: string, type: EmploymentType]> = [
  // zh (simplified, traditional)
  ['全职', 'FULL_TIME'], ['全職', 'FULL_TIME'], ['兼职', 'PART_TIME'], ['兼職', 'PART_TIME'], ['实习', 'INTERN'], ['實習', 'INTERN'],
  ['临时工', 'TEMPORARY'], ['臨時工', 'TEMPORARY'],
  // ja
  ['フルタイム', 'FULL_TIME'], ['正社員', 'FULL_TIME'], ['パートタイム', 'PART_TIME'], ['アルバイト', 'PART_TIME'],
  // 契約社員 is a fixed-term employee of the company (TEMPORARY), 業務委託 an outside contractor (session 29: labels of dev28-A and
  // the corpus, three sources, read it so)
  ['契約社員', 'TEMPORARY'], ['業務委託', 'CONTRACTOR'], ['インターン', 'INTERN'], ['派遣', 'TEMPORARY'],
  // ko (Hangul words take particles: found anywhere, as the other CJK words)
  ['정규직', 'FULL_TIME'], ['계약직', 'TEMPORARY'], ['인턴', 'INTERN'], ['파트타임', 'PART_TIME'], ['아르바이트', 'PART_TIME'], ['프리랜서', 'CONTRACTOR'],
  // Language facts (issue #13 audit): zh a regular employee, tw 正職 (permanent job), 約聘 (contract staff, as 契約社員), 工讀 (work-study, part-time);
  // ja freelance, fixed-term employment; ko dispatched (agency) work
  ['正式员工', 'FULL_TIME'], ['正式員工', 'FULL_TIME'], ['正職', 'FULL_TIME'], ['正职', 'FULL_TIME'], ['約聘', 'CONTRACTOR'], ['约聘', 'CONTRACTOR'], ['工讀', 'PART_TIME'],
  ['フリーランス', 'CONTRACTOR'], ['有期雇用', 'TEMPORARY'], ['파견직', 'TEMPORARY'],
];

/** CJK words for experience: an employment word just before one is a requirement ("实习经验": internship experience). */
export const experienceWordsCjk = ['经验', '經驗', '経験'];

/**
 * Words that join two employment words ("full-time and contract", "Vollzeit oder freiberuflich", "CDI ou freelance"):
 * a label-only word joined to a free one is stated as plainly as it. Lower case, per language.
 */
export const coordinationWords = ['and', 'or', '&', '/', ',', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'en', 'of', 'i', 'lub', 'albo', 'и', 'или', 'eller', 'och', 'og'];

/** People a joined pair of employment words may describe instead of this job ("full-time and contract engineers"). */
export const peopleNouns = [
  'engineers', 'developers', 'designers', 'staff', 'employees', 'workers', 'people', 'members', 'colleagues', 'team', 'teammates', 'contributors',
  'mitarbeiter', 'mitarbeitende', 'mitarbeiterinnen', 'kollegen', 'kolleginnen', 'angestellte', 'beschäftigte',
  'salariés', 'collaborateurs', 'collègues', 'employés', 'empleados', 'trabajadores', 'colaboradores', 'funcionários', 'dipendenti', 'collaboratori',
  'pracowników', 'pracownicy', 'zaměstnanců', 'сотрудников', 'сотрудники', 'medewerkers', 'medarbetare', 'ansatte',
];

/**
 * Words that hire the people an employment word describes ("we're hiring full-time engineers"): before them, the
 * type is this job's; without them, "we have full-time and contract engineers" describes the team. Lower case, per language.
 */
export const hiringWords = [
  'hiring', 'hire', 'looking for', 'seeking', 'recruiting', 'searching for', 'wanted', 'we need', 'join', 'open to', 'welcome',
  'suchen', 'recherchons', 'recrutons', 'buscamos', 'procuramos', 'contratamos', 'cerchiamo', 'zoeken', 'söker', 'søker', 'szukamy', 'ищем', 'hledáme',
];

/** Words that only count in a field labelled as the contract type, or a title, never in free text (too ambiguous there). */
/** Every employment phrase of the table, lower case: a value that is one names a contract type ("Full Time", "Vollzeit"). */
export const employmentPhrases: ReadonlySet<string> = new Set(employmentWords.map(([phrase]) => phrase));

export { employmentLabelOnly, employmentWholeItemOnly, contractHeadings, contractLabels } from './employment-labels.js';
export { hoursWords, perWords, weekWords, weeklyHoursLabels, weeklyHoursWords, PART_TIME_HOURS, FULL_TIME_HOURS, jobSizeWords, fractionAfterWords, thisJobNouns, copulaWords, negationWords, negationBreakWords, prospectPhrases, headcountWords, termUnits, termJobWords, termContractWords, termPrepositions, termUnitWords, probationWords, trialWithWords } from './employment-hours-terms.js';

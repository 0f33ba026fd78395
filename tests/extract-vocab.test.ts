/**
 * Vocabulary breadth (remote policy, employment type), through the library: per field family and language, the
 * common ways a native recruiter writes a fact (issue #13's audit). Each row
 * is a language fact, one table row in src/extract/tables/, and fails without
 * that row; the rows that must stay empty keep precision.
 */
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './extract-direct.js';

describe('remote policy, per language', () => {
  it.each([
    // remote
    ['en', 'This is a home-based role.', 'remote'],
    ['de', 'Die Stelle ist vollständig im Homeoffice möglich.', 'remote'],
    ['de', 'Du arbeitest zu 100 % im Homeoffice.', 'remote'],
    ['de', 'Du arbeitest ausschließlich remote.', 'remote'],
    ['fr', 'Poste en travail à distance.', 'remote'],
    ['es', 'Trabajo a distancia desde cualquier ciudad.', 'remote'],
    ['es', 'Modalidad remota.', 'remote'],
    ['pt', 'Vaga remota para todo o Brasil.', 'remote'],
    ['pt', 'Modalidade remota, com horário flexível.', 'remote'],
    ['pt-PT', 'Regime de teletrabalho.', 'remote'],
    ['pt', 'Trabalho a distância.', 'remote'],
    ['it', 'Full smart working.', 'remote'],
    ['it', 'Smart working al 100%.', 'remote'],
    ['it', 'Lavoro a distanza.', 'remote'],
    ['pl', 'Praca w trybie zdalnym.', 'remote'],
    ['pl', 'Tryb pracy: zdalny', 'remote'],
    ['cs', 'Vzdálená práce je možná.', 'remote'],
    ['cs', 'Práce na dálku.', 'remote'],
    ['sk', 'Práca na diaľku.', 'remote'],
    ['sk', 'Vzdialená práca.', 'remote'],
    ['ru', 'Удалённый формат работы.', 'remote'],
    ['ru', 'Формат работы: удаленный', 'remote'],
    ['uk', 'Формат роботи: віддалений', 'remote'],
    ['uk', 'Дистанційна робота.', 'remote'],
    ['sv', 'Distansjobb.', 'remote'],
    ['ko', '풀재택 근무', 'remote'],
    ['ko', '전면 재택 근무', 'remote'],
    ['hu', 'Távmunka lehetséges.', 'remote'],
    ['hu', 'Teljesen távmunkában végezhető.', 'remote'],
    ['hu', 'Távoli munkavégzés.', 'remote'],
    ['ro', 'Lucru la distanță.', 'remote'],
    ['ro', 'Telemuncă.', 'remote'],
    ['el', 'Απομακρυσμένη εργασία.', 'remote'],
    ['el', 'Εργασία εξ αποστάσεως.', 'remote'],
    ['el', 'Τηλεργασία.', 'remote'],
    ['he', 'עבודה מרחוק', 'remote'],
    // hybrid
    ['pl', 'Tryb pracy: hybrydowa', 'hybrid'],
    ['pl', 'Praca w modelu hybrydowym lub w trybie hybrydowym.', 'hybrid'],
    ['cs', 'Hybridní režim práce.', 'hybrid'],
    ['sk', 'Hybridný model práce.', 'hybrid'],
    ['ru', 'Гибридный режим работы.', 'hybrid'],
    ['uk', 'Формат: гібрид', 'hybrid'],
    ['fi', 'Etätyömahdollisuus.', 'hybrid'],
    ['fi', 'Voit työskennellä osittain etänä.', 'hybrid'],
    ['et', 'Hübriidne töö.', 'hybrid'],
    ['et', 'Kaugtöövõimalus.', 'hybrid'],
    ['ar', 'العمل هجين', 'hybrid'],
    ['hu', 'Hibrid munkavégzés.', 'hybrid'],
    ['el', 'Υβριδικό μοντέλο εργασίας.', 'hybrid'],
    ['he', 'מודל היברידי', 'hybrid'],
    ['fr', 'Télétravail occasionnel possible.', 'hybrid'],
    ['it', 'Possibilità di smart working.', 'hybrid'],
    // onsite
    ['de', 'Es besteht Präsenzpflicht.', 'onsite'],
    ['pl', 'Praca w trybie stacjonarnym.', 'onsite'],
    ['pl', 'Tryb pracy: stacjonarny', 'onsite'],
    ['ru', 'Офисный формат работы.', 'onsite'],
    ['uk', 'Робота в офісі.', 'onsite'],
    ['id', 'Work From Office (WFO) di Jakarta.', 'onsite'],
    ['vi', 'Làm việc tại văn phòng Hà Nội.', 'onsite'],
    ['hu', 'Irodai munkavégzés Budapesten.', 'onsite'],
    ['zh', '需要驻场开发。', 'onsite'],
    ['zh', '现场办公。', 'onsite'],
    ['ko', '상주 근무', 'onsite'],
    ['ko', '사무실 출근', 'onsite'],
  ])('%s: %s', (_language, body, policy) => {
    expect(fieldsOf(body).remote.policy).toBe(policy);
  });

  // Weak words (working from home named without a share) decide nothing alone; beside a named work place they are hybrid work.
  it.each([
    ['fr', 'Télétravail'], ['it', 'Smart working'], ['it', 'Lavoro agile'], ['de', 'Telearbeit'], ['da', 'Hjemmearbejde'], ['sv', 'Hemarbete'],
    ['ro', 'Lucru de acasă'], ['he', 'עבודה מהבית'], ['ar', 'العمل من المنزل'],
  ])('%s: "%s" beside a work place is hybrid, alone nothing', (_language, words) => {
    expect(fieldsOf(`Location: Berlin\n\n${words}.`).remote.policy).toBe('hybrid');
    expect(fieldsOf(`${words}.`).remote.policy).toBeNull();
  });

  it.each([
    ['en: an in-person interview with no work place', 'The final round is an in-person interview.'],
    ['es: "remota" alone is a weak word (a remote connection)', 'Soporte con conexión remota a clientes.'],
    ['ru: a remote server is no remote work', 'Настройка и поддержка удалённый сервер.'],
  ])('no policy from %s', (_name, body) => {
    expect(fieldsOf(body).remote.policy).toBeNull();
  });
});

describe('employment type, per language', () => {
  it.each([
    ['en', 'This is a maternity cover role.', ['TEMPORARY']],
    ['en', 'Temp-to-perm role.', ['TEMPORARY']],
    ['en', 'We offer an apprenticeship in software.', ['INTERN']],
    ['en', 'This is a co-op position for students.', ['INTERN']],
    ['en', 'Corp-to-corp only.', ['CONTRACTOR']],
    ['de', 'Wir suchen dich in Voll- oder Teilzeit.', ['FULL_TIME', 'PART_TIME']],
    ['de', 'Ausbildungsplatz zum Fachinformatiker.', ['INTERN']],
    ['de', 'Wir suchen Auszubildende für 2025.', ['INTERN']],
    ['de', 'Duales Studium Informatik.', ['INTERN']],
    ['de', 'Die Stelle ist eine Elternzeitvertretung.', ['TEMPORARY']],
    ['de', 'Als Mutterschutzvertretung.', ['TEMPORARY']],
    ['fr', 'Contrat à durée déterminée de 6 mois.', ['TEMPORARY']],
    ['fr', 'Contrat à durée indéterminée.', ['FULL_TIME']],
    ['fr', 'Poste en portage salarial.', ['CONTRACTOR']],
    ['fr', 'Poste saisonnier.', ['TEMPORARY']],
    ['fr', 'Mission intérimaire.', ['TEMPORARY']],
    ['fr', 'Contrat: apprentissage', ['INTERN']],
    ['es', 'Contrato por prestación de servicios.', ['CONTRACTOR']],
    ['es', 'Jornada parcial de 20 horas.', ['PART_TIME']],
    ['es-AR', 'Buscamos monotributista.', ['CONTRACTOR']],
    ['es', 'Pasantías para estudiantes.', ['INTERN']],
    ['pt-PT', 'Contrato a termo certo.', ['TEMPORARY']],
    ['pt-PT', 'Contrato sem termo, tempo inteiro.', ['FULL_TIME']],
    ['pt-PT', 'Regime de recibos verdes.', ['CONTRACTOR']],
    ['pt', 'Contrato de prestação de serviços.', ['CONTRACTOR']],
    ['pt', 'Programa jovem aprendiz.', ['INTERN']],
    ['it', 'Contratto di apprendistato.', ['INTERN']],
    ['it', 'Contratto a progetto.', ['CONTRACTOR']],
    ['nl', 'Een contract voor bepaalde tijd.', ['TEMPORARY']],
    ['nl', 'Een vaste baan voor onbepaalde tijd.', ['FULL_TIME']],
    ['nl', 'Bijbaan voor studenten.', ['PART_TIME']],
    ['sv', 'Anställningsform: Tillsvidare', ['FULL_TIME']],
    ['sv', 'Detta är ett föräldravikariat.', ['TEMPORARY']],
    ['sv', 'Ett konsultuppdrag på sex månader.', ['CONTRACTOR']],
    ['da', 'Dette er et barselsvikariat.', ['TEMPORARY']],
    ['da', 'Studiejob i vores IT-afdeling.', ['PART_TIME']],
    ['no', 'Lærling i IT-driftsfaget.', ['INTERN']],
    ['no', 'Et svangerskapsvikariat.', ['TEMPORARY']],
    ['fi', 'Toistaiseksi voimassa oleva työsuhde.', ['FULL_TIME']],
    ['fi', 'Työharjoittelu keväällä.', ['INTERN']],
    ['et', 'Tähtajatu leping, täiskoormus.', ['FULL_TIME']],
    ['et', 'Ajutine töö.', ['TEMPORARY']],
    ['et', 'Osakoormus võimalik.', ['PART_TIME']],
    ['et', 'Töö tüüp: praktika', ['INTERN']],
    ['pl', 'Praktyki studenckie w dziale IT.', ['INTERN']],
    ['pl', 'Umowa na zastępstwo.', ['TEMPORARY']],
    ['pl', 'Samozatrudnienie lub kontrakt.', ['CONTRACTOR']],
    ['cs', 'Práce na HPP.', ['FULL_TIME']],
    ['cs', 'Hlavní pracovní poměr.', ['FULL_TIME']],
    ['cs', 'Dohoda o provedení práce.', ['PART_TIME']],
    ['cs', 'Spolupráce na IČO.', ['CONTRACTOR']],
    ['sk', 'Čiastočný úväzok.', ['PART_TIME']],
    ['sk', 'Trvalý pracovný pomer.', ['FULL_TIME']],
    ['ru', 'График: полный день', ['FULL_TIME']],
    ['ru', 'Подработка для студентов.', ['PART_TIME']],
    ['ru', 'Работа как самозанятый.', ['CONTRACTOR']],
    ['ru', 'Оформление: ИП', ['CONTRACTOR']],
    ['uk', 'Співпраця як ФОП.', ['CONTRACTOR']],
    ['uk', 'Повний робочий день.', ['FULL_TIME']],
    ['uk', 'Неповний робочий день.', ['PART_TIME']],
    ['uk', 'Фріланс.', ['CONTRACTOR']],
    ['tr', 'Kısmi zamanlı çalışma.', ['PART_TIME']],
    ['id', 'Status karyawan tetap.', ['FULL_TIME']],
    ['vi', 'Cộng tác viên viết nội dung.', ['CONTRACTOR']],
    ['vi', 'Nhân viên thời vụ.', ['TEMPORARY']],
    ['zh', '正式员工', ['FULL_TIME']],
    ['zh-TW', '正職人員', ['FULL_TIME']],
    ['zh-TW', '約聘人員', ['CONTRACTOR']],
    ['zh-TW', '工讀生', ['PART_TIME']],
    ['ja', 'フリーランス歓迎', ['CONTRACTOR']],
    ['ja', '有期雇用', ['TEMPORARY']],
    ['ko', '파견직', ['TEMPORARY']],
    ['hu', 'Teljes munkaidős állás.', ['FULL_TIME']],
    ['hu', 'Részmunkaidős állás.', ['PART_TIME']],
    ['hu', 'Határozott idejű szerződés.', ['TEMPORARY']],
    ['hu', 'Határozatlan idejű szerződés.', ['FULL_TIME']],
    ['hu', 'Gyakornoki program.', ['INTERN']],
    ['hu', 'Diákmunka nyáron.', ['PART_TIME']],
    ['ro', 'Normă întreagă.', ['FULL_TIME']],
    ['ro', 'Normă parțială.', ['PART_TIME']],
    ['ro', 'Contract pe perioadă determinată.', ['TEMPORARY']],
    ['ro', 'Stagiu de practică.', ['INTERN']],
    ['ro', 'Tip contract: PFA', ['CONTRACTOR']],
    ['el', 'Πλήρης απασχόληση.', ['FULL_TIME']],
    ['el', 'Μερική απασχόληση.', ['PART_TIME']],
    ['el', 'Πρακτική άσκηση.', ['INTERN']],
    ['el', 'Σύμβαση ορισμένου χρόνου.', ['TEMPORARY']],
    ['he', 'משרה מלאה', ['FULL_TIME']],
    ['he', 'משרה חלקית', ['PART_TIME']],
    ['he', 'תוכנית התמחות', ['INTERN']],
    ['he', 'פרילנס', ['CONTRACTOR']],
    // pl: the contract of employment in its cases; for a fixed term or half a job it must not read full-time
    ['pl', 'Rodzaj umowy: umowa o pracę', ['FULL_TIME']],
    ['pl', 'Oferujemy zatrudnienie na podstawie umowy o pracę.', ['FULL_TIME']],
    ['pl', 'Oferujemy umowę o pracę na czas określony.', ['TEMPORARY']],
    ['pl', 'Oferujemy umowę o pracę na pół etatu.', ['PART_TIME']],
    ['pl', 'Oferujemy umowę zlecenie.', ['CONTRACTOR']],
    // contract labels, per language, before a word that counts only in a labelled field
    ['cs', 'Typ smlouvy: B2B', ['CONTRACTOR']],
    ['sk', 'Typ zmluvy: B2B', ['CONTRACTOR']],
    ['ru', 'Тип договора: B2B', ['CONTRACTOR']],
    ['hu', 'Szerződés típusa: B2B', ['CONTRACTOR']],
    ['hu', 'Foglalkoztatás jellege: Freelance', ['CONTRACTOR']],
    ['ro', 'Tipul contractului: B2B', ['CONTRACTOR']],
    ['el', 'Τύπος απασχόλησης: Freelance', ['CONTRACTOR']],
    ['he', 'סוג משרה: Freelance', ['CONTRACTOR']],
  ])('%s: %s', (_language, body, types) => {
    expect(fieldsOf(body).employmentType).toEqual(types);
  });

  it.each([
    ['sv: "tillsvidare" as "until further notice" in prose', 'Ansökan är öppen tillsvidare.'],
    ['en: C2C as trade between consumers', 'We build C2C marketplaces.'],
    ['pl: "praktyki" as practices', 'Znasz dobre praktyki programowania.'],
    ['de: a completed training is a requirement', 'Du hast eine abgeschlossene Ausbildung als Fachinformatiker.'],
    ['ru: "ип" inside a word or lower case', 'Знание типов и ип-адресов.'],
  ])('none from %s', (_name, body) => {
    expect(fieldsOf(body).employmentType).toEqual([]);
  });
});

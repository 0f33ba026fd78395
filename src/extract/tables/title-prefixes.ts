/**
 * Words around a title on its line: lead-in compounds ("Hiring Manager"), prefix words ("Seeking: X") and status words (moved from titles.ts, which re-exports them).
 */
import { titleLabels } from './titles.js';

/**
 * en: a lead-in word that, bare before one of these, is part of the role ("Hiring Manager", "Recruiting Coordinator"),
 * not a sentence around it ("Hiring a Barista", "Hiring: Barista").
 */
export const leadInRoleCompounds: Record<string, string[]> = {
  hiring: ['manager', 'managers', 'coordinator', 'lead', 'specialist', 'partner', 'assistant'],
  recruiting: ['manager', 'coordinator', 'lead', 'specialist', 'partner', 'assistant', 'associate', 'consultant', 'officer', 'director'],
};

/** Words put before a title with ":", "-" or "|" ("Seeking: X", "Oferta de trabajo: X"), besides the titleLabels. */
export const titlePrefixWords = [
  'seeking', 'hiring', 'now hiring', "we're hiring", 'were hiring', 'we are hiring', 'job', 'job title', 'open position', 'vacancy', 'vacature',
  'stellenangebot', "offre d'emploi", 'offre', 'oferta de trabajo', 'oferta de empleo', 'oferta', 'роль',
  'job opening', 'opening', 'open role', 'new role', 'job opportunity', 'career opportunity', 'wanted', 'stellenausschreibung', 'ausschreibung',
  'vaga de emprego', 'oferta de emprego', 'vacante', 'oferta pracy', 'nabór', 'требуется', 'потрібен', 'потрібна',
  // "wanted" in Dutch and German ("Gezocht: creatieve developer", "Gesucht: Entwickler")
  'gezocht', 'gesucht',
  // A board's or a page's label before the colon, per language: en "Jobs: X"; de "Wir suchen: X"; pt "Estamos contratando: X",
  // "Oportunidade: X"; it "Offerta di lavoro: X", "Annuncio di lavoro: X", "Posizione aperta: X"; sv "Ledig tjänst: X";
  // no, da "Ledig stilling: X"; pl "Praca: X", "Rekrutacja: X".
  'jobs',
  'wir suchen',
  'estamos contratando', 'oportunidade', 'oportunidade de emprego',
  'offerta di lavoro', 'annuncio di lavoro', 'posizione aperta',
  'ledig tjänst', 'ledigt jobb',
  'ledig stilling',
  'praca', 'rekrutacja',
  // no, sv "Utlysning: X" (a call, an announced post), no "Stillingsutlysning: X"; da "Stillingsopslag: X"
  'utlysning', 'stillingsutlysning', 'stillingsopslag',
];

/** Status words put after a title on job boards: "(PAUSADA)", "(closed)". The title is the part before. */
export const titleStatusWords = [
  'pausada', 'cerrada', 'cubierta', 'closed', 'filled', 'expired', 'paused', 'besetzt', 'vergeben', 'pourvu', 'pourvue', 'fechada', 'preenchida',
  'chiusa', 'gesloten', 'vervuld', 'zamknięta', 'obsazeno', 'закрыта', 'закрито', '募集終了', '已结束',
  // ko "recruitment closed", "closed"; sv "filled"
  '채용마감', '채용 마감', '모집마감', '마감', 'tillsatt',
];

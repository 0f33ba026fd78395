/**
 * Words of a page's furniture and a posting's closing lines that bear on the
 * company (company-page-parts.ts reads them), per language, one phrase a line.
 */

/**
 * A footer's credit for the site's making, not its owner: "© Theme by Zeenbit", "Powered by Hireflow",
 * "Website von Agentur X". A copyright holder that holds one of these is no employer.
 */
export const siteCreditWords: Record<string, string[]> = {
  en: ['theme by', 'powered by', 'designed by', 'design by', 'developed by', 'built by', 'made by', 'made with', 'site by', 'website by', 'template by', 'hosted by', 'created by', 'built with'],
  de: ['umgesetzt von', 'gestaltet von', 'erstellt von', 'entwickelt von', 'realisiert von', 'webdesign von', 'website von'],
  fr: ['réalisé par', 'conçu par', 'propulsé par', 'développé par', 'site par', 'thème par'],
  es: ['diseñado por', 'desarrollado por', 'tema de', 'creado por', 'hecho por'],
  pt: ['desenvolvido por', 'criado por', 'tema por'],
  it: ['realizzato da', 'sviluppato da', 'tema di'],
  nl: ['gemaakt door', 'ontwikkeld door', 'ontwerp door', 'website door', 'webdesign door'],
  pl: ['projekt i wykonanie', 'wykonanie', 'realizacja'],
};

/** A footer's words of its rights, not a holder: "© 2026 All rights reserved", "Copyright © 2026 Alle Rechte vorbehalten". */
export const rightsWords: Record<string, string[]> = {
  en: ['all rights reserved', 'rights reserved', 'copyright', 'imprint', 'privacy'], de: ['alle rechte vorbehalten', 'impressum', 'datenschutz'],
  fr: ['tous droits réservés', 'mentions légales'], es: ['todos los derechos reservados', 'aviso legal'], pt: ['todos os direitos reservados'],
  it: ['tutti i diritti riservati'], nl: ['alle rechten voorbehouden'], pl: ['wszelkie prawa zastrzeżone'],
  zh: ['版权所有', '版權所有', '著作權所有'], ja: ['無断転載禁止', '無断転載を禁じます'],
};

/**
 * A posting's closing line signed by its employer's team ("Ihr Nordlicht-Team", "L'équipe Nordlicht"), per language;
 * {name} stands for the name, which must be capitalised and no department ("The Engineering Team", "L'équipe RH").
 * Matched against the whole line, any letter's case aside from the name's.
 */
export const teamSignOffs: Record<string, string[]> = {
  en: ['the {name} team', '{name} team', 'team {name}', 'the team at {name}', 'your {name} team', 'the {name} hiring team', 'the {name} recruiting team', 'the {name} people team'],
  de: ['ihr {name}-team', 'ihr {name} team', 'dein {name}-team', 'dein {name} team', 'euer {name}-team', 'euer {name} team', 'das {name}-team', 'ihr team von {name}', 'dein team von {name}', 'euer team von {name}', 'das team von {name}', 'ihr team der {name}', 'team {name}'],
  fr: ["l'équipe {name}", 'l’équipe {name}', "l'équipe de {name}", 'l’équipe de {name}', "toute l'équipe {name}", 'toute l’équipe {name}', "l'équipe {name} rh"],
  es: ['el equipo de {name}', 'el equipo {name}', 'equipo {name}', 'equipo de {name}', 'todo el equipo de {name}'],
  pt: ['equipe {name}', 'a equipe {name}', 'a equipe da {name}', 'equipa {name}', 'a equipa {name}', 'a equipa da {name}'],
  it: ['il team di {name}', 'il team {name}', 'lo staff di {name}', 'team {name}'],
  nl: ['het {name}-team', 'het {name} team', 'het team van {name}', 'team {name}'],
  pl: ['zespół {name}', 'zespół firmy {name}'],
  ru: ['команда {name}', 'ваша команда {name}'],
  uk: ['команда {name}'],
};

/** Words that stand where a sign-off's name does and name no one ("Ihr Team", "Our Team", "Votre équipe"). */
export const signOffPronouns: Record<string, string[]> = {
  en: ['the', 'your', 'our', 'whole', 'entire', 'hiring', 'recruiting'], de: ['ihr', 'dein', 'euer', 'unser', 'das', 'die', 'ganze', 'gesamte'],
  fr: ['votre', 'notre', 'toute'], es: ['el', 'tu', 'su', 'nuestro', 'todo'], pt: ['a', 'sua', 'nossa', 'seu', 'nosso'], it: ['il', 'lo', 'il nostro', 'vostro'],
  nl: ['het', 'jouw', 'ons', 'uw'], pl: ['twój', 'nasz', 'wasz'], ru: ['ваша', 'наша'], uk: ['ваша', 'наша'],
};

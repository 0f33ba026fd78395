/**
 * Languages where a lower-case "intern" is the adjective "internal" ("intern besetzt", "Recruiter intern",
 * "tillsätts internt"), each with its own internship words, matched as whole words: a posting that also
 * writes one of those ("Praktikum", "stage", "praktik") means an intern by "intern" too.
 */
export const internalInternLanguages: Record<string, readonly string[]> = {
  de: ['praktikum', 'praktikums', 'praktikant', 'praktikantin', 'praktikanten', 'pflichtpraktikum', 'praxissemester'],
  nl: ['stage', 'stagiair', 'stagiaire', 'stageplaats', 'stageplek', 'afstudeerstage', 'meewerkstage'],
  sv: ['praktik', 'praktikant', 'praktikanter', 'praktikplats'],
  da: ['praktik', 'praktikant', 'praktikanter', 'praktikplads', 'praktikophold'],
  no: ['praksis', 'praktikant', 'praktikanter', 'praksisplass'],
  nb: ['praksis', 'praktikant', 'praktikanter', 'praksisplass'],
  nn: ['praksis', 'praktikant', 'praktikantar', 'praksisplass'],
};

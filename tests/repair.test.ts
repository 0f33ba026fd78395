/** The repair library: what it must repair, what it must never touch, steps, replay, the badness score, legacy detection. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan, repairText } from '../src/repair/index.js';
import { badness } from '../src/repair/badness.js';
import { codePage, guessLegacyEncoding } from '../src/repair/codepages.js';
import { repair, summarizeSteps } from '../src/stages/repair.js';
import { createDoc } from '../src/document.js';
import { FIXTURES, itShared, misdecode, SEEDS } from './helpers.js';


const fixture = (name: string) => readFileSync(path.join(FIXTURES, 'repair', name), 'utf8');

describe('never harms correct text', () => {
  const untouchable = [
    'SÃO PAULO', 'INFORMAÇÃO', 'AVALIAÇÃO DO CANDIDATO', 'IRMÃ E MAÇÃ', 'NICIODATĂ\u00a0', 'NICIODATĂ™',
    '± × ÷ µ ° € £ ¥ ½ ™ ©', '5×£35 pin ups', '4288×…', 'a radius of 10 Å—', '∆°', '√π', '2012—∞',
    '„Deutsch“ und «français» und ‹simple›', 'en – dash, em — dash, ‘quotes’ and “double”',
    'Η ¨ανατροφή¨ δυστυχώς', 'Ищем инженера — «удалённо»', 'Шукаємо розробника у Києві — Дія, ґанок, ПІДПРИЄМСТВО',
    'ПоздравЂаво', 'SENSЕ - Oleg', '東京で働くエンジニア', '我们正在招聘', '서울에서 근무할', 'نبحث عن مهندس', 'אנחנו מחפשים',
    'हम बेंगलुरु में', '💰 🌎 📊 📈 ❤️ 👩‍💻 🇩🇪', 'There are a lot of Ã’s in mojibake text', 'NESTLÉ® requiere', 'AHÅ™, the new sofa',
    'RETWEET SE VOCÊ…', 'ESSE CARA AI QUEM É¿', '( o¬ô )', 'OK??:(   `¬´    ):', '├┤a┼┐a┼┐a', 'Ōō Ō¬o', 'HÅØYA ER BLÅØYD',
    'C O N C L U S Ã O', 'Connect with Āø on Facebook', "``toda produzida pronta pra assa aí´´",
  ];
  it.each(untouchable)('%s', (text) => {
    const result = repairText(text);
    expect(result.text).toBe(text);
    expect(result.steps).toEqual([]);
  });

  it('leaves the clean multilingual fixture byte-identical', () => {
    const text = fixture('clean-multilingual.txt');
    expect(repairText(text)).toEqual({ text, steps: [] });
  });
});

describe('repairs UTF-8 read with the wrong code page', () => {
  const samples: Array<[string, string, string]> = [
    ['windows-1252', 'Nous cherchons un développeur à Paris – café “offert”', 'utf-8 read as windows-1252'],
    ['windows-1252', 'Unassigned bytes: Ť ŝ ŏ Ő — browsers’ way', 'utf-8 read as windows-1252'],
    ['latin-1', 'Ecuador’s “purely political” decision…', 'utf-8 read as latin-1'],
    ['mac-roman', 'We’re hiring 💰 65k–95k USD, 🌎 Worldwide', 'utf-8 read as mac-roman'],
    ['mac-roman', '¿Dónde está? Ищем инженера', 'utf-8 read as mac-roman'],
    ['cp437', 'Čeština a Tiếng Việt', 'utf-8 read as cp437'],
    ['windows-1250', 'Liège Avenue de l’Hôpital', 'utf-8 read as windows-1250'],
    ['windows-1251', 'Ищем инженера в Москве: опыт от 3 лет', 'utf-8 read as windows-1251'],
    ['windows-1251', 'La région se trouve à l’ouest', 'utf-8 read as windows-1251'],
  ];
  it.each(samples)('%s: %s', (encoding, text, detail) => {
    const result = repairText(misdecode(text, encoding));
    expect(result.text).toBe(text);
    expect(result.steps.map((step) => step.detail)).toContain(detail);
  });

  it('repairs text encoded twice and three times, one step per layer', () => {
    const text = 'The Mona Lisa doesn’t have eyebrows.';
    const twice = misdecode(misdecode(text, 'windows-1252'), 'windows-1252');
    expect(repairText(twice).text).toBe(text);
    expect(repairText(twice).steps).toHaveLength(2);
    expect(repairText(misdecode(twice, 'windows-1252')).text).toBe(text);
    expect(repairText('Merci de t‚Äö√†√∂¬¨¬©l‚Äö√†√∂¬¨¬©charger').text).toBe('Merci de télécharger');
  });

  it('repairs a lone Ã© or â€™ inside correct text, and only that', () => {
    expect(repairText('Contact Nicolás — NicolÃ¡s — at the São Paulo office 💰').text).toBe('Contact Nicolás — Nicolás — at the São Paulo office 💰');
    expect(repairText('It’s fine, but itâ€™s not — “really”').text).toBe('It’s fine, but it’s not — “really”');
  });

  it('repairs the spans of a partly broken line and keeps the rest byte for byte', () => {
    const line = 'Skills — ✔ TypeScript â€¢ JavaScript 📅 Mondays, Zürich';
    const result = repairText(line);
    expect(result.text).toBe('Skills — ✔ TypeScript • JavaScript 📅 Mondays, Zürich');
    expect(result.steps).toHaveLength(1);
    expect(result.steps[0]).toMatchObject({ line: 1, column: 23, encoding: 'windows-1252', chars: 3, pieces: 1, spans: [[22, 3]] });
  });

  it('maps C1 controls left in text to their Windows-1252 characters', () => {
    const result = repairText('\u0084Handwerk bringt dich überall hin\u0093: Von der YOU');
    expect(result.text).toBe('„Handwerk bringt dich überall hin“: Von der YOU');
    expect(result.steps).toEqual([expect.objectContaining({ fix: 'c1-controls', detail: 'windows-1252 read as latin-1', chars: 2 })]);
  });

  it('turns lost bytes into U+FFFD rather than failing', () => {
    expect(repairText('â€œlossy decodingâ€�').text).toBe('“lossy decoding�');
    expect(repairText('SlovenÄ\ufffdina').text).toBe('Sloven\ufffdina');
  });

  it('restores a non-breaking space that became a plain space', () => {
    expect(repairText('voilÃ le travail').text).toBe('voilà le travail');
    expect(repairText('com especial atenÃ§Ã£o Ã s crianÃ§as').text).toBe('com especial atenção às crianças');
  });

  it('repairs a very long line of mixed damage span by span', () => {
    const unit = 'CafÃ© crÃ¨me â€” ğŸ™‚ ok 🙂 Ã¢â‚¬â„¢ ';
    const result = repairText(unit.repeat(5000));
    expect(result.text).toBe('Café crème — 🙂 ok 🙂 ’ '.repeat(5000));
  });

  it('repairs the mixed fixture to its expected text, keeping CRLF and every correct line', () => {
    const input = fixture('mixed-broken.txt');
    const expected = fixture('mixed-broken.expected.txt');
    const result = repairText(input);
    expect(result.text).toBe(expected);
    const before = input.split('\r\n');
    const after = result.text.split('\r\n');
    expect(after).toHaveLength(before.length);
    const changed = new Set(result.steps.map((step) => step.line));
    before.forEach((line, i) => { if (!changed.has(i + 1)) expect(after[i]).toBe(line); });
    expect(changed).toEqual(new Set([2, 4, 5, 6, 7, 8, 9, 10, 11, 13]));
  });

  itShared('repairs seed 002 (MacRoman, emoji through U+F8FF) completely', () => {
    const seed = readFileSync(path.join(SEEDS, '002_d432a830a33feac5.txt'), 'utf8');
    const result = repairText(seed);
    expect(result.text).not.toMatch(/[\uF8FF]|‚Ä|√|¬|[\u0080-\u009f]/);
    for (const emoji of ['💰', '🌎', '📊', '📈']) expect(result.text).toContain(emoji);
    expect(result.text).toContain('#### `💰 65k-95k USD` `🌎 Worldwide`');
    expect(result.text.split('\n')).toHaveLength(seed.split('\n').length);
    expect(new Set(result.steps.map((step) => step.detail))).toEqual(new Set(['utf-8 read as mac-roman']));
  });
});

describe('steps and replay', () => {
  it('numbers lines across \\r, \\r\\n and \\n and keeps each ending', () => {
    const result = repairText('a\rCafÃ©\r\nb\n\nCafÃ© Ã©\rx');
    expect(result.text).toBe('a\rCafé\r\nb\n\nCafé é\rx');
    expect(result.steps.map((step) => [step.line, step.column])).toEqual([[2, 4], [5, 4]]);
  });

  it('replays steps on the same text to the same result', () => {
    for (const name of ['mixed-broken.txt']) {
      const input = fixture(name);
      const { text, steps } = repairText(input);
      expect(applyPlan(input, steps)).toBe(text);
    }
  });

  itShared('replays steps on seed 002 to the same result', () => {
    const seed = readFileSync(path.join(SEEDS, '002_d432a830a33feac5.txt'), 'utf8');
    const { text, steps } = repairText(seed);
    expect(applyPlan(seed, steps)).toBe(text);
  });

  it('replays steps on another text with the same damage in the same places', () => {
    const { steps } = repairText('Title\nCafÃ© crÃ¨me\nEnd');
    expect(applyPlan('Other\nThÃ© vert\nEnd', steps)).toBe('Other\nThé vert\nEnd');
  });

  it('replays a double encoding layer by layer and the C1 step', () => {
    const input = 'doesnÃ¢â‚¬â„¢t\n\u0093quoted\u0094';
    const { text, steps } = repairText(input);
    expect(text).toBe('doesn’t\n“quoted”');
    expect(applyPlan(input, steps)).toBe(text);
  });

  it('summarises steps as source.repairs entries, with one pipeline message per repaired line', () => {
    const doc = repair({ ...createDoc('x.md', new Uint8Array()), text: 'We‚Äôre here\nCafÃ©\nIt‚Äôs ok' });
    expect(doc.repairs).toEqual([
      { kind: 'mojibake', detail: 'utf-8 read as mac-roman', count: 2 },
      { kind: 'mojibake', detail: 'utf-8 read as windows-1252', count: 1 },
    ]);
    expect(doc.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
      ['mojibake-repaired', 1, 3],
      ['mojibake-repaired', 2, 4],
      ['mojibake-repaired', 3, 3],
    ]);
    // The detail travels as data too, so `validate` need not read it back out of the text.
    expect(doc.messages.map((m) => m.args?.detail)).toEqual(['utf-8 read as mac-roman', 'utf-8 read as windows-1252', 'utf-8 read as mac-roman']);
    expect(summarizeSteps([])).toEqual([]);
  });
});

describe('badness', () => {
  it('is zero for ordinary text in many scripts', () => {
    for (const text of ['Hello, world', 'Größe für München', 'Ищем инженера', 'Ελληνικά', '日本語のテキスト', 'São Paulo', 'x ± 2 °C', '“quoted” — fine…', '💰 65k']) {
      expect(badness(text, 0), text).toBe(0);
    }
  });

  it('scores mojibake well above its repair, for every kind', () => {
    const pairs: Array<[string, string]> = [
      ['cafÃ©', 'café'], ['â€™', '’'], ['We‚Äôre', 'We’re'], ['\uF8FFüí∞', '💰'], ['Ð˜Ñ‰ÐµÐ¼', 'Ищем'],
      ['РґРѕСЂРѕРіРµ', 'дороге'], ['─îe┼ítina', 'Čeština'], ['Ã¢â‚¬â„¢', '’'], ['Ã\u00a0', 'à'],
    ];
    for (const [mojibake, fixed] of pairs) expect(badness(mojibake) - badness(fixed), mojibake).toBeGreaterThanOrEqual(1);
  });

  it('charges what the design note says: controls, case flips, mixed scripts, Ã before a symbol', () => {
    expect(badness('a\u0085b', 0)).toBeGreaterThanOrEqual(3);
    expect(badness('rÃ', 0)).toBeGreaterThan(badness('RÃ', 0));
    expect(badness('abcдеф', 0)).toBeGreaterThan(badness('abc деф', 0));
    expect(badness('Ã©', 0)).toBeGreaterThan(badness('Ã ', 0));
    expect(badness('ɮ', 0)).toBeGreaterThan(0); // rare block
  });

  it('treats Cyrillic look-alike letters as typos rather than mojibake', () => {
    expect(badness('Cфп', 0)).toBeLessThan(badness('Jфп', 0));
  });

  it('does not punish capitals before ™ or …, or Greek letters in science', () => {
    expect(badness('AHÅ™', 0)).toBe(0);
    expect(badness('VOCÊ…', 0)).toBe(0);
    expect(badness('IL2Rγc', 0)).toBe(0);
  });
});

describe('guessLegacyEncoding', () => {
  const encode = (text: string, encoding: string) => {
    const page = codePage(encoding)!;
    return Uint8Array.from([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : page.high.indexOf(ch) + 0x80)));
  };
  it.each([
    ['windows-1252', 'Nous cherchons un développeur à Paris, café “offert” – 35 h/semaine, Größe'],
    ['windows-1251', 'Ищем инженера в Москве: опыт от 3 лет, зарплата по договорённости.'],
    ['windows-1250', 'Příliš žluťoučký kůň úpěl ďábelské ódy – Łódź, Gdańsk, „Świętokrzyskie“'],
    ['windows-1253', 'Ζητείται μηχανικός στην Αθήνα, μισθός ετησίως.'],
    ['mac-roman', 'Nous cherchons un développeur à Paris – café “offert”'],
  ])('%s', (encoding, text) => {
    const bytes = encode(text, encoding);
    expect(bytes.includes(0x7f)).toBe(false);
    expect(guessLegacyEncoding(bytes)).toBe(encoding);
  });
});

describe('what the fast paths must keep', () => {
  it('numbers lines across \\r\\n, \\r and \\n, with clean lines in between', () => {
    const { text, steps } = repairText('a\r\nCafÃ©\rb\n\nThÃ© vert\r\nend ±\n');
    expect(text).toBe('a\r\nCafé\rb\n\nThé vert\r\nend ±\n');
    expect(steps.map((s) => [s.line, s.column])).toEqual([[2, 4], [5, 3]]);
  });

  it('repairs a whole line longer than a thousand characters', () => {
    const line = 'Café crème, ½ Tag — Привет 💰 '.repeat(60);
    for (const encoding of ['windows-1252', 'mac-roman', 'latin-1']) {
      const { text, steps } = repairText(`ok\n${misdecode(line, encoding)}\nok`);
      expect(text).toBe(`ok\n${line}\nok`);
      expect(steps.map((s) => s.line)).toEqual([2]);
    }
  });

  it('repairs a whole line longer than the reader\'s 4096-unit buffers, a broken character across their end', () => {
    // The reader copies a line in rounds up to its buffers' end and grows them between rounds (whole-line.ts load).
    const line = 'Café crème, ½ Tag — Привет 💰 '.repeat(200);
    for (const pad of ['', 'x', 'xy', 'xyz']) {
      const { text, steps } = repairText(`ok\n${pad}${misdecode(line, 'windows-1252')}\nok`);
      expect(text).toBe(`ok\n${pad}${line}\nok`);
      expect(steps.map((s) => [s.line, s.fix])).toEqual([[2, 'redecode']]);
    }
  });

  it('repairs a line whose mojibake holds C1 controls, and one encoded twice, leaving no C1 behind', () => {
    const line = '“Você é responsável” — 25 days’ leave';
    for (const broken of [misdecode(line, 'latin-1'), misdecode(misdecode(line, 'windows-1252'), 'windows-1252')]) {
      const { text } = repairText(broken);
      expect(text).toBe(line);
      expect(text).not.toMatch(/[\u0080-\u009f]/);
    }
  });

  it('reports each layer of a double encoding with the same spans replay uses', () => {
    const input = `x\n${misdecode(misdecode('naïve café', 'windows-1252'), 'windows-1252')}`;
    const { text, steps } = repairText(input);
    expect(text).toBe('x\nnaïve café');
    expect(steps.map((s) => [s.line, s.encoding])).toEqual([[2, 'windows-1252'], [2, 'windows-1252']]);
    expect(applyPlan(input, steps)).toBe(text);
  });
});

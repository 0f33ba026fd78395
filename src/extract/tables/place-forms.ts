/**
 * Inflected forms of the gazetteer's names, per language: Slavic languages
 * decline a place's name after a preposition ("в Москве", "w Warszawie",
 * "v Praze"), so the name as the gazetteer writes it is not
 * in the text. Each line is "form|name": the form the text has, then the
 * gazetteer's own city name that it stands for.
 * Mostly the locative (prepositional) case, which "in", "at" take.
 * Forms that are also common words stay out, and so do countries' forms:
 * "the best firms in Poland" (w Polsce) is a company's boast more often
 * than a work place.
 */
export const placeFormLines: string[] = [
  // ru: locative (в/во ...е, ...и)
  'Москве|Москва', 'Санкт-Петербурге|Санкт-Петербург', 'Петербурге|Санкт-Петербург', 'Новосибирске|Новосибирск',
  'Екатеринбурге|Екатеринбург', 'Казани|Казань', 'Нижнем Новгороде|Нижний Новгород', 'Самаре|Самара', 'Ростове-на-Дону|Ростов-на-Дону',
  'Краснодаре|Краснодар', 'Перми|Пермь', 'Воронеже|Воронеж', 'Челябинске|Челябинск', 'Омске|Омск', 'Уфе|Уфа', 'Красноярске|Красноярск',
  'Ярославле|Ярославль', 'Томске|Томск', 'Киеве|Киев', 'Харькове|Харьков', 'Львове|Львов', 'Одессе|Одесса', 'Минске|Минск',
  // uk: locative (у/в ...і)
  'Києві|Київ', 'Львові|Львів', 'Харкові|Харків', 'Одесі|Одеса', 'Дніпрі|Дніпро',
  // pl: locative (w/we ...ie, ...u, ...ach)
  'Warszawie|Warszawa', 'Krakowie|Kraków', 'Wrocławiu|Wrocław', 'Wroclawiu|Wroclaw', 'Gdańsku|Gdańsk', 'Gdansku|Gdansk', 'Poznaniu|Poznań',
  'Łodzi|Łódź', 'Katowicach|Katowice', 'Lublinie|Lublin', 'Szczecinie|Szczecin', 'Bydgoszczy|Bydgoszcz', 'Białymstoku|Białystok',
  'Gdyni|Gdynia', 'Rzeszowie|Rzeszów', 'Toruniu|Toruń', 'Gliwicach|Gliwice', 'Sopocie|Sopot',
  // cs: locative (v/ve ...e, ...ě, ...i)
  'Praze|Praha', 'Brně|Brno', 'Ostravě|Ostrava', 'Plzni|Plzeň', 'Olomouci|Olomouc', 'Liberci|Liberec', 'Hradci Králové|Hradec Králové',
  'Pardubicích|Pardubice', 'Zlíně|Zlín',
  // sk: locative (v ...e, ...i, ...ach)
  'Bratislave|Bratislava', 'Košiciach|Košice', 'Žiline|Žilina', 'Nitre|Nitra', 'Trnave|Trnava', 'Banskej Bystrici|Banská Bystrica',
  'Prešove|Prešov',
];

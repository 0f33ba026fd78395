/**
 * Countries as more languages name them (language facts): a "Location:" line's value or a body's place, one line per
 * country and language group ("code|name|name…"), read into the gazetteer's country lines (places.ts).
 */
export const countryNameLines: string[] = [
  // Left out: names that are also words or names ("Dania", "Indie", "Đức", "Viro"), Japanese "タイ" and "インド" and Korean
  // "인도", which sit inside other words ("タイプ", "ウインドウ", 인도 "handover"), Chinese "英国" ("精英国际", elite international),
  // Chinese "美国", in a company's boast more often than a work place ("美国硅谷回国创业团队", a team back from Silicon Valley),
  // and "Georgia" in Latin letters.
  // ru
  'RU|Российская Федерация|РФ', 'DE|Германия', 'US|США', 'GB|Великобритания', 'PL|Польша', 'UA|Украина', 'FR|Франция', 'ES|Испания',
  'IT|Италия', 'NL|Нидерланды', 'AT|Австрия', 'CH|Швейцария', 'CZ|Чехия', 'FI|Финляндия', 'SE|Швеция', 'PT|Португалия', 'LT|Литва',
  'LV|Латвия', 'EE|Эстония', 'GE|Грузия', 'AM|Армения', 'CY|Кипр', 'RS|Сербия', 'TR|Турция', 'IL|Израиль', 'CA|Канада', 'AE|ОАЭ',
  'UZ|Узбекистан', 'AZ|Азербайджан', 'MD|Молдова', 'RO|Румыния', 'BG|Болгария', 'HU|Венгрия',
  // uk
  'DE|Німеччина', 'PL|Польща', 'GB|Велика Британія', 'FR|Франція', 'ES|Іспанія', 'NL|Нідерланди', 'CZ|Чехія', 'LT|Литва', 'EE|Естонія',
  'LV|Латвія', 'RO|Румунія', 'BG|Болгарія', 'PT|Португалія', 'CY|Кіпр', 'IL|Ізраїль', 'TR|Туреччина', 'GE|Грузія', 'IT|Італія', 'AT|Австрія',
  // zh (Simplified and Traditional), ja, ko
  'US|米国|アメリカ|미국', 'GB|イギリス|영국', 'DE|德国|德國|독일', 'FR|法国|法國|フランス|프랑스', 'CA|加拿大|カナダ|캐나다',
  'SG|新加坡|シンガポール|싱가포르', 'AU|澳大利亚|澳洲|オーストラリア|호주', 'IN|印度', 'KR|韩国|韓国|韓國', 'JP|일본', 'CN|중국', 'TW|台湾',
  'NL|荷兰|荷蘭|オランダ|네덜란드', 'CH|瑞士|スイス|스위스', 'SE|瑞典|スウェーデン', 'ES|西班牙|スペイン|스페인', 'IT|意大利|イタリア|이탈리아',
  'RU|俄罗斯|俄羅斯|ロシア|러시아', 'MY|马来西亚|馬來西亞|マレーシア|말레이시아', 'TH|泰国|泰國|태국', 'VN|越南|ベトナム|베트남', 'ID|印度尼西亚|印尼|インドネシア|인도네시아',
  'NZ|新西兰|紐西蘭|ニュージーランド', 'IE|爱尔兰|愛爾蘭|アイルランド', 'IL|以色列|イスラエル', 'AE|阿联酋|阿聯酋',
  // tr, nl, sv, da, no, fi
  'DE|Almanya', 'GB|İngiltere|Birleşik Krallık', 'NL|Hollanda', 'US|Amerika Birleşik Devletleri', 'GB|Verenigd Koninkrijk', 'DE|Tyskland',
  'GB|Storbritannien|Storbritannia', 'FR|Frankrike|Frankrig', 'NL|Nederländerna|Nederlandene', 'DE|Saksa', 'SE|Ruotsi', 'NO|Norja', 'DK|Tanska',
  // cs, sk, hu, ro, id, pl
  'US|Spojené státy|Spojené státy americké|Spojené štáty', 'GB|Velká Británie|Veľká Británia', 'AT|Rakousko', 'DE|Németország', 'AT|Ausztria',
  'PT|Portugália', 'GB|Egyesült Királyság', 'FR|Franța|Franciaország', 'ES|Spania|Spanyolország', 'DE|Jerman', 'NL|Belanda',
  'US|Amerika Serikat', 'CY|Cypr', 'HR|Chorwacja', 'TR|Turcja|Turquía|Turquie', 'IL|Izrael',
  'AE|Zjednoczone Emiraty Arabskie', 'BY|Białoruś', 'KZ|Kazachstan', 'GE|Gruzja',
];

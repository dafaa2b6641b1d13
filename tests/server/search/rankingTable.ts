/**
 * Queries a person types, with the entity that must come first: Chinese fragments, English
 * words (whole words, kinds named, typos, typeahead), pinyin (full, spaced or not, with the
 * function characters left out, initials) and mixed text. Ids are the seeds' (seeds/graph/).
 */
export const RANKING_TABLE: [query: string, firstId: string][] = [
  // Chinese: substrings of names and aliases
  ['泗河口', 'place:sihekou-port'],
  ['复兴之路', 'project:fuxing-road-culture-technology-project'],
  ['科大讯飞', 'enterprise:iflytek'],
  ['济东', 'place:jidong-digital-economy-industrial-park'],
  ['文旅局', 'bureau:culture-and-tourism'],
  ['应急管理局', 'bureau:emergency-management'],
  ['中通', 'enterprise:zto-express'],
  ['泊济宁', 'project:bo-jining-parking-network'],
  ['集装箱码头', 'place:sihekou-port-container-terminal'],
  ['市民公园', 'place:citizen-park'],
  // English: whole words, the kind named, typos, typeahead
  ['tourism', 'bureau:culture-and-tourism'],
  ['digital park', 'place:jidong-digital-economy-industrial-park'],
  ['port', 'place:sihekou-port'],
  ['bureau', 'bureau:construction'],
  ['park', 'place:citizen-park'],
  ['Sihekou', 'place:sihekou-port'],
  ['fuxin road', 'project:fuxing-road-culture-technology-project'],
  ['ZTO', 'enterprise:zto-express'],
  ['iflytek', 'enterprise:iflytek'],
  ['citizen park', 'place:citizen-park'],
  ['container terminal', 'place:sihekou-port-container-terminal'],
  ['sihek', 'place:sihekou-port'],
  ['emergency command', 'project:emergency-command-system'],
  ['medical university', 'institution:jining-medical-university'],
  // Pinyin: full, spaced or not, function characters left out, initials
  ['sihekou gang', 'place:sihekou-port'],
  ['xunfei', 'enterprise:iflytek'],
  ['fuxing lu', 'project:fuxing-road-culture-technology-project'],
  ['fuxingzhilu', 'project:fuxing-road-culture-technology-project'],
  ['shk', 'place:sihekou-port'],
  ['wenlvju', 'bureau:culture-and-tourism'],
  ['lvyou', 'bureau:culture-and-tourism'],
  ['kdxf', 'enterprise:iflytek'],
  ['ztwl', 'enterprise:zto-express'],
  ['taibaihu xinqu', 'place:taibai-lake-new-district'],
  ['yingji guanli', 'bureau:emergency-management'],
  ['bojining', 'project:bo-jining-parking-network'],
  // Mixed
  ['泗河口 port', 'place:sihekou-port'],
  ['ZTO 中通', 'enterprise:zto-express'],
];

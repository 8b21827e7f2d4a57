/**
 * World regions of a campaign, derived from the countries its sources name: the UN M49
 * standard's sub-regions (Standard Country or Area Codes for Statistical Use), folded into the
 * seven regions readers filter by. A campaign that names no country is "global": sources of
 * campaigns run for every TikTok user name none, and a reader must still be able to pick them.
 */

/** The regions, in the order the explorer lists them; `global` last, as it is no place. */
export const REGIONS = [
  'africa',
  'asia-pacific',
  'europe',
  'latin-america-caribbean',
  'middle-east-north-africa',
  'north-america',
  'global',
] as const;
export type Region = (typeof REGIONS)[number];

/**
 * The countries and areas of each M49 sub-region, by ISO 3166-1 alpha-2 code, as the UN
 * Statistics Division lists them (Antarctica, in no sub-region, is left out).
 */
export const M49_SUBREGIONS = {
  '015 Northern Africa': 'DZ EG EH LY MA SD TN',
  '021 Northern America': 'BM CA GL PM US',
  '030 Eastern Asia': 'CN HK JP KP KR MN MO',
  '034 Southern Asia': 'AF BD BT IN IR LK MV NP PK',
  '035 South-eastern Asia': 'BN ID KH LA MM MY PH SG TH TL VN',
  '039 Southern Europe': 'AD AL BA ES GI GR HR IT ME MK MT PT RS SI SM VA',
  '053 Australia and New Zealand': 'AU CC CX HM NF NZ',
  '054 Melanesia': 'FJ NC PG SB VU',
  '057 Micronesia': 'FM GU KI MH MP NR PW UM',
  '061 Polynesia': 'AS CK NU PF PN TK TO TV WF WS',
  '143 Central Asia': 'KG KZ TJ TM UZ',
  '145 Western Asia': 'AE AM AZ BH CY GE IL IQ JO KW LB OM PS QA SA SY TR YE',
  '151 Eastern Europe': 'BG BY CZ HU MD PL RO RU SK UA',
  '154 Northern Europe': 'AX DK EE FI FO GB GG IE IM IS JE LT LV NO SE SJ',
  '155 Western Europe': 'AT BE CH DE FR LI LU MC NL',
  '202 Sub-Saharan Africa':
    'AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW IO KE KM LR LS MG ML MR MU MW MZ NA NE NG RE RW SC SH SL SN SO SS ST SZ TD TF TG TZ UG YT ZA ZM ZW',
  '419 Latin America and the Caribbean':
    'AG AI AR AW BB BL BO BQ BR BS BV BZ CL CO CR CU CW DM DO EC FK GD GF GP GS GT GY HN HT JM KN KY LC MF MQ MS MX NI PA PE PR PY SR SV SX TC TT UY VC VE VG VI',
} as const;
type Subregion = keyof typeof M49_SUBREGIONS;

/** The region of each M49 sub-region. */
const REGION_OF_SUBREGION: Record<Subregion, Exclude<Region, 'global'>> = {
  '015 Northern Africa': 'middle-east-north-africa',
  '021 Northern America': 'north-america',
  '030 Eastern Asia': 'asia-pacific',
  '034 Southern Asia': 'asia-pacific',
  '035 South-eastern Asia': 'asia-pacific',
  '039 Southern Europe': 'europe',
  '053 Australia and New Zealand': 'asia-pacific',
  '054 Melanesia': 'asia-pacific',
  '057 Micronesia': 'asia-pacific',
  '061 Polynesia': 'asia-pacific',
  '143 Central Asia': 'asia-pacific',
  '145 Western Asia': 'middle-east-north-africa',
  '151 Eastern Europe': 'europe',
  '154 Northern Europe': 'europe',
  '155 Western Europe': 'europe',
  '202 Sub-Saharan Africa': 'africa',
  '419 Latin America and the Caribbean': 'latin-america-caribbean',
};

/**
 * Where a country goes elsewhere than its sub-region, or has none in M49 but is a code the
 * schema accepts (Intl's region list). Iran, in M49's Southern Asia, is counted in the Middle
 * East as regional groupings such as the World Bank's do; the Council of Europe's members that
 * M49 puts in Western Asia go to Europe. Taiwan and Kosovo, which M49 does not list, go with
 * their neighbours, and so do the islands Intl names apart from their country.
 */
const EXCEPTIONS: Readonly<Record<string, Exclude<Region, 'global'>>> = {
  IR: 'middle-east-north-africa',
  AM: 'europe',
  AZ: 'europe',
  CY: 'europe',
  GE: 'europe',
  TR: 'europe',
  TW: 'asia-pacific',
  XK: 'europe',
  // Sark (a Channel Island), the Canary Islands and Ceuta and Melilla (Spain), the European Union and the eurozone.
  CQ: 'europe',
  IC: 'europe',
  EA: 'europe',
  EU: 'europe',
  EZ: 'europe',
  // Ascension, Tristan da Cunha (Saint Helena's) and Diego Garcia (the British Indian Ocean Territory's): Sub-Saharan Africa in M49.
  AC: 'africa',
  TA: 'africa',
  DG: 'africa',
  // Clipperton Island lies off Mexico.
  CP: 'latin-america-caribbean',
};

const REGION_OF_COUNTRY: ReadonlyMap<string, Exclude<Region, 'global'>> = new Map([
  ...Object.entries(M49_SUBREGIONS).flatMap(([subregion, codes]) =>
    codes.split(' ').map((code) => [code, REGION_OF_SUBREGION[subregion as Subregion]] as const),
  ),
  ...Object.entries(EXCEPTIONS),
]);

/** The region of an ISO 3166-1 alpha-2 code; undefined for a code that is no place on a map (Antarctica, "UN"). */
export const regionOf = (code: string): Region | undefined => REGION_OF_COUNTRY.get(code);

/** The regions of a campaign's countries, each once, in REGIONS order; `global` when none of them is in a region. */
export function regionsOf(countries: readonly string[]): Region[] {
  const found = new Set(countries.map(regionOf));
  const regions = REGIONS.filter((region) => found.has(region));
  return regions.length ? regions : ['global'];
}

/**
 * Month names and abbreviations, folded (lower case, no diacritics), in English, German, French,
 * Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Danish/Norwegian and Russian (genitive). Index 0 = January.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  [
    'january',
    'jan',
    'januar',
    'janner',
    'janvier',
    'janv',
    'enero',
    'ene',
    'janeiro',
    'gennaio',
    'gen',
    'januari',
    'stycznia',
    'styczen',
    'января',
  ],
  [
    'february',
    'feb',
    'febr',
    'februar',
    'fevrier',
    'fevr',
    'fev',
    'febrero',
    'fevereiro',
    'febbraio',
    'februari',
    'lutego',
    'luty',
    'февраля',
  ],
  ['march', 'mar', 'marz', 'maerz', 'mars', 'marzo', 'marco', 'maart', 'mrt', 'marca', 'marzec', 'marts', 'марта'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwietnia', 'kwiecien', 'апреля'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei', 'maja', 'maj', 'мая'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'giu', 'czerwca', 'czerwiec', 'июня'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lug', 'lipca', 'lipiec', 'июля'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus', 'sierpnia', 'sierpien', 'augusti', 'августа'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'setembro', 'settembre', 'wrzesnia', 'wrzesien', 'сентября'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'out', 'ottobre', 'ott', 'pazdziernika', 'pazdziernik', 'октября'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'ноября'],
  [
    'december',
    'dec',
    'dezember',
    'dez',
    'decembre',
    'diciembre',
    'dic',
    'dezembro',
    'dicembre',
    'grudnia',
    'grudzien',
    'desember',
    'декабря',
  ],
];

const LOOKUP = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((n) => LOOKUP.set(n, i + 1)));

/** 1-12 for a folded month name or abbreviation, undefined otherwise. */
export function monthNumber(folded: string): number | undefined {
  return LOOKUP.get(folded);
}

/** Alternation of every month name, longest first (so "june" wins over "jun"). */
export const MONTH_ALTERNATION = [...LOOKUP.keys()].sort((a, b) => b.length - a.length).join('|');

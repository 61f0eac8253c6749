/**
 * Month names and abbreviations, folded (lower case, no diacritics), in English, German, French,
 * Spanish, Portuguese, Italian and Dutch. Index 0 = January.
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'januar', 'janner', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari'],
  ['february', 'feb', 'febr', 'februar', 'fevrier', 'fevr', 'fev', 'febrero', 'fevereiro', 'febbraio', 'februari'],
  ['march', 'mar', 'marz', 'maerz', 'mars', 'marzo', 'marco', 'maart', 'mrt'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maio', 'maggio', 'mag', 'mei'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'giu'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lug'],
  ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'setembro', 'settembre'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'out', 'ottobre', 'ott'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dezembro', 'dicembre'],
];

const LOOKUP = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((n) => LOOKUP.set(n, i + 1)));

/** 1-12 for a folded month name or abbreviation, undefined otherwise. */
export function monthNumber(folded: string): number | undefined {
  return LOOKUP.get(folded);
}

/** Alternation of every month name, longest first (so "june" wins over "jun"). */
export const MONTH_ALTERNATION = [...LOOKUP.keys()].sort((a, b) => b.length - a.length).join('|');

/**
 * Whether a statement is written in a European language other than English. The wording rules read English: their
 * thresholds ("at least", "under"), baselines ("from", "currently") and verbs are English words, so in a statement
 * in French, Spanish, Portuguese, German or Italian ("Reducir los errores a menos del 5%") they would read a bar as a
 * level. Such a statement is read and linked as any other; the rules that judge its wording leave it alone.
 */
const ENGLISH_WORDS = new Set(['the', 'of', 'to', 'and', 'for', 'with', 'on', 'by', 'our', 'we', 'is', 'are', 'from', 'at', 'all', 'each', 'per', 'least', 'more', 'less', 'than']);
const OTHER_WORDS = new Set([
  // French
  'le', 'la', 'les', 'des', 'du', 'une', 'et', 'pour', 'avec', 'sur', 'nos', 'notre', 'dans', 'aux', 'est', 'moins', 'plus',
  // Spanish and Portuguese
  'el', 'los', 'las', 'del', 'de', 'una', 'para', 'con', 'por', 'que', 'al', 'nuestro', 'nuestra', 'menos', 'más',
  'os', 'da', 'dos', 'das', 'uma', 'com', 'na', 'mais', 'nosso', 'nossa', 'en', 'em', 'ao', 'aos',
  // German
  'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'und', 'für', 'mit', 'auf', 'zu', 'von', 'ist', 'wir', 'unsere', 'mindestens',
  // Italian
  'il', 'gli', 'della', 'di', 'che', 'nel', 'nella', 'almeno',
]);

/** A web address, with its scheme or as a bare domain (`status.acme.com`, `github.com/acme/tool`), and its path. */
const WEB_ADDRESS = /\b(?:https?:\/\/[^\s)\]>]*|(?:[a-z\d-]{1,63}\.){1,4}[a-z]{2,6}\b(?:\/[^\s)\]>]*)?)/giu;

/**
 * Counted in lower case only: a capitalised or upper-case word is a name or an acronym (`Los Angeles`, `DoS`, `EST`),
 * and a single letter (`y/y`) proves nothing. A short statement may hold one such word and no English one
 * (`30% de conversion prof gratuit → payant`): that is enough.
 */
export function writtenInAnotherLanguage(text: string): boolean {
  let english = 0;
  let other = 0;
  // An address is no prose: `github.com` would count as the Portuguese "com".
  for (const word of text.replace(WEB_ADDRESS, ' ').match(/\p{L}+/gu) ?? []) {
    if (word.length < 2 || word !== word.toLowerCase()) continue;
    if (ENGLISH_WORDS.has(word)) english++;
    // A letter English never writes (`conversão`, `años`, `atenção`; `façade` aside) marks the word as another language’s.
    else if (OTHER_WORDS.has(word) || /[ãõñç]/u.test(word)) other++;
  }
  return (other >= 2 && other > english) || (other === 1 && english === 0);
}

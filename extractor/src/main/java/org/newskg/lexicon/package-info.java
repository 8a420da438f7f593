/**
 * Where the rules' words are read: every word list and rule table of the extractor is a resource
 * file under {@code extractor/src/main/resources/org/newskg/lexicon/}, and this package is the one
 * component that loads them. Each file opens with a {@code # } comment saying what belongs in it,
 * and is parsed once per run ({@link org.newskg.lexicon.Lexicon#rows} caches it).
 *
 * <ul>
 * <li>{@link org.newskg.lexicon.Lexicon}: a plain list as a set with longest-match lookups
 *     ({@code Lexicon.resource("surnames.txt")}), or a file's rows ({@code Lexicon.rows}).</li>
 * <li>{@link org.newskg.lexicon.WordPatterns}: a plain list in file order, and the regular-expression
 *     pieces built from words (alternations, character sets).</li>
 * <li>{@link org.newskg.lexicon.LexiconTable}: a table of several lists, each line headed by its key
 *     ({@code after-name 说 表示 …}); a stage asks it for a list as words ({@code row}), a set
 *     ({@code lexicon}), an alternation, a character set ({@code chars}) or one {@code word}.
 *     Asking for a key the file lacks throws {@code IllegalStateException}: nothing is silently
 *     empty.</li>
 * </ul>
 *
 * <p>Which file each stage reads is listed in the README, "Where the rules live". To change a rule,
 * edit its file, run {@code mvn -B verify} and compare a sorted dump of {@code seeds/} before and
 * after. This package depends on no other newskg package.
 */
package org.newskg.lexicon;

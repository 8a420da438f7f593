package org.newskg.bench;

/**
 * One measured child process of the benchmark: which step it was, on what input, with how many
 * extraction threads (0 where the step has no such option), what it read or made (articles,
 * characters, quads; 0 where not counted) and its whole-process measure.
 */
public record Run(Step step, String input, int threads, long articles, long characters, long quads, ProcessMeter.Measured measured) {
    /** The steps the benchmark measures. */
    public enum Step {
        BARE_HANLP("bare HanLP pass"),
        EXTRACT("extract"),
        LOAD_NEWSKG("load (newskg, TdbStore.bulkLoad)"),
        LOAD_TDBLOADER("load (tdb2.tdbloader --loader=phased)"),
        SEARCH_INDEX("search index (built after the load)");

        public final String title;

        Step(String title) {
            this.title = title;
        }
    }

    public double wallSeconds() {
        return measured.wallSeconds();
    }

    public double articlesPerSecond() {
        return articles == 0 ? Double.NaN : articles / measured.wallSeconds();
    }

    public double charactersPerSecond() {
        return characters == 0 ? Double.NaN : characters / measured.wallSeconds();
    }

    public double quadsPerSecond() {
        return quads == 0 ? Double.NaN : quads / measured.wallSeconds();
    }

    public boolean ok() {
        return measured.exitCode() == 0;
    }
}

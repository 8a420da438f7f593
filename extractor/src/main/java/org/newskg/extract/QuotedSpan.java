package org.newskg.extract;

/**
 * A pair of quotation marks in an {@link ArticleText}: the offsets of the opening and closing marks,
 * how deep it is nested and the pair it is nested in. Whether the quoted words read as speech or as a
 * term is told once, by the quotation stage, before sentences are read over them
 * ({@link #classify}); until then both are false.
 */
public final class QuotedSpan {
    private final int open, close;
    private final int depth;
    private QuotedSpan parent;
    private boolean speechLike, term;

    QuotedSpan(int open, int close, int depth) {
        this.open = open;
        this.close = close;
        this.depth = depth;
    }

    /** Offset of the opening mark. */
    public int open() { return open; }

    /** Offset of the closing mark. */
    public int close() { return close; }

    /** Number of pairs this one is nested in (0: top level). */
    public int depth() { return depth; }

    /** The pair this one is nested in, or null. */
    public QuotedSpan parent() { return parent; }

    void parent(QuotedSpan p) { this.parent = p; }

    /** First offset of the quoted words. */
    public int begin() { return open + 1; }

    /** End offset (exclusive) of the quoted words: the closing mark. */
    public int end() { return close; }

    /** Whether the quoted words read as speech (sentence punctuation, or a verb introduces them). */
    public boolean speechLike() { return speechLike; }

    /** Whether the quoted words are a term, slogan, theme or name. */
    public boolean term() { return term; }

    /** Records what the quoted words are; called once per pair by the quotation stage. */
    public void classify(boolean speechLike, boolean term) {
        this.speechLike = speechLike;
        this.term = term;
    }
}

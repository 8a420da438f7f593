package org.newskg.model;

/** Where something is written: analysis-text offsets, end exclusive. */
public record TextSpan(int begin, int end) {
}

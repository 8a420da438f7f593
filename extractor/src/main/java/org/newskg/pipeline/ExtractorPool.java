package org.newskg.pipeline;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * File extractors lent to worker threads, one worker at a time each: a stage may then keep state
 * while it works on a file (HanLP's segmenter, a recognizer's scratch maps) without being shared
 * between threads. An extractor is made when every one is busy, so there are never more than the
 * files worked on at once (plus those a runaway still holds: it returns its extractor when it ends).
 */
final class ExtractorPool {
    private final Supplier<FileExtractor> make;
    private final Queue<FileExtractor> idle = new ConcurrentLinkedQueue<>();

    /** A pool making extractors with {@code make}, holding {@code first} ready. */
    ExtractorPool(FileExtractor first, Supplier<FileExtractor> make) {
        this.make = make;
        idle.add(first);
    }

    /** {@code work} done with an extractor no other thread uses meanwhile. */
    <T> T with(Function<FileExtractor, T> work) {
        FileExtractor extractor = idle.poll();
        if (extractor == null) extractor = make.get();
        try {
            return work.apply(extractor);
        } finally {
            idle.add(extractor);
        }
    }
}

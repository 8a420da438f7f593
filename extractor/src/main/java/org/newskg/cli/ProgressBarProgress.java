package org.newskg.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newskg.pipeline.ExtractionReport;
import org.newskg.pipeline.Progress;

/** Shows files, articles and quads per second on stderr while a run goes on. */
final class ProgressBarProgress implements Progress, AutoCloseable {
    private final ProgressBar bar;
    private final long started = System.nanoTime();

    ProgressBarProgress(String task, int files) {
        this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(files).setUnit(" files", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).continuousUpdate().build();
    }

    @Override
    public void fileDone(ExtractionReport report) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        bar.stepTo(report.filesDone());
        bar.setExtraMessage(String.format(" %d articles, %.0f quads/s", report.articles(), report.quads() / seconds));
    }

    @Override
    public void close() {
        bar.close();
    }
}

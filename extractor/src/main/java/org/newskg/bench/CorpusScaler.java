package org.newskg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds a corpus of a given number of articles from a real one: day files in the corpus's shape
 * ({@link DayFile}), each holding as many articles as a day of the source held, each item drawn at
 * random from the source and given other persons, places and numbers ({@link Recombiner}) drawn
 * from the names HanLP finds in the items used. Everything comes from one seeded generator: the
 * same source, seed and size give the same bytes. The names found are kept, so building several
 * sizes in a run segments each source item once.
 */
public final class CorpusScaler {
    /** What was written: the folder, its day files, articles (as extraction counts them) and characters. */
    public record Written(Path dir, int files, int articles, long characters) {
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);
    private static final int MIN_POOL = 20;
    private static final ThreadLocal<NameSpans> FINDERS = ThreadLocal.withInitial(NameSpans::new);

    private final TranscriptItems.Source source;
    private final long seed;
    private final ArticleCounter counter = new ArticleCounter();
    private final int[] articleCounts;
    private final List<List<NameSpans.Span>> spans;
    private final List<Integer> articlesPerDay;

    public CorpusScaler(TranscriptItems.Source source, long seed) {
        this.source = source;
        this.seed = seed;
        this.articleCounts = new int[source.items().size()];
        this.spans = new ArrayList<>(java.util.Collections.nCopies(source.items().size(), (List<NameSpans.Span>) null));
        this.articlesPerDay = new ArrayList<>();
        int at = 0;
        for (int items : source.itemsPerDay()) {
            int articles = 1; // the running order
            for (int i = at; i < at + items; i++) articles += articlesOf(i);
            articlesPerDay.add(articles);
            at += items;
        }
    }

    /** Writes {@code articles} articles (at least 2) as day files into {@code dir}, replacing the day files there. */
    public Written write(int articles, Path dir) throws IOException {
        if (articles < 2) throw new IllegalArgumentException("a scaled corpus needs at least 2 articles, not " + articles);
        Random rng = new Random(seed);
        List<int[]> days = plan(articles, rng);
        findSpans(days);
        Recombiner recombiner = new Recombiner(pools(days));
        clear(dir);
        long characters = 0;
        for (int d = 0; d < days.size(); d++) {
            List<TranscriptItems.Item> items = new ArrayList<>();
            for (int i : days.get(d)) {
                items.add(TranscriptItems.Item.of(recombiner.recombine(source.items().get(i).text(), spans.get(i), rng)));
            }
            LocalDate date = FIRST_DAY.plusDays(d);
            String text = DayFile.text(date, items);
            Files.writeString(dir.resolve(DayFile.fileName(date)), text, StandardCharsets.UTF_8);
            characters += text.length();
        }
        return new Written(dir, days.size(), articles, characters);
    }

    /** The item indices of each day; a day's articles are its running order and its items' articles. */
    private List<int[]> plan(int articles, Random rng) {
        List<int[]> days = new ArrayList<>();
        int left = articles;
        while (left > 0) {
            int size = Math.min(left, articlesPerDay.get(rng.nextInt(articlesPerDay.size())));
            if (left - size == 1) size = size > 2 ? size - 1 : size + 1; // a day needs an item besides its running order
            days.add(items(size - 1, rng));
            left -= size;
        }
        return days;
    }

    private int[] items(int articles, Random rng) {
        List<Integer> chosen = new ArrayList<>();
        int got = 0;
        while (got < articles) {
            int i = rng.nextInt(articleCounts.length);
            int a = articlesOf(i);
            if (a > articles - got) continue; // a round-up of more short news than the day has room for
            chosen.add(i);
            got += a;
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    private int articlesOf(int item) {
        if (articleCounts[item] == 0) articleCounts[item] = Math.max(1, counter.articlesOf(source.items().get(item)));
        return articleCounts[item];
    }

    /** Segments, on every core, the items used that were not segmented yet; results kept by item index. */
    private void findSpans(List<int[]> days) {
        int[] todo = used(days).filter(i -> spans.get(i) == null).toArray();
        List<List<NameSpans.Span>> found = IntStream.of(todo).parallel()
                .mapToObj(i -> FINDERS.get().find(source.items().get(i).text())).toList();
        for (int k = 0; k < todo.length; k++) spans.set(todo[k], List.copyOf(found.get(k)));
    }

    /**
     * The names of each kind found in the items used, in item order, each once. Names found in two
     * items or more are preferred: a name HanLP found once is more often a misreading (while a
     * pool of them is too small to vary the text, every name is kept).
     */
    private Map<NameSpans.Kind, List<String>> pools(List<int[]> days) {
        Map<NameSpans.Kind, Map<String, Integer>> found = new EnumMap<>(NameSpans.Kind.class);
        used(days).forEach(i -> {
            String text = source.items().get(i).text();
            spans.get(i).stream().filter(s -> s.kind() != NameSpans.Kind.NUMBER)
                    .map(s -> Map.entry(s.kind(), text.substring(s.begin(), s.end()))).distinct()
                    .forEach(e -> found.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).merge(e.getValue(), 1, Integer::sum));
        });
        Map<NameSpans.Kind, List<String>> pools = new EnumMap<>(NameSpans.Kind.class);
        found.forEach((kind, names) -> {
            List<String> repeated = names.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            pools.put(kind, repeated.size() >= MIN_POOL ? repeated : List.copyOf(names.keySet()));
        });
        return pools;
    }

    private static IntStream used(List<int[]> days) {
        return days.stream().flatMapToInt(IntStream::of).distinct().sorted();
    }

    /** Creates the folder, or empties it of the day files an earlier run wrote. */
    private static void clear(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) Files.delete(p);
        }
    }
}

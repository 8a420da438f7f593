package org.newskg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newskg.model.EntityType;

/**
 * Mints IRIs under a base (default {@value #DEFAULT_BASE}). Every IRI is a function of the input
 * only — a canonical name, a source key, an offset — never of run order or time, so the same input
 * gives the same graph on any machine. Entities are keyed by their canonical simplified name: the
 * same person in two files and two scripts is one node.
 */
public final class Iris {
    /** One SHA-1 digest per thread: looking the algorithm up for every IRI cost more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    public static final String DEFAULT_BASE = "https://w3id.org/newskg/id/";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern DOTS = Pattern.compile("\\.+");
    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /**
     * One file or folder name in article IRIs: the name when IRI-safe (letters, digits, {@code _.-},
     * not only dots, which an IRI path would resolve away), else "f" and a hash of it.
     */
    public static String fileKey(String fileName) {
        return SAFE.matcher(fileName).matches() && !DOTS.matcher(fileName).matches() ? fileName : "f" + hash(fileName);
    }

    /**
     * A source key (a path under its input root, '/'-separated) in article IRIs: each name as
     * {@link #fileKey}, joined by '/'. A file at a root's top level keeps the IRIs it always had.
     */
    public static String sourceKey(String key) {
        StringBuilder path = new StringBuilder();
        for (String part : key.split("/", -1)) {
            if (!path.isEmpty()) path.append('/');
            path.append(fileKey(part));
        }
        return path.toString();
    }

    /** The {@code index}th article of the source keyed {@code key}. */
    public Node article(String key, int index) {
        return uri("article/" + sourceKey(key) + "/" + index);
    }

    /** The named graph of the {@code index}th article of the source keyed {@code key}. */
    public Node graph(String key, int index) {
        return uri("graph/" + sourceKey(key) + "/" + index);
    }

    public Node entity(EntityType type, String canonical) {
        return uri(type.name().toLowerCase(Locale.ROOT) + "/" + hash(canonical));
    }

    public Node event(String label) {
        return uri("event/" + hash(label));
    }

    /** A position held: one node per person, role and organization (empty when none), whichever articles state it. */
    public Node membership(String person, String role, String organization) {
        return uri("membership/" + hash(person + "|" + role + "|" + organization));
    }

    public Node role(String label) {
        return uri("role/" + hash(label));
    }

    public Node source(String sha256) {
        return uri("source/" + sha256);
    }

    /** One extraction run of one file: the same file, version and run time give the same activity. */
    public Node activity(String sha256, String version, java.time.Instant time) {
        return uri("activity/" + hash(sha256 + "|" + version + "|" + time));
    }

    public static Node within(Node article, String path) {
        return NodeFactory.createURI(article.getURI() + "/" + path);
    }

    /** Whether {@code node} is a membership, a role or an organization: what a completed position writes about. */
    public boolean isPositionPart(Node node) {
        if (!node.isURI()) return false;
        String uri = node.getURI();
        return uri.startsWith(base + "membership/") || uri.startsWith(base + "role/") || uri.startsWith(base + "organization/");
    }


    public static String hash(String key) {
        byte[] d = SHA1.get().digest(key.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }
}

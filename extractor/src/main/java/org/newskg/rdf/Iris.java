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
 * only — a canonical name, a file name, an offset — never of run order or time, so the same input
 * gives the same graph on any machine. Entities are keyed by their canonical simplified name: the
 * same person in two files and two scripts is one node.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/newskg/id/";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.-]+");
    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** A file's key in article IRIs: its name when IRI-safe, else a hash of it. */
    public static String fileKey(String fileName) {
        return SAFE.matcher(fileName).matches() ? fileName : "f" + hash(fileName);
    }

    public Node article(String fileName, int index) {
        return uri("article/" + fileKey(fileName) + "/" + index);
    }

    public Node graph(String fileName, int index) {
        return uri("graph/" + fileKey(fileName) + "/" + index);
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

    public static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Node uri(String path) {
        return NodeFactory.createURI(base + path);
    }
}

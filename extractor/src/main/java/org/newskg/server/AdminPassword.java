package org.newskg.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/**
 * The password that opens the admin operations, checked against HTTP Basic credentials (any user
 * name). It comes from a file (its first line) or from the environment variable
 * {@value #ENV}; with neither, there is no password and no admin operation.
 */
public final class AdminPassword {
    public static final String ENV = "NEWSKG_ADMIN_PASSWORD";
    private final byte[] secret;

    public AdminPassword(String password) {
        if (password == null || password.isBlank()) throw new IllegalArgumentException("the admin password is empty");
        this.secret = password.getBytes(StandardCharsets.UTF_8);
    }

    /** From the file when given, else from {@value #ENV}; empty when neither is set. */
    public static Optional<AdminPassword> configured(Path file) throws IOException {
        String value = file != null ? firstLine(file) : System.getenv(ENV);
        if (value == null || value.isBlank()) {
            if (file != null) throw new IllegalArgumentException(file + ": the admin password file is empty");
            return Optional.empty();
        }
        return Optional.of(new AdminPassword(value));
    }

    /** The file's first line, without its line end; the password of the {@code push} client too. */
    public static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
    }

    /** True when the request's Basic credentials carry this password; compared in constant time. */
    public boolean accepts(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return false;
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) return false;
        byte[] given = decoded.substring(colon + 1).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(secret, given);
    }
}

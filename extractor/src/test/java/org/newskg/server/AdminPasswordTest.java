package org.newskg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminPasswordTest {
    @TempDir
    Path tmp;

    /** A request whose only header is the given Authorization value. */
    static HttpServletRequest withAuthorization(String value) {
        return (HttpServletRequest) Proxy.newProxyInstance(AdminPasswordTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getHeader") && "Authorization".equals(args[0]) ? value : null);
    }

    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_right_password_opens_whatever_the_user_name() {
        AdminPassword p = new AdminPassword("s3cret:with colon");
        assertTrue(p.accepts(withAuthorization(basic("admin:s3cret:with colon"))));
        assertTrue(p.accepts(withAuthorization(basic("someone:s3cret:with colon"))));
    }

    @Test
    void a_wrong_missing_or_malformed_credential_does_not() {
        AdminPassword p = new AdminPassword("s3cret");
        assertFalse(p.accepts(withAuthorization(basic("admin:s3cre"))));
        assertFalse(p.accepts(withAuthorization(null)));
        assertFalse(p.accepts(withAuthorization("Bearer s3cret")));
        assertFalse(p.accepts(withAuthorization("Basic ***")));
        assertFalse(p.accepts(withAuthorization(basic("no colon s3cret"))));
    }

    @Test
    void the_password_file_gives_its_first_line_and_an_empty_file_is_an_error() throws Exception {
        Path file = tmp.resolve("pw");
        Files.writeString(file, "from-file\nignored\n");
        AdminPassword p = AdminPassword.configured(file).orElseThrow();
        assertTrue(p.accepts(withAuthorization(basic("admin:from-file"))));
        Files.writeString(file, "\n");
        assertThrows(IllegalArgumentException.class, () -> AdminPassword.configured(file));
    }
}

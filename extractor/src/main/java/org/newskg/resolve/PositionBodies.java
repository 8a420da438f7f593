package org.newskg.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The bodies in which the corpus says each person holds each role (国家主席某某: 主席 of
 * 中华人民共和国), for the articles that give a role without its body (某某主席). A person and
 * role the corpus places in exactly one body are taken to be that position; with two bodies, or
 * none, the role stays without one. People are one node per canonical name already, so this
 * adds no identity the graph does not assume. Built once from the positions stated; not changed after.
 */
public final class PositionBodies {
    private final Map<String, Set<String>> bodies = new HashMap<>();

    public PositionBodies(Collection<PositionBody> stated) {
        for (PositionBody p : stated) {
            bodies.computeIfAbsent(key(p.person(), p.role()), k -> new TreeSet<>()).add(p.organization());
        }
    }

    /** The one body {@code person} holds {@code role} in, as far as the corpus says, else null. */
    public String bodyOf(String person, String role) {
        Set<String> known = bodies.get(key(person, role));
        return known != null && known.size() == 1 ? known.iterator().next() : null;
    }

    private static String key(String person, String role) {
        return person + "|" + role;
    }
}

package org.newskg.server;

/** The admin load operation's two halves: the password that opens it and the loader behind it. */
public record LiveLoad(AdminPassword password, LiveLoader loader) {
}

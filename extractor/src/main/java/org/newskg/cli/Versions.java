package org.newskg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version recorded in the jar's manifest at build time ("dev" when run from classes). */
public final class Versions implements IVersionProvider {
    public static String current() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"newskg " + current()};
    }
}

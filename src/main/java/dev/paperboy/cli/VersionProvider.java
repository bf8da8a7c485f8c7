package dev.paperboy.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest, so it is written in one place: the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {
    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"paperboy " + version()};
    }
}

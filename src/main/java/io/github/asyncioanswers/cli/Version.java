package io.github.asyncioanswers.cli;

/** The version of the running jar, from its manifest. */
final class Version {

    private Version() {
    }

    static String current() {
        String version = Cli.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}

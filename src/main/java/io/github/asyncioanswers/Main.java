package io.github.asyncioanswers;

import io.github.asyncioanswers.cli.Cli;

/** Entry point: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new Cli(System.out, System.err, System.getenv()).run(args));
    }
}

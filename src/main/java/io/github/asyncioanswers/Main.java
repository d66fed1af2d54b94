package io.github.asyncioanswers;

import io.github.asyncioanswers.cli.Cli;
import io.github.asyncioanswers.logs.LogOutput;

/** Entry point: runs the command line and exits with its code. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = new Cli(System.out, System.err, System.getenv()).run(args);
        LogOutput.stop();
        System.exit(code);
    }
}

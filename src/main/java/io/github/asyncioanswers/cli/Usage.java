package io.github.asyncioanswers.cli;

import io.github.asyncioanswers.config.Setting;

/** The help text of each command. */
final class Usage {

    private Usage() {
    }

    static String text(String command) {
        return switch (command) {
            case "serve" -> "usage: asyncio-answers serve [flags]\n"
                    + "  Indexes the notes, then serves the HTTP API (and Telegram when TELEGRAM_BOT_TOKEN is set).\n"
                    + flags();
            case "index" -> "usage: asyncio-answers index [flags]\n"
                    + "  Brings the index in line with the notes and prints a summary with every warning.\n" + flags();
            case "search" -> "usage: asyncio-answers search [flags] TEXT...\n"
                    + "  Prints the best answer to TEXT, or the closest questions when no note answers it.\n" + flags();
            case "eval" -> "usage: asyncio-answers eval [flags] FILE.tsv\n"
                    + "  Measures retrieval on a TSV of query, acceptable titles (|| between them, NONE when\n"
                    + "  out of scope), language and kind: recall@1, MRR@5, rejections, per kind, misses.\n" + flags();
            case "report" -> "usage: asyncio-answers report [flags]\n"
                    + "  Prints, from the query log in the data folder, the most frequent unanswered questions grouped\n"
                    + "  by similarity with a note stub for each, and the answers most often marked unhelpful.\n" + flags();
            default -> "usage: asyncio-answers <command> [flags]\n\n"
                    + "commands:\n"
                    + "  serve    index the notes and serve HTTP (and Telegram)\n"
                    + "  index    build the index and print a summary\n"
                    + "  search   answer one question in the terminal\n"
                    + "  eval     measure retrieval quality on a TSV file\n"
                    + "  report   what note authors should write next, from the query log\n\n"
                    + "  --help   help for a command;  --version  print the version\n\n" + flags();
        };
    }

    private static String flags() {
        StringBuilder text = new StringBuilder("flags (each also settable in the config file and by environment variable):\n");
        text.append(String.format("  %-24s %s%n", "--config FILE", "configuration file (default config/application.properties)"));
        for (Setting setting : Setting.values()) {
            setting.flag().ifPresent(flag -> text.append(String.format("  %-24s %s (env %s, default %s)%n",
                    flag + " VALUE", setting.description(), setting.envVar(),
                    setting.defaultValue().isEmpty() ? "none" : setting.defaultValue())));
        }
        return text.toString();
    }
}

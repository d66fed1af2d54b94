package io.github.asyncioanswers.telegram;

/** One answer offered in inline mode: shown as a title and description, sent as HTML when picked. */
record InlineArticle(String id, String title, String description, String html) {
}

package io.github.asyncioanswers.index;

/** What one update of the index changed: blocks now indexed, and how many were added, updated, removed. */
public record IndexUpdate(int blocks, int added, int updated, int removed) {

    public IndexUpdate {
        if (blocks < 0 || added < 0 || updated < 0 || removed < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}

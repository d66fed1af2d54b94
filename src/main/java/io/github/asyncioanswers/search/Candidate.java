package io.github.asyncioanswers.search;

/**
 * A block considered for a question, with the evidence for it.
 *
 * @param doc      the Lucene doc id within the searcher it came from
 * @param id       the question id, which breaks ties so that results are stable
 * @param lexical  the BM25 score, 0 when the words did not find it
 * @param lexicalShare the lexical score relative to the best lexical score of the query, 0..1
 * @param cosine   the cosine similarity of query and block embeddings, 0 without embeddings
 * @param coverage the IDF-weighted share of the question's concepts found in the block
 * @param meaningCoverage the same share of what the known errors in the question mean, none when it has none
 * @param defines  the question asks what something is, and the block's own question asks what that is
 * @param unaskedWhy the block's own question asks why, and the question does not ({@link WhyQuestions})
 */
record Candidate(int doc, String id, float lexical, double lexicalShare, double cosine, Coverage.Share coverage,
        Coverage.Share meaningCoverage, boolean defines, boolean unaskedWhy) {
}

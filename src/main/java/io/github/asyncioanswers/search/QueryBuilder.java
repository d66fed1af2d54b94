package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Fields;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Builds the Lucene query for analyzed terms: never through Lucene's query syntax. */
final class QueryBuilder {

    /** A question is mostly asked in the words of the heading, so the heading counts most. */
    static final float QUESTION_BOOST = 3f;
    static final float PATH_BOOST = 1.5f;
    static final float ANSWER_BOOST = 1f;
    /** How much the other fields add to the best-matching one. */
    private static final float TIE_BREAKER = 0.3f;

    Query build(List<QueryTerm> terms) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (QueryTerm term : terms) {
            Query perField = new DisjunctionMaxQuery(List.of(
                    field(Fields.QUESTION, term.text(), QUESTION_BOOST),
                    field(Fields.PATH, term.text(), PATH_BOOST),
                    field(Fields.ANSWER, term.text(), ANSWER_BOOST)), TIE_BREAKER);
            query.add(new BoostQuery(perField, term.weight()), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static Query field(String field, String text, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, text)), boost);
    }
}

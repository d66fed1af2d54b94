package io.github.asyncioanswers.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashMap;
import java.util.HashSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Groups of terms that mean the same thing (synonyms, and English and Russian names of one
 * asyncio concept), applied to queries: a question that uses one member also looks for the others.
 * It also knows what common error messages mean ({@link ErrorMeanings}). Read from a file whose
 * syntax {@link GlossaryFile} describes.
 */
public final class Glossary {

    /** Terms added from the glossary count less than the words the user typed. */
    static final float EXPANSION_WEIGHT = 0.6f;
    static final String CONCEPT_PREFIX = "\u0000glossary:";

    /**
     * What a query gained: its terms with the equivalents, and the English name of each matched
     * group (its first member without Cyrillic), which is how an English-only model can read a Russian question.
     */
    record Expansion(List<QueryTerm> terms, List<String> phrases, Shadows shadows) {
    }

    /**
     * A group of terms. A question that has one of its {@code finders} searches all its
     * {@code members}; in most groups every member finds the others, while in a one-way group
     * ({@code A, B -> C}) only A and B find the rest.
     */
    record Group(List<String> members, List<String> finders) {

        Group {
            members = List.copyOf(members);
            finders = List.copyOf(finders);
        }
    }

    private final List<Group> groups;
    private final ErrorMeanings errors;
    /** Each member analyzed once, with the analyzer of the first query that used it. */
    private final Map<String, List<String>> analyzedMembers = new ConcurrentHashMap<>();
    /** Built on first use, since analyzing needs the searcher's analyzer. */
    private final AtomicReference<Map<String, Set<Integer>>> groupsByFirstTerm = new AtomicReference<>();
    /** Built on first use, like {@link #groupsByFirstTerm}. */
    private final AtomicReference<Map<String, Set<String>>> oneWordEquivalents = new AtomicReference<>();
    /** Built on first use, like {@link #groupsByFirstTerm}: the members of several terms that have each term. */
    private final AtomicReference<Map<String, List<Shadows.Phrase>>> longerMembers = new AtomicReference<>();

    Glossary(List<Group> groups, ErrorMeanings errors) {
        this.groups = List.copyOf(groups);
        this.errors = errors;
    }

    public static Glossary empty() {
        return new Glossary(List.of(), ErrorMeanings.none());
    }

    /** Reads a glossary file; a missing file gives an empty glossary and one warning. */
    public static Glossary read(Path file) throws IOException {
        return GlossaryFile.read(file);
    }

    /** The glossary of these lines, in the file's syntax ({@link GlossaryFile}). */
    static Glossary parse(List<String> lines) {
        return GlossaryFile.parse(lines);
    }

    /** What the known error messages in {@code text} mean. */
    ErrorMeanings.Reading readErrors(String text) {
        return errors.read(text);
    }

    /** The groups that have a member whose first term is among the query's terms. */
    private Set<Integer> candidateGroups(Set<String> present, QueryTerms analyzer) {
        Map<String, Set<Integer>> byFirstTerm = groupsByFirstTerm.updateAndGet(
                index -> index != null ? index : indexGroups(analyzer));
        Set<Integer> found = new TreeSet<>();
        present.forEach(term -> found.addAll(byFirstTerm.getOrDefault(term, Set.of())));
        return found;
    }

    private Map<String, Set<Integer>> indexGroups(QueryTerms analyzer) {
        Map<String, Set<Integer>> index = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String member : groups.get(g).finders()) {
                List<String> terms = analyzedMembers.computeIfAbsent(member, analyzer::tokens);
                if (!terms.isEmpty()) {
                    index.computeIfAbsent(terms.get(0), t -> new HashSet<>()).add(g);
                }
            }
        }
        return index;
    }

    /**
     * {@code term} and the one-word members of every group where it is a one-word member
     * ("корутин" → "coroutin", "сопрограмм", …): words that name the same thing on their own.
     */
    Set<String> equivalents(String term, QueryTerms analyzer) {
        Map<String, Set<String>> byWord = oneWordEquivalents.updateAndGet(index -> index != null ? index : indexOneWordMembers(analyzer));
        return byWord.getOrDefault(term, Set.of(term));
    }

    private Map<String, Set<String>> indexOneWordMembers(QueryTerms analyzer) {
        Map<String, Set<String>> index = new HashMap<>();
        for (Group group : groups) {
            Set<String> words = oneWordTerms(group.members(), analyzer);
            for (String finder : oneWordTerms(group.finders(), analyzer)) {
                index.computeIfAbsent(finder, w -> new HashSet<>(Set.of(w))).addAll(words);
            }
        }
        index.replaceAll((word, equivalents) -> Set.copyOf(equivalents));
        return index;
    }

    private Set<String> oneWordTerms(List<String> members, QueryTerms analyzer) {
        Set<String> words = new HashSet<>();
        for (String member : members) {
            List<String> terms = analyzedMembers.computeIfAbsent(member, analyzer::tokens);
            if (terms.size() == 1) {
                words.add(terms.get(0));
            }
        }
        return words;
    }

    private static Optional<String> englishName(List<String> group) {
        return group.stream().filter(member -> member.chars()
                .noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC)).findFirst();
    }

    /** Every member of every group, as written. */
    List<String> members() {
        return groups.stream().flatMap(group -> group.members().stream()).toList();
    }

    int errorCount() {
        return errors.size();
    }

    public int size() {
        return groups.size();
    }

    /**
     * Adds the terms of every group that the query matches: a member matches when all of its
     * analyzed terms are among the query's terms and stand next to each other, in any order, in one
     * of {@code runs}, the question's analyzed text in order ("in the order they complete, fastest
     * first" does not ask for "first completed"). The longest match wins: a group matched only by
     * words that are part of another group's longer match ("событий" of "цикл событий") is not
     * added, so "event loop" does not also bring in what "event" alone means. The matching terms
     * and the added ones share a concept.
     */
    Expansion expand(List<QueryTerm> terms, List<List<String>> runs, QueryTerms analyzer) {
        Set<String> present = terms.stream().filter(QueryTerm::expandable).map(QueryTerm::text).collect(Collectors.toSet());
        Map<String, QueryTerm> expanded = new LinkedHashMap<>();
        terms.forEach(term -> expanded.put(term.text(), term));
        List<String> phrases = new ArrayList<>();
        Map<Integer, Set<String>> matches = matches(present, runs, analyzer);
        Set<Integer> added = new HashSet<>();
        for (Map.Entry<Integer, Set<String>> match : matches.entrySet()) {
            if (isPartOfLongerMatch(match.getValue(), matches.values())) {
                continue;
            }
            added.add(match.getKey());
            List<String> group = groups.get(match.getKey()).members();
            String concept = CONCEPT_PREFIX + match.getKey();
            englishName(group).ifPresent(phrases::add);
            for (String member : group) {
                for (String term : analyzedMembers.computeIfAbsent(member, analyzer::tokens)) {
                    QueryTerm existing = expanded.get(term);
                    expanded.put(term, existing == null ? QueryTerm.equivalent(term, EXPANSION_WEIGHT, concept)
                            : existing.concept().startsWith(CONCEPT_PREFIX) || !existing.expandable() ? existing
                            : existing.inConcept(concept));
                }
            }
        }
        return new Expansion(List.copyOf(expanded.values()), phrases, shadows(expanded.keySet(), added, analyzer));
    }

    /**
     * The longest match, on the notes' side: for each term, the members of several terms that
     * have it, in groups the question did not match. A block that has "event" only inside "event
     * loop" does not speak of an asyncio.Event, as the question's "цикл событий" asks nothing of
     * "событие".
     */
    private Shadows shadows(Set<String> terms, Set<Integer> added, QueryTerms analyzer) {
        Map<String, List<Shadows.Phrase>> byTerm = longerMembers.updateAndGet(
                index -> index != null ? index : indexLongerMembers(analyzer));
        Map<String, List<List<String>>> shadows = new HashMap<>();
        for (String term : terms) {
            List<List<String>> phrases = byTerm.getOrDefault(term, List.of()).stream()
                    .filter(phrase -> !added.contains(phrase.group())).map(Shadows.Phrase::terms).distinct().toList();
            if (!phrases.isEmpty()) {
                shadows.put(term, phrases);
            }
        }
        return new Shadows(shadows);
    }

    private Map<String, List<Shadows.Phrase>> indexLongerMembers(QueryTerms analyzer) {
        Map<String, List<Shadows.Phrase>> index = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String member : groups.get(g).members()) {
                List<String> terms = analyzedMembers.computeIfAbsent(member, analyzer::tokens);
                if (terms.size() < 2) {
                    continue;
                }
                for (String term : Set.copyOf(terms)) {
                    index.computeIfAbsent(term, t -> new ArrayList<>()).add(new Shadows.Phrase(g, terms));
                }
            }
        }
        return index;
    }

    /** For each group the query matches, in file order, the query terms that its matching members use. */
    private Map<Integer, Set<String>> matches(Set<String> present, List<List<String>> runs, QueryTerms analyzer) {
        Map<Integer, Set<String>> matches = new LinkedHashMap<>();
        for (int g : candidateGroups(present, analyzer)) {
            for (String member : groups.get(g).finders()) {
                List<String> memberTerms = analyzedMembers.computeIfAbsent(member, analyzer::tokens);
                if (!memberTerms.isEmpty() && present.containsAll(memberTerms)
                        && (memberTerms.size() == 1 || standTogether(memberTerms, runs))) {
                    matches.computeIfAbsent(g, k -> new HashSet<>()).addAll(memberTerms);
                }
            }
        }
        return matches;
    }

    /** Whether some window of {@code words.size()} terms of one of {@code runs} holds all of {@code words}. */
    private static boolean standTogether(List<String> words, List<List<String>> runs) {
        for (List<String> run : runs) {
            for (int start = 0; start + words.size() <= run.size(); start++) {
                if (run.subList(start, start + words.size()).containsAll(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isPartOfLongerMatch(Set<String> match, Iterable<Set<String>> all) {
        for (Set<String> other : all) {
            if (other.size() > match.size() && other.containsAll(match)) {
                return true;
            }
        }
        return false;
    }
}

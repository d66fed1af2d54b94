package io.github.asyncioanswers.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs rendered blocks into messages of at most a given length, splitting only between blocks, and
 * cutting a block that is too long on its own into several blocks of the same kind (never inside markup).
 */
final class MessageSplitter {

    /** Telegram's limit for one message; we count the HTML source, which is never shorter than what is shown. */
    static final int TELEGRAM_LIMIT = 4096;
    private static final String GAP = "\n\n";
    private static final int MIN_TEXT_BUDGET = 16;

    private MessageSplitter() {
    }

    static List<String> split(List<Block> blocks, int limit) {
        List<String> pieces = new ArrayList<>();
        for (Block block : blocks) {
            String html = block.render();
            if (html.length() <= limit) {
                pieces.add(html);
            } else {
                fit(block, limit).forEach(part -> pieces.add(part.render()));
            }
        }
        return pack(pieces, limit);
    }

    /** The block itself when it fits, otherwise consecutive parts of it that each render within {@code limit}. */
    static List<Block> fit(Block block, int limit) {
        if (block.render().length() <= limit) {
            return List.of(block);
        }
        int budget = limit - block.markupLength();
        if (budget < MIN_TEXT_BUDGET) {
            throw new IllegalArgumentException("limit " + limit + " leaves no room for text in a " + block.kind());
        }
        List<Block> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int cost = 0;
        for (String atom : atoms(block)) {
            for (String piece : hardSplit(atom, block, budget)) {
                int pieceCost = cost(piece, block);
                if (cost + pieceCost > budget) {
                    addPart(parts, block, current);
                    current.setLength(0);
                    cost = 0;
                }
                current.append(piece);
                cost += pieceCost;
            }
        }
        addPart(parts, block, current);
        return parts;
    }

    /** Code is cut between lines, text between words; each atom keeps the whitespace that follows it. */
    private static List<String> atoms(Block block) {
        String pattern = block.kind() == Block.Kind.CODE ? "(?<=\n)" : "(?<=\\s)(?=\\S)";
        return List.of(block.text().split(pattern));
    }

    /** Cuts an atom that alone exceeds the budget (a very long line or word), never between a surrogate pair. */
    private static List<String> hardSplit(String atom, Block block, int budget) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int cost = 0;
        for (int i = 0; i < atom.length(); i++) {
            int charCost = block.cost(atom.charAt(i));
            if (cost + charCost > budget) {
                int cut = Character.isLowSurrogate(atom.charAt(i)) ? i - 1 : i;
                chunks.add(atom.substring(start, cut));
                start = cut;
                cost = cost(atom.substring(cut, i), block);
            }
            cost += charCost;
        }
        chunks.add(atom.substring(start));
        return chunks;
    }

    private static int cost(String text, Block block) {
        int cost = 0;
        for (int i = 0; i < text.length(); i++) {
            cost += block.cost(text.charAt(i));
        }
        return cost;
    }

    private static void addPart(List<Block> parts, Block block, StringBuilder text) {
        String part = block.kind() == Block.Kind.CODE ? text.toString().stripTrailing() : text.toString().strip();
        if (!part.isBlank()) {
            parts.add(block.withText(part));
        }
    }

    /** Joins pieces, each already within the limit, into as few messages as fit. */
    private static List<String> pack(List<String> pieces, int limit) {
        List<String> messages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (!current.isEmpty() && current.length() + GAP.length() + piece.length() > limit) {
                messages.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : GAP).append(piece);
        }
        if (!current.isEmpty()) {
            messages.add(current.toString());
        }
        return messages;
    }
}

package org.policydesk.acknowledgements;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Social Media Policy as people acknowledge it, read once from {@code policy/social-media-policy.txt}
 * and cut into headings, paragraphs and lists for the page: a short line that does not end a
 * sentence is a heading, lines starting with "- " are a list, anything else is a paragraph.
 */
@Component
class PolicyText {

    static final String RESOURCE = "policy/social-media-policy.txt";

    private final List<Block> blocks;

    PolicyText() {
        this.blocks = parse(read());
    }

    List<Block> blocks() {
        return blocks;
    }

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String chunk : text.strip().split("\\R\\s*\\R")) {
            List<String> lines = Arrays.stream(chunk.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.stream().allMatch(line -> line.startsWith("- "))) {
                blocks.add(new Block(Block.LIST, null, lines.stream().map(line -> line.substring(2).strip()).toList()));
            } else if (lines.size() == 1 && isHeading(lines.get(0))) {
                blocks.add(new Block(Block.HEADING, lines.get(0), List.of()));
            } else {
                blocks.add(new Block(Block.PARAGRAPH, String.join(" ", lines), List.of()));
            }
        }
        return List.copyOf(blocks);
    }

    private static boolean isHeading(String line) {
        return line.length() <= 70 && !line.matches(".*[.:;,)'\"]$") && !line.contains(":") && !line.startsWith("(");
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The policy text " + RESOURCE + " is missing from the application", e);
        }
    }

    /** A heading, a paragraph (text) or a bulleted list (items). */
    public record Block(String kind, String text, List<String> items) {

        static final String HEADING = "heading";
        static final String PARAGRAPH = "paragraph";
        static final String LIST = "list";
    }
}

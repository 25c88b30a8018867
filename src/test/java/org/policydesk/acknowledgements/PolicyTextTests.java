package org.policydesk.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policydesk.acknowledgements.PolicyText.Block;

/** The policy text cut into headings, paragraphs and lists, as the acknowledgement page shows it. */
class PolicyTextTests {

    @Test
    void shortLinesAreHeadingsDashedLinesAListAndTheRestParagraphs() {
        List<Block> blocks = PolicyText.parse("""
            Scope

            This policy covers:

            - Official use of social media
             - Comments posted by parents/carers

            Date Agreed: Autumn 2017
            """);

        assertThat(blocks).containsExactly(
            new Block("heading", "Scope", List.of()),
            new Block("paragraph", "This policy covers:", List.of()),
            new Block("list", null, List.of("Official use of social media", "Comments posted by parents/carers")),
            new Block("paragraph", "Date Agreed: Autumn 2017", List.of()));
    }

    @Test
    void theSchoolsPolicyIsReadWhole() {
        List<Block> blocks = new PolicyText().blocks();

        assertThat(blocks).extracting(Block::text).contains("Social Media Policy", "Dealing with incidents of online bullying");
        assertThat(blocks).filteredOn(block -> block.kind().equals("paragraph")).extracting(Block::text)
            .anyMatch(text -> text.startsWith("Only the Head Teacher, or in their absence their authorised deputy"));
    }
}

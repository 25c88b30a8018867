package org.policydesk.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+44 20 7946 0000", "-2+3", "@SUM(A1)", "\t=cmd", "\r=cmd",
        "=HYPERLINK(\"http://evil.example\",\"click\")"})
    void textThatASpreadsheetCouldRunIsNeutralisedForCsv(String text) {
        assertThat(SpreadsheetText.looksLikeFormula(text)).isTrue();
        assertThat(SpreadsheetText.forCsv(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Adams", "Siobhán O'Brien", "a=b", "1 Jan 2025", ""})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(SpreadsheetText.looksLikeFormula(text)).isFalse();
        assertThat(SpreadsheetText.forCsv(text)).isEqualTo(text);
    }
}

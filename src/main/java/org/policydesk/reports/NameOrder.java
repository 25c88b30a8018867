package org.policydesk.reports;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders names as a reader looks them up in a printed list: "Łukasz" with the Ls and "Zoë" with
 * the Zs. Java's collator alone puts letters without a decomposition (Ł, Ø, Đ) after Z.
 */
final class NameOrder {

    static final Comparator<String> NAMES = Comparator.comparing(NameOrder::fold, collator())
        .thenComparing(Comparator.naturalOrder());

    private NameOrder() {
    }

    static String fold(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.replace('Ł', 'L').replace('ł', 'l').replace('Ø', 'O').replace('ø', 'o')
            .replace('Đ', 'D').replace('đ', 'd').replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae");
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.UK);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}

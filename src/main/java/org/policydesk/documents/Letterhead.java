package org.policydesk.documents;

import java.util.Arrays;
import java.util.List;

/**
 * What every document says about the school: name, address, logo (a file under the templates
 * folder) and who signs. Templates see it as {@code school}. A signatory the school has not got
 * (no Chair recorded, say) is null, so a letter that needs them is refused naming the field.
 */
public record Letterhead(String schoolId, String name, String address, String logo, Signatory headTeacher,
                         Signatory deputyHead, Signatory chairOfGovernors) {

    /** The address split at its commas, one line each, for the letterhead and envelopes. */
    public List<String> addressLines() {
        return Arrays.stream(address.split(",")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** A school that does not exist, with the default logo: for a document nobody receives. */
    public static Letterhead madeUp() {
        return new Letterhead("sample", "Sample School", "1 School Lane, Sampleton", Letterheads.DEFAULT_LOGO, null,
            null, null);
    }
}

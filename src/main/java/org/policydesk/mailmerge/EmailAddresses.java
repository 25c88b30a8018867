package org.policydesk.mailmerge;

import java.util.regex.Pattern;

/**
 * A plain check that an address can be mailed: one local part, one "@", a domain with a dot. It
 * refuses what an MIS export gets wrong in practice (a missing domain, two addresses in one cell,
 * spaces, "emma.brown@" cut short), not every oddity RFC 5322 allows.
 */
final class EmailAddresses {

    private static final Pattern ADDRESS = Pattern.compile(
        "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private EmailAddresses() {
    }

    static boolean valid(String address) {
        return address.length() <= 254 && address.indexOf('@') <= 64 && ADDRESS.matcher(address).matches();
    }
}

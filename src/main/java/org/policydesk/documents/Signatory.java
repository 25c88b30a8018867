package org.policydesk.documents;

/** Someone who signs a letter or notice, as the letter prints them: "Helen Ellis, Head Teacher". */
public record Signatory(String name, String title) {
}

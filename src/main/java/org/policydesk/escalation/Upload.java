package org.policydesk.escalation;

/**
 * A file someone sent with a report. Only its bytes say what it is: the name it had on their
 * computer and the content type their browser claimed count for nothing.
 */
public record Upload(String fileName, byte[] content) {

    public Upload {
        content = content == null ? new byte[0] : content;
    }

    @Override
    public String toString() {
        return "Upload[" + fileName + ", " + content.length + " bytes]";
    }
}

package org.policydesk.notifications;

/**
 * A record's reference as letters, registers and the governors' report print it (OU-7,
 * INC-0042, HO-0003): what an email names instead of anyone's name.
 */
final class RecordReferences {

    private RecordReferences() {
    }

    static String of(String recordType, String recordId) {
        if (recordId == null) {
            return "no record";
        }
        if (!recordId.matches("\\d{1,18}")) {
            return recordId;
        }
        long id = Long.parseLong(recordId);
        return switch (recordType == null ? "" : recordType) {
            case "official-user" -> "OU-" + id;
            case "incident" -> String.format("INC-%04d", id);
            case "handover" -> String.format("HO-%04d", id);
            case "acknowledgement-round" -> String.format("ACK-%04d", id);
            default -> (recordType == null ? "record" : recordType) + " " + id;
        };
    }
}

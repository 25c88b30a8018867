package org.policydesk.commandline;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** The batch commands, each with the options it takes (flags take no value). */
enum Command {
    MERGE("merge", List.of("contacts", "school", "year"), List.of("return-by"), Set.of("send")),
    REGISTER("register", List.of("school", "kind", "format"), List.of(), Set.of()),
    GOVERNORS_REPORT("governors-report", List.of("school", "term"), List.of(), Set.of()),
    VERIFY_AUDIT("verify-audit", List.of(), List.of("school"), Set.of()),
    ROTATE_KEY("rotate-key", List.of(), List.of(), Set.of("servers-stopped")),
    BACKUP("backup", List.of("to"), List.of(), Set.of()),
    RESTORE("restore", List.of("from", "into"), List.of(), Set.of()),
    RE_ENABLE_SIGN_IN("re-enable-sign-in", List.of("user"), List.of("reason"), Set.of()),
    HELP("help", List.of(), List.of(), Set.of());

    private final String word;
    private final List<String> required;
    private final List<String> optional;
    private final Set<String> flags;

    Command(String word, List<String> required, List<String> optional, Set<String> flags) {
        this.word = word;
        this.required = required;
        this.optional = optional;
        this.flags = flags;
    }

    String word() {
        return word;
    }

    List<String> required() {
        return required;
    }

    boolean takes(String option) {
        return required.contains(option) || optional.contains(option) || flags.contains(option);
    }

    boolean isFlag(String option) {
        return flags.contains(option);
    }

    List<String> options() {
        return java.util.stream.Stream.of(required, optional, List.copyOf(flags)).flatMap(List::stream)
            .map(option -> "--" + option).toList();
    }

    static Command of(String word) {
        String lower = word.toLowerCase(java.util.Locale.UK);
        if (lower.equals("--help") || lower.equals("-h")) {
            return HELP;
        }
        return Arrays.stream(values()).filter(command -> command.word.equals(lower)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("There is no command '" + word + "'. The commands are "
                + String.join(", ", Arrays.stream(values()).map(Command::word).toList()) + "."));
    }

    /** Whether the command needs PolicyDesk started (its database, engine and documents): all but help and restore. */
    boolean startsPolicyDesk() {
        return this != HELP && this != RESTORE;
    }

    /** "merge, register, ... or help": every command, as the messages list them. */
    static String inWords() {
        List<String> words = Arrays.stream(values()).map(Command::word).toList();
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }
}

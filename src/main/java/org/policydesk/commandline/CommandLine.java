package org.policydesk.commandline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words after {@code java -jar policydesk.jar}: a command, its options ({@code --school keston}
 * or {@code --school=keston}) and any Spring settings ({@code --spring.datasource.url=...}: a name
 * with a dot and a value), which are passed on to Spring untouched.
 */
record CommandLine(Command command, Map<String, String> options, Set<String> flags, List<String> springArguments) {

    private static final Pattern SPRING_SETTING = Pattern.compile("--[A-Za-z0-9_-]+(\\.[A-Za-z0-9_\\[\\]-]+)+=.*");

    static CommandLine parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("Name a command: " + Command.inWords() + ".");
        }
        Command command = Command.of(args[0]);
        Map<String, String> options = new LinkedHashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        List<String> spring = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (SPRING_SETTING.matcher(arg).matches()) {
                spring.add(arg);
                continue;
            }
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("'" + arg + "' is not an option of " + command.word()
                    + (command.options().isEmpty() ? ", which takes none." : "; it takes " + String.join(", ",
                    command.options()) + "."));
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (!command.takes(name)) {
                throw new IllegalArgumentException("'" + command.word() + "' has no option --" + name
                    + (command.options().isEmpty() ? "." : "; it takes " + String.join(", ", command.options()) + "."));
            }
            if (command.isFlag(name)) {
                if (value != null) {
                    throw new IllegalArgumentException("--" + name + " takes no value.");
                }
                flags.add(name);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException("--" + name + " needs a value.");
                }
                value = args[++i];
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException("--" + name + " needs a value.");
            }
            if (options.put(name, value.strip()) != null) {
                throw new IllegalArgumentException("--" + name + " is given twice.");
            }
        }
        List<String> missing = command.required().stream().filter(name -> !options.containsKey(name))
            .map(name -> "--" + name).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("'" + command.word() + "' needs " + String.join(", ", missing) + ".");
        }
        return new CommandLine(command, options, flags, spring);
    }

    String option(String name) {
        return options.get(name);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}

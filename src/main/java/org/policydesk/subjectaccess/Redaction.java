package org.policydesk.subjectaccess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;

/**
 * Takes other people's personal data out of what is disclosed to one person. Everyone in the
 * school's people register who is neither the person nor someone the person already knows as
 * family (a parent's own children, a pupil's own parents) is redacted wherever their full name,
 * any part of their name, their email address or their sign-in appears. Role words ("Head
 * Teacher") and the school's name stay. A sign-in that acted on a record is shown as its holder's
 * role, which is what the person is entitled to know: that the Head Teacher decided, not who the
 * Head Teacher is at home.
 */
final class Redaction {

    static final String REDACTED = "[redacted]";

    private final Person subject;
    private final Map<Long, Person> known = new HashMap<>();
    private final Map<String, String> roleBySignIn = new HashMap<>();
    private final Set<Long> everyoneElse = new HashSet<>();
    private final List<Pattern> patterns = new ArrayList<>();

    Redaction(Person subject, List<Person> family, List<Person> everyone, String schoolName) {
        this.subject = subject;
        known.put(subject.id(), subject);
        family.forEach(person -> known.put(person.id(), person));
        Set<String> kept = new HashSet<>(words(schoolName));
        known.values().forEach(person -> kept.addAll(words(person.fullName())));
        everyone.forEach(person -> kept.addAll(words(person.roleTitle())));

        List<String> phrases = new ArrayList<>();
        List<String> nameParts = new ArrayList<>();
        for (Person other : everyone) {
            if (known.containsKey(other.id())) {
                continue;
            }
            everyoneElse.add(other.id());
            if (other.userId() != null) {
                roleBySignIn.put(other.userId(), other.roleTitle() == null || other.roleTitle().isBlank()
                    ? REDACTED : other.roleTitle());
                phrases.add(other.userId());
            }
            phrases.add(other.fullName());
            if (other.email() != null) {
                phrases.add(other.email());
            }
            words(other.fullName()).stream().filter(word -> !kept.contains(word)).forEach(nameParts::add);
        }
        // Longest first, so "Oliver Smith" goes as a whole before "Smith" alone would be looked at.
        phrases.sort(Comparator.comparingInt(String::length).reversed());
        phrases.stream().filter(phrase -> !phrase.isBlank()).distinct().forEach(phrase -> patterns.add(
            Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        // Single name parts are matched as written (capitalised), so "will" is left alone even if someone is "Will".
        nameParts.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
            .forEach(part -> patterns.add(
                Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(part) + "(?![\\p{L}\\p{N}])")));
    }

    Person subject() {
        return subject;
    }

    /** Free text with every other person taken out. */
    String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern pattern : patterns) {
            result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(REDACTED));
        }
        return result;
    }

    /** Who acted, in words: the person, "PolicyDesk" for the engine, or another's role. */
    String who(String userId) {
        if (userId == null || userId.isBlank()) {
            return null;
        }
        if (Actor.SYSTEM.equals(userId)) {
            return "PolicyDesk";
        }
        if (userId.equals(subject.userId())) {
            return subject.fullName();
        }
        return roleBySignIn.getOrDefault(userId, REDACTED);
    }

    /** A person named by their id in another register: the person or their family by name, anyone else redacted. */
    Object person(Object personId) {
        if (!(personId instanceof Number number)) {
            return personId;
        }
        Person person = known.get(number.longValue());
        return person != null ? person.fullName() : REDACTED;
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return List.of(text.split("[^\\p{L}\\p{N}'’-]+")).stream().filter(word -> word.length() >= 2).toList();
    }
}

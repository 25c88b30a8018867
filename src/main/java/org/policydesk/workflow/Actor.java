package org.policydesk.workflow;

import java.util.Collection;
import java.util.Set;

/** Someone acting in PolicyDesk: their sign-in, their school and their groups. */
public record Actor(String userId, String schoolId, Set<String> groups) {

    /** The engine itself, for timers and automatic steps. */
    public static final String SYSTEM = "policydesk";

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public boolean isInAny(Collection<String> candidates) {
        return candidates.stream().anyMatch(this::isIn);
    }

    public boolean isInAny(String... candidates) {
        for (String group : candidates) {
            if (isIn(group)) {
                return true;
            }
        }
        return false;
    }
}

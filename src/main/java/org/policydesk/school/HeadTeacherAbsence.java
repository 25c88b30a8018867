package org.policydesk.school;

import java.time.LocalDate;

/** A recorded absence of the Head Teacher; while it is in force the named deputy acts for them. */
public record HeadTeacherAbsence(long id, String schoolId, String deputyUserId, LocalDate startsOn,
                                 LocalDate endsOn, String reason) {

    public boolean inForceOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}

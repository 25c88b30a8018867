package org.policydesk.subjectaccess;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.stereotype.Component;

/**
 * The response to a subject access request is due one calendar month after the day it was
 * received (ICO: received 3 January, due 3 February; where the next month has no such day, its
 * last day: received 31 January, due 28 or 29 February). Unlike the school's own deadlines this is
 * the law's, so no school may change it. Read by the model as
 * {@code ${subjectAccessDeadlines.response(receivedOn)}}; the task is due at the end of that day.
 */
@Component("subjectAccessDeadlines")
public class SubjectAccessDeadlines {

    private final Clock clock;

    SubjectAccessDeadlines(Clock clock) {
        this.clock = clock;
    }

    /** The last moment of the due day: the person may be answered at any time that day. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    public static LocalDate dueOn(LocalDate receivedOn) {
        return receivedOn.plusMonths(1);
    }

    public Date response(String receivedOn) {
        return Date.from(dueOn(LocalDate.parse(receivedOn)).atTime(END_OF_DAY).atZone(clock.getZone())
            .toInstant());
    }
}

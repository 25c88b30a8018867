package org.policydesk.escalation;

import java.util.List;
import java.util.Optional;

import org.policydesk.escalation.IncidentPages.RegisterRow;
import org.policydesk.web.HomeSection;
import org.policydesk.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The home page's incidents: the latest reports for the register's readers (with who posted them
 * only for the leadership team, the Head Teacher and the office), and for everyone else the
 * comments they reported themselves.
 */
@Component
class RecentIncidents implements HomeSection {

    private static final int SHOWN = 5;

    private final IncidentService incidents;
    private final IncidentPages pages;

    RecentIncidents(IncidentService incidents, IncidentPages pages) {
        this.incidents = incidents;
        this.pages = pages;
    }

    @Override
    public String view() {
        return "escalation/home-section";
    }

    @Override
    public Optional<Object> modelFor(Actor actor) {
        boolean register = IncidentReaders.mayReadRegister(actor);
        List<Incident> recent = incidents.register(actor.schoolId()).stream()
            .filter(incident -> register || actor.userId().equals(incident.reportedBy()))
            .limit(SHOWN).toList();
        return Optional.of(new Recent(register ? "Recent incidents" : "Comments you reported",
            pages.rows(recent, register && IncidentReaders.maySeeNames(actor)), register));
    }

    public record Recent(String heading, List<RegisterRow> rows, boolean register) {
    }
}

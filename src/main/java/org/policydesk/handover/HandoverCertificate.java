package org.policydesk.handover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policydesk.accounts.Account;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.documents.DocumentTemplates;
import org.policydesk.documents.Documents;
import org.policydesk.documents.Letterhead;
import org.policydesk.documents.Letterheads;
import org.policydesk.documents.RecordRef;
import org.policydesk.documents.Signatory;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.people.PersonKind;
import org.policydesk.workflow.Actor;
import org.springframework.stereotype.Component;

/**
 * The certificate at the end of a handover: every account the leaver used and what was done with
 * it, certified by the Head Teacher (by the Chair when the Head Teacher is the one leaving).
 */
@Component
class HandoverCertificate {

    private final Documents documents;
    private final Letterheads letterheads;
    private final AccountRegister accounts;
    private final People people;

    HandoverCertificate(Documents documents, Letterheads letterheads, AccountRegister accounts, People people) {
        this.documents = documents;
        this.letterheads = letterheads;
        this.accounts = accounts;
        this.people = people;
    }

    void issue(Handover handover, List<HandoverStep> steps, Person leaver, boolean leaverIsHeadTeacher) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("person", Map.of("name", leaver.fullName(), "role", String.valueOf(leaver.roleTitle())));
        fields.put("reason", switch (handover.reason()) {
            case REVOKED -> "Official use revoked";
            case LEFT -> leaver.kind() == PersonKind.GOVERNOR ? "End of appointment as governor" : "End of employment";
        });
        fields.put("startedOn", handover.startedAt().toLocalDate());
        fields.put("completedOn", handover.completedAt().toLocalDate());
        fields.put("accounts", steps.stream().map(this::account).toList());
        fields.put("assistance", switch (handover.leaverAssistance()) {
            case FULL -> "Full";
            case PARTIAL -> "Partial";
            case NONE -> "None";
        });
        fields.put("assistanceNote", handover.assistanceNote());
        fields.put("outcome", handover.outcome());
        fields.put("certifiedBy", certifier(handover.schoolId(), leaverIsHeadTeacher));
        fields.put("reference", String.format("HO-%04d", handover.id()));
        documents.issueFor(RecordRef.of(handover.schoolId(), HandoverProcess.RECORD_TYPE, handover.id()),
            "handover-certificate", DocumentTemplates.HANDOVER_CERTIFICATE, fields, Actor.SYSTEM);
    }

    private Map<String, Object> account(HandoverStep step) {
        Account account = accounts.get(step.accountId());
        Map<String, Object> row = new HashMap<>();
        row.put("platform", account.platform());
        row.put("handle", account.handle());
        row.put("surrendered", step.surrenderedItems().stream().map(SurrenderedItem::label)
            .collect(Collectors.joining(", ")));
        row.put("surrenderedOn", step.surrenderedAt() == null ? null : step.surrenderedAt().toLocalDate());
        row.put("rotatedOn", step.rotatedAt() == null ? null : step.rotatedAt().toLocalDate());
        row.put("outcome", step.disposition() == AccountDisposition.CANCELLED ? "Cancelled" : "Transferred");
        row.put("transferredTo", switch (step.disposition()) {
            case TRANSFERRED -> people.get(step.transferredTo()).fullName();
            case TO_SCHOOL_OFFICE -> "The school office";
            case CANCELLED -> null;
        });
        row.put("closedOn", step.disposedAt() == null ? null : step.disposedAt().toLocalDate());
        return row;
    }

    private Map<String, Object> certifier(String schoolId, boolean leaverIsHeadTeacher) {
        Letterhead letterhead = letterheads.of(schoolId);
        List<Signatory> order = new ArrayList<>();
        order.add(leaverIsHeadTeacher ? letterhead.chairOfGovernors() : letterhead.headTeacher());
        order.add(letterhead.chairOfGovernors());
        return order.stream().filter(java.util.Objects::nonNull).findFirst()
            .map(signatory -> Map.<String, Object>of("name", signatory.name(), "title", signatory.title()))
            .orElse(Map.of());
    }
}

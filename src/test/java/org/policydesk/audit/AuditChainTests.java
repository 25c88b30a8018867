package org.policydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policydesk.ProcessTestSupport;
import org.policydesk.officialuse.OfficialUseService;
import org.springframework.beans.factory.annotation.Autowired;

class AuditChainTests extends ProcessTestSupport {

    @Autowired AuditChain chain;
    @Autowired OfficialUseService officialUse;

    @Test
    void aTrailWrittenByTheApplicationVerifies() {
        officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports news");

        AuditChain.Verification verification = chain.verify("keston");

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(entryIds().size()).isGreaterThanOrEqualTo(3);
        assertThat(verification.describe()).contains("intact");
    }

    @Test
    void anEditedEntryIsPinpointed() {
        officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports news");
        long edited = entryIds().get(2);

        jdbc.sql("update audit_entry set actor = 'someone-else' where id = ?").param(edited).update();

        AuditChain.Verification verification = chain.verify("keston");
        assertThat(verification.intact()).isFalse();
        assertThat(verification.brokenAtEntry()).isEqualTo(edited);
        assertThat(verification.describe()).contains("broken at entry " + edited, "changed after it was written");
    }

    @Test
    void aDeletedEntryIsPinpointedAtTheOneThatFollowedIt() {
        officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports news");
        List<Long> ids = entryIds();

        jdbc.sql("delete from audit_entry where id = ?").param(ids.get(1)).update();

        AuditChain.Verification verification = chain.verify("keston");
        assertThat(verification.brokenAtEntry()).isEqualTo(ids.get(2));
        assertThat(verification.problem()).contains("does not follow");
    }

    @Test
    void removingTheNewestEntryIsNoticedToo() {
        List<Long> ids = entryIds();

        jdbc.sql("delete from audit_entry where id = ?").param(ids.get(ids.size() - 1)).update();

        assertThat(chain.verify("keston").problem()).contains("newest entries are missing");
    }

    @Test
    void anEntryWrittenBeforeOriginsWereRecordedKeepsTheHashItWasWrittenWith() throws Exception {
        AuditEntry legacy = new AuditEntry(1, "keston", LocalDateTime.parse("2026-03-02T09:15:30.125"), "hellis",
            "request-approved", "official-user", "4", "Approved", null, null);

        // The canonical text as PolicyDesk hashed it before V61 added the origin column.
        String before = String.join("\u001f", AuditChain.GENESIS, "keston", "2026-03-02T09:15:30.125", "hellis",
            "request-approved", "official-user", "4", "Approved", "\u0000");
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(before.getBytes(StandardCharsets.UTF_8)));

        assertThat(AuditChain.hash(AuditChain.GENESIS, legacy)).isEqualTo(expected);
        AuditEntry withOrigin = new AuditEntry(1, "keston", legacy.occurredAt(), "hellis", "request-approved",
            "official-user", "4", "Approved", null, "192.0.2.1");
        assertThat(AuditChain.hash(AuditChain.GENESIS, withOrigin)).isNotEqualTo(expected);
    }

    @Test
    void theOriginIsCoveredByTheHashSoChangingOrRemovingItIsPinpointed() {
        officialUse.request(actor("tbaker"), person("tbaker").id(), "Sports news");
        List<Long> ids = entryIds();
        assertThat(jdbc.sql("select origin from audit_entry where id = ?").param(ids.get(1)).query(String.class).single())
            .isNotNull();

        jdbc.sql("update audit_entry set origin = '10.9.9.9' where id = ?").param(ids.get(1)).update();
        assertThat(chain.verify("keston").brokenAtEntry()).isEqualTo(ids.get(1));

        jdbc.sql("update audit_entry set origin = null where id = ?").param(ids.get(1)).update();
        assertThat(chain.verify("keston").brokenAtEntry()).isEqualTo(ids.get(1));
    }

    private List<Long> entryIds() {
        return jdbc.sql("select id from audit_entry where school_id = 'keston' order by id").query(Long.class).list();
    }
}

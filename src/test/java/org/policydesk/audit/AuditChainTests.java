package org.policydesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

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

    private List<Long> entryIds() {
        return jdbc.sql("select id from audit_entry where school_id = 'keston' order by id").query(Long.class).list();
    }
}

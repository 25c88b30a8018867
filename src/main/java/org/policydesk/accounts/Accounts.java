package org.policydesk.accounts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.policydesk.database.RecordRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class Accounts {

    private static final String COLUMNS =
        "id, school_id, holder_person_id, platform, handle, login_id, status, recorded_at, last_rotated_at";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(String schoolId, long holderPersonId, String platform, String handle, String loginId, String sealed,
             String recordedBy, LocalDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into accounts_account (school_id, holder_person_id, platform, handle, login_id, secret_sealed,
                                              status, recorded_by, recorded_at, last_rotated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(schoolId, holderPersonId, platform, handle, loginId, sealed, AccountStatus.ACTIVE.name(),
                    recordedBy, at, at)
            .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Account> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from accounts_account where id = ?").param(id)
            .query(RecordRows.of(Account.class)).optional();
    }

    String sealedSecret(long id) {
        return jdbc.sql("select secret_sealed from accounts_account where id = ?").param(id)
            .query(String.class).single();
    }

    List<Account> activeHeldBy(long personId) {
        return jdbc.sql("select " + COLUMNS + " from accounts_account where holder_person_id = ? and status = 'ACTIVE' order by id")
            .param(personId).query(RecordRows.of(Account.class)).list();
    }

    List<Account> ofSchool(String schoolId) {
        return jdbc.sql("select " + COLUMNS + " from accounts_account where school_id = ? order by platform, handle")
            .param(schoolId).query(RecordRows.of(Account.class)).list();
    }

    /** Every account's id and sealed secret, for re-sealing under a new key. */
    List<SealedSecret> allSealed() {
        return jdbc.sql("select id, school_id, secret_sealed from accounts_account order by id")
            .query(RecordRows.of(SealedSecret.class)).list();
    }

    record SealedSecret(long id, String schoolId, String secretSealed) {
    }

    void reseal(long id, String sealed) {
        jdbc.sql("update accounts_account set secret_sealed = ? where id = ?").params(sealed, id).update();
    }

    void replaceSecret(long id, String sealed, LocalDateTime at) {
        jdbc.sql("update accounts_account set secret_sealed = ?, last_rotated_at = ? where id = ?")
            .params(sealed, at, id).update();
    }

    void changeHolder(long id, Long holderPersonId, AccountStatus status) {
        jdbc.sql("update accounts_account set holder_person_id = ?, status = ? where id = ?")
            .params(holderPersonId, status.name(), id).update();
    }
}

package org.policydesk.accounts;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.policydesk.audit.AuditTrail;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.policydesk.workflow.Groups;
import org.policydesk.workflow.NotEntitledException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's secure record of official users' accounts. Secrets go in sealed and come out only
 * through {@link #reveal}, which is audited.
 */
@Service
@Transactional
public class AccountRegister {

    static final String RECORD_TYPE = "account";

    private final Accounts accounts;
    private final SecretCipher cipher;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    AccountRegister(Accounts accounts, SecretCipher cipher, People people, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.cipher = cipher;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** An official user (or the office for them) records an account they will use for the school. */
    public long record(Actor actor, long holderPersonId, AccountDetails details) {
        Person holder = people.get(holderPersonId);
        boolean self = actor.userId().equals(holder.userId());
        if (!self && !actor.isIn(Groups.OFFICE)) {
            throw new NotEntitledException("Only the official user or the school office may record their accounts.");
        }
        details.validate();
        long id = accounts.add(holder.schoolId(), holderPersonId, details.platform(), details.handle(),
            details.loginId(), cipher.seal(details.secret()), actor.userId(), LocalDateTime.now(clock));
        audit.record(holder.schoolId(), actor.userId(), "account-recorded", RECORD_TYPE, id,
            details.platform() + " " + details.handle() + " for " + holder.fullName(), null);
        return id;
    }

    public List<Account> activeHeldBy(long personId) {
        return accounts.activeHeldBy(personId);
    }

    public List<Account> ofSchool(String schoolId) {
        return accounts.ofSchool(schoolId);
    }

    public Account get(long accountId) {
        return accounts.find(accountId)
            .orElseThrow(() -> new IllegalArgumentException("There is no account with id " + accountId + "."));
    }

    /** The school changes the password or token after someone who knew it has gone. */
    public void rotateSecret(Actor actor, long accountId, Secret newSecret, String reason) {
        Account account = get(accountId);
        requireSchoolRole(actor, account, "change an account's password");
        accounts.replaceSecret(accountId, cipher.seal(newSecret), LocalDateTime.now(clock));
        audit.record(account.schoolId(), actor.userId(), "account-secret-rotated", RECORD_TYPE, accountId,
            account.platform() + " " + account.handle(), reason);
    }

    public void transfer(Actor actor, long accountId, Long toPersonId, String reason) {
        Account account = get(accountId);
        requireSchoolRole(actor, account, "transfer an account");
        String to = toPersonId == null ? "the school office" : people.get(toPersonId).fullName();
        accounts.changeHolder(accountId, toPersonId, AccountStatus.ACTIVE);
        audit.record(account.schoolId(), actor.userId(), "account-transferred", RECORD_TYPE, accountId,
            account.platform() + " " + account.handle() + " to " + to, reason);
    }

    public void cancel(Actor actor, long accountId, String reason) {
        Account account = get(accountId);
        requireSchoolRole(actor, account, "cancel an account");
        accounts.changeHolder(accountId, account.holderPersonId(), AccountStatus.CANCELLED);
        audit.record(account.schoolId(), actor.userId(), "account-cancelled", RECORD_TYPE, accountId,
            account.platform() + " " + account.handle(), reason);
    }

    /** Shows a secret to the Head Teacher or the office, for a stated reason, and audits it. */
    public Secret reveal(Actor actor, long accountId, String reason) {
        Account account = get(accountId);
        if (!actor.schoolId().equals(account.schoolId()) || !actor.isInAny(Groups.HEAD_TEACHER, Groups.OFFICE)) {
            throw new NotEntitledException("Only the Head Teacher or the school office may see an account's password.");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why you need to see the password before it is shown.");
        }
        audit.record(account.schoolId(), actor.userId(), "account-secret-revealed", RECORD_TYPE, accountId,
            account.platform() + " " + account.handle(), reason);
        return cipher.open(accounts.sealedSecret(accountId));
    }

    private static void requireSchoolRole(Actor actor, Account account, String what) {
        if (!actor.schoolId().equals(account.schoolId()) || !actor.isInAny(Groups.OFFICE, Groups.HEAD_TEACHER)) {
            throw new NotEntitledException("Only the school office or the Head Teacher may " + what + ".");
        }
    }
}

package org.policydesk.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policydesk.accounts.Account;
import org.policydesk.accounts.AccountRegister;
import org.policydesk.officialuse.OfficialUseService;
import org.policydesk.officialuse.OfficialUser;
import org.policydesk.officialuse.StatusChange;
import org.policydesk.people.People;
import org.policydesk.people.Person;
import org.policydesk.workflow.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads each register from its feature's public service (official users, accounts) or from its
 * tables (incidents, handovers, acknowledgements), in one read-only transaction so a register is a
 * consistent snapshot. Account secrets are never read: {@link Account} does not carry them.
 */
@Component
class RegisterSources {

    private final OfficialUseService officialUse;
    private final AccountRegister accounts;
    private final People people;
    private final RegisterRows rows;
    private final Clock clock;

    RegisterSources(OfficialUseService officialUse, AccountRegister accounts, People people, RegisterRows rows,
                    Clock clock) {
        this.officialUse = officialUse;
        this.accounts = accounts;
        this.people = people;
        this.rows = rows;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Register build(String schoolId, RegisterKind kind) {
        return switch (kind) {
            case OFFICIAL_USERS -> officialUsers(schoolId);
            case ACCOUNTS -> accounts(schoolId);
            case INCIDENTS -> register(schoolId, kind, "Every comment about the school that was reported, how it was "
                + "dealt with and the outcome.", new RegisterTable("Incidents", List.of(
                    Column.text("Ref.", 11), Column.date("Reported"), Column.text("Platform", 14),
                    Column.text("Posted by", 12), Column.text("Category", 22), Column.text("Path", 16),
                    Column.text("Serious", 8), Column.text("Status", 12), Column.text("Removed", 9),
                    Column.text("Outcome", 14), Column.date("Closed")), rows.incidents(schoolId)));
            case HANDOVERS -> register(schoolId, kind, "Handovers of school social media accounts when official use "
                + "ended.", new RegisterTable("Handovers", List.of(
                    Column.text("Ref.", 10), Column.text("Leaver", 22), Column.text("Role", 22), Column.text("Reason", 18),
                    Column.text("Status", 12), Column.date("Started"), Column.date("Completed"),
                    Column.number("Accounts", 9), Column.text("Assistance", 12), Column.text("Outcome", 40)),
                    rows.handovers(schoolId)));
            case ACKNOWLEDGEMENTS -> acknowledgements(schoolId);
        };
    }

    private Register officialUsers(String schoolId) {
        Names names = new Names(schoolId);
        List<List<Object>> current = new ArrayList<>();
        List<List<Object>> history = new ArrayList<>();
        for (OfficialUser user : officialUse.register(schoolId)) {
            Person person = people.get(user.personId());
            if (user.status().isCurrent()) {
                current.add(cells(person.fullName(), person.roleTitle(), Labels.of(person.kind()),
                    Labels.of(user.status()), user.purpose(), day(user.requestedAt()), names.of(user.decidedBy()),
                    day(user.decidedAt()), day(user.guidanceAcknowledgedAt())));
            }
            for (StatusChange change : officialUse.history(user.id())) {
                history.add(cells(person.fullName(), Labels.of(change.status()), names.of(change.changedBy()),
                    change.changedAt(), change.reason()));
            }
        }
        history.sort(Comparator.comparing(row -> (LocalDateTime) row.get(3)));
        return register(schoolId, RegisterKind.OFFICIAL_USERS, "Who may use social media on behalf of the school, "
                + "and every change to official use since records began.",
            new RegisterTable("Current official users", List.of(Column.text("Name", 22), Column.text("Role", 22),
                Column.text("Type", 10), Column.text("Status", 11), Column.text("Approved for", 34),
                Column.date("Requested"), Column.text("Approved by", 18), Column.date("Approved"),
                Column.date("Guidance read")), current),
            new RegisterTable("History", List.of(Column.text("Name", 22), Column.text("Status", 11),
                Column.text("Changed by", 20), Column.dateTime("When"), Column.text("Reason", 70)), history));
    }

    private Register accounts(String schoolId) {
        Map<Long, String> holders = new HashMap<>();
        List<List<Object>> table = new ArrayList<>();
        List<Account> all = new ArrayList<>(accounts.ofSchool(schoolId));
        all.sort(Comparator.comparing(Account::status).thenComparing(Account::platform).thenComparing(Account::handle));
        for (Account account : all) {
            String holder = account.holderPersonId() == null ? "School office"
                : holders.computeIfAbsent(account.holderPersonId(), id -> people.get(id).fullName());
            table.add(cells(account.platform(), account.handle(), holder, Labels.of(account.status()),
                day(account.recordedAt()), day(account.lastRotatedAt())));
        }
        return register(schoolId, RegisterKind.ACCOUNTS, "The school's social media accounts and who holds them. "
                + "Passwords and other secrets are never printed.",
            new RegisterTable("Accounts", List.of(Column.text("Platform", 14), Column.text("Account", 34),
                Column.text("Holder", 24), Column.text("Status", 11), Column.date("Recorded"),
                Column.date("Last password change")), table));
    }

    private Register acknowledgements(String schoolId) {
        List<List<Object>> outstanding = new ArrayList<>();
        List<List<Object>> done = new ArrayList<>();
        for (List<Object> row : rows.acknowledgements(schoolId)) {
            (row.get(4) == null ? outstanding : done).add(row);
        }
        // Latest round first, then by name as a reader sorts it ("Łukasz" with the Ls), not by code point.
        Comparator<List<Object>> order = Comparator.<List<Object>, LocalDate>comparing(row -> (LocalDate) row.get(3))
            .reversed().thenComparing(row -> (String) row.get(0), NameOrder.NAMES);
        outstanding.sort(order);
        done.sort(order);
        List<Column> columns = List.of(Column.text("Name", 24), Column.text("Role", 24),
            Column.text("Acknowledging", 30), Column.date("Asked on"), Column.dateTime("Acknowledged"),
            Column.number("Reminders sent", 10));
        return register(schoolId, RegisterKind.ACKNOWLEDGEMENTS, "Who has and has not acknowledged the Social "
                + "Media Policy and the current guidance for official users.",
            new RegisterTable("Still to acknowledge", columns, outstanding),
            new RegisterTable("Acknowledged", columns, done));
    }

    private Register register(String schoolId, RegisterKind kind, String description, RegisterTable... tables) {
        return new Register(kind, schoolId, kind.title(), description, LocalDateTime.now(clock).withNano(0),
            List.of(tables));
    }

    private static LocalDate day(LocalDateTime at) {
        return at == null ? null : at.toLocalDate();
    }

    private static List<Object> cells(Object... cells) {
        return java.util.Arrays.asList(cells);
    }

    /** Sign-ins as people's names, looked up once per register. */
    private final class Names {

        private final String schoolId;
        private final Map<String, String> known = new HashMap<>();

        Names(String schoolId) {
            this.schoolId = schoolId;
        }

        String of(String userId) {
            if (userId == null) {
                return null;
            }
            if (Actor.SYSTEM.equals(userId)) {
                return "PolicyDesk (automatic)";
            }
            return known.computeIfAbsent(userId,
                id -> people.findByUserId(schoolId, id).map(Person::fullName).orElse(id));
        }
    }
}

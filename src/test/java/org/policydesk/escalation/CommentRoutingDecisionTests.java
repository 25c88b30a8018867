package org.policydesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates {@code processes/comment-routing.dmn} through the engine's DecisionService for every
 * combination of who posted a comment and what it is, against the table below, which is the
 * "Escalation routing" table of DESIGN.md written out cell by cell. Flags after the slash: P =
 * police first, A = report abuse to the platform, L = removal-request letter. UNIQUE hit policy
 * makes the engine fail any combination two rules match.
 */
class CommentRoutingDecisionTests {

    private static final String EXPECTED = """
        what        | PUPIL          | PARENT         | EMPLOYEE       | GOVERNOR       | PUBLIC
        PRAISE      | record         | record         | record         | record         | record
        NEGATIVE    | talkToPupil    | properChannels | policyReminder | policyReminder | record
        COMPLAINT   | talkToPupil    | properChannels | disciplinary   | disciplinary   | record
        DEFAMATORY  | removal/A      | removal/AL     | disciplinary   | disciplinary   | removal/A
        BULLYING    | antiBullying   | removal/L      | disciplinary   | disciplinary   | removal/A
        RACIST      | antiBullying/P | removal/PL     | disciplinary/P | disciplinary/P | removal/PA
        VIOLENCE    | antiBullying/P | removal/PL     | disciplinary/P | disciplinary/P | removal/PA
        """;

    private static ProcessEngine engine;

    @BeforeAll
    static void deployTheDecision() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
            .setJdbcUrl("jdbc:h2:mem:comment-routing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=1000")
            .setJobExecutorActivate(false)
            .setProcessEngineName("comment-routing-" + UUID.randomUUID())
            .buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("processes/comment-routing.dmn").deploy();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void expectedTableCoversEveryCombination() {
        assertThat(expected()).hasSize(WhatItIs.values().length);
        expected().values().forEach(row -> assertThat(row).hasSize(WhoPosted.values().length));
    }

    @ParameterizedTest(name = "{1} posted by {0}")
    @MethodSource("everyCombination")
    void routesEveryCombinationAsThePolicySays(WhoPosted whoPosted, WhatItIs whatItIs) {
        DmnDecisionResult result = engine.getDecisionService().evaluateDecisionByKey(EscalationProcess.DECISION_KEY)
            .variables(Variables.createVariables().putValue("whoPosted", whoPosted.name())
                .putValue("whatItIs", whatItIs.name()))
            .evaluate();

        assertThat(result).as("rules matched").hasSize(1);
        Map<String, Object> outputs = result.getSingleResult().getEntryMap();
        String cell = expected().get(whatItIs).get(whoPosted);
        String flags = cell.contains("/") ? cell.substring(cell.indexOf('/') + 1) : "";
        assertThat(outputs).containsOnlyKeys("path", "policeFirst", "reportAbuse", "removalLetter")
            .containsEntry("path", cell.contains("/") ? cell.substring(0, cell.indexOf('/')) : cell)
            .containsEntry("policeFirst", flags.contains("P"))
            .containsEntry("reportAbuse", flags.contains("A"))
            .containsEntry("removalLetter", flags.contains("L"));
        assertThat(EscalationPath.fromDecision((String) outputs.get("path"))).isNotNull();
    }

    static Stream<Arguments> everyCombination() {
        return Arrays.stream(WhatItIs.values())
            .flatMap(what -> Arrays.stream(WhoPosted.values()).map(who -> Arguments.of(who, what)));
    }

    private static Map<WhatItIs, Map<WhoPosted, String>> expected() {
        String[] lines = EXPECTED.strip().split("\n");
        WhoPosted[] columns = Arrays.stream(lines[0].split("\\|")).skip(1).map(String::strip)
            .map(WhoPosted::valueOf).toArray(WhoPosted[]::new);
        Map<WhatItIs, Map<WhoPosted, String>> table = new EnumMap<>(WhatItIs.class);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split("\\|");
            Map<WhoPosted, String> row = new EnumMap<>(WhoPosted.class);
            for (int c = 0; c < columns.length; c++) {
                row.put(columns[c], cells[c + 1].strip());
            }
            table.put(WhatItIs.valueOf(cells[0].strip()), row);
        }
        return table;
    }
}

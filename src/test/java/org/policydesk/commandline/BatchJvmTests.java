package org.policydesk.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policydesk.PolicyDeskApplication;

/** When a batch command moves to a C1-only JVM, and the command line that JVM gets. */
class BatchJvmTests {

    private static final Optional<String> JAVA = Optional.of("/usr/lib/jvm/java-17/bin/java");
    private static final String[] MERGE = {"merge", "--contacts", "contacts list.csv", "--school", "keston",
        "--year", "2026-27", "--spring.datasource.url=jdbc:h2:file:/srv/policydesk/data"};

    @Test
    void fromTheJarTheCommandRunsInAJvmWithTheSameOptionsPlusC1Only() {
        Optional<List<String>> command = BatchJvm.command(PolicyDeskApplication.class, MERGE, false, Map.of(),
            List.of("-Xmx256m", "-Dfile.encoding=UTF-8"), JAVA, "/srv/policydesk/policydesk.jar",
            "/srv/policydesk/policydesk.jar merge --contacts contacts list.csv --school keston --year 2026-27");

        assertThat(command).contains(List.of("/usr/lib/jvm/java-17/bin/java", "-Xmx256m", "-Dfile.encoding=UTF-8",
            "-XX:TieredStopAtLevel=1", "-jar", "/srv/policydesk/policydesk.jar", "merge", "--contacts",
            "contacts list.csv", "--school", "keston", "--year", "2026-27",
            "--spring.datasource.url=jdbc:h2:file:/srv/policydesk/data"));
    }

    @Test
    void fromAClassPathTheMainClassIsNamed() {
        Optional<List<String>> command = BatchJvm.command(PolicyDeskApplication.class, new String[] {"verify-audit"},
            false, Map.of(), List.of(), JAVA, "target/classes:lib/a.jar", "org.policydesk.PolicyDeskApplication verify-audit");

        assertThat(command).contains(List.of("/usr/lib/jvm/java-17/bin/java", "-XX:TieredStopAtLevel=1", "-cp",
            "target/classes:lib/a.jar", "org.policydesk.PolicyDeskApplication", "verify-audit"));
    }

    @Test
    void spacesInTheJarsPathAndSpringBootsOwnLauncherAreKept() {
        String jar = "/home/office/My Documents/policydesk.jar";
        assertThat(BatchJvm.command(PolicyDeskApplication.class, new String[] {"verify-audit"}, false, Map.of(),
            List.of(), JAVA, jar, jar + " verify-audit")).contains(List.of("/usr/lib/jvm/java-17/bin/java",
                "-XX:TieredStopAtLevel=1", "-jar", jar, "verify-audit"));

        String launcher = "org.springframework.boot.loader.launch.JarLauncher";
        assertThat(BatchJvm.command(PolicyDeskApplication.class, new String[] {"verify-audit"}, false, Map.of(),
            List.of(), JAVA, "policydesk.jar", launcher + " verify-audit")).contains(List.of(
                "/usr/lib/jvm/java-17/bin/java", "-XX:TieredStopAtLevel=1", "-cp", "policydesk.jar", launcher,
                "verify-audit"));
    }

    @Test
    void itStaysInThisJvmWhenTheJvmWasChosenOrTheCommandDoesNotStartPolicyDesk() {
        assertThat(stays(true, Map.of(), List.of(), MERGE)).as("JIT chosen on the command line").isTrue();
        assertThat(stays(false, Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), List.of(), MERGE)).as("JAVA_TOOL_OPTIONS").isTrue();
        assertThat(stays(false, Map.of("JDK_JAVA_OPTIONS", "-Xmx1g"), List.of(), MERGE)).as("JDK_JAVA_OPTIONS").isTrue();
        assertThat(stays(false, Map.of(), List.of("-agentlib:jdwp=transport=dt_socket,address=5005"), MERGE))
            .as("a debugger attached").isTrue();
        assertThat(stays(false, Map.of(), List.of("-javaagent:/opt/agent.jar"), MERGE)).as("an agent").isTrue();
        assertThat(stays(false, Map.of(), List.of(), "help")).as("help").isTrue();
        assertThat(stays(false, Map.of(), List.of(), "restore", "--from", "b.zip", "--into", "/srv/new")).as("restore").isTrue();
        assertThat(stays(false, Map.of(), List.of(), "merge", "--school")).as("input that does not parse").isTrue();
        assertThat(BatchJvm.command(PolicyDeskApplication.class, MERGE, false, Map.of(), List.of(), Optional.empty(),
            "policydesk.jar", "policydesk.jar merge")).as("no java executable known").isEmpty();

        assertThat(stays(false, Map.of(), List.of("-Xmx256m"), MERGE)).as("an ordinary merge moves").isFalse();
    }

    private static boolean stays(boolean stayHere, Map<String, String> environment, List<String> jvmArguments,
                                 String... args) {
        return BatchJvm.command(PolicyDeskApplication.class, args, stayHere, environment, jvmArguments, JAVA,
            "policydesk.jar", "policydesk.jar " + String.join(" ", args)).isEmpty();
    }
}

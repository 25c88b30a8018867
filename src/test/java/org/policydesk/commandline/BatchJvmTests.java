package org.policydesk.commandline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.policydesk.PolicyDeskApplication;

/** When a batch command moves to a C1-only JVM, and what that JVM is given. */
class BatchJvmTests {

    private static final String JAR = "/srv/policydesk/policydesk.jar";
    private static final String[] MERGE = {"merge", "--contacts", "contacts list.csv", "--school", "keston",
        "--year", "2026-27", "--spring.datasource.url=jdbc:h2:file:/srv/policydesk/data"};

    @Test
    void fromTheJarTheCommandRunsInAJvmWithTheSameOptionsPlusC1Only() {
        assertThat(arguments(List.of("-Xmx256m", "-Dfile.encoding=UTF-8"), JAR, JAR + " " + String.join(" ", MERGE), MERGE))
            .contains(List.of("-Xmx256m", "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1",
                "-Dpolicydesk.batch-jvm=child", "-jar", JAR, "merge", "--contacts", "contacts list.csv", "--school",
                "keston", "--year", "2026-27", "--spring.datasource.url=jdbc:h2:file:/srv/policydesk/data"));
    }

    @Test
    void aJarPathWithSpacesStaysWholeAndItsMainClassIsKeptWhenStartedFromAClassPath() {
        String jar = "/home/office/My Documents/PolicyDesk.JAR";
        assertThat(arguments(List.of(), jar, jar + " verify-audit", "verify-audit"))
            .contains(List.of("-XX:TieredStopAtLevel=1", "-Dpolicydesk.batch-jvm=child", "-jar", jar, "verify-audit"));

        String launcher = "org.springframework.boot.loader.launch.JarLauncher";
        assertThat(arguments(List.of(), "policydesk.jar", launcher + " verify-audit", "verify-audit"))
            .contains(List.of("-XX:TieredStopAtLevel=1", "-Dpolicydesk.batch-jvm=child", "-cp", "policydesk.jar",
                launcher, "verify-audit"));

        String own = PolicyDeskApplication.class.getName();
        assertThat(arguments(List.of(), "target/classes:lib/a.jar", own + " verify-audit", "verify-audit"))
            .contains(List.of("-XX:TieredStopAtLevel=1", "-Dpolicydesk.batch-jvm=child", "-cp",
                "target/classes:lib/a.jar", own, "verify-audit"));
    }

    @Test
    void itStaysInThisJvmWhenAnotherJvmWouldNotHelpOrWouldClash() {
        String merge = JAR + " merge";
        assertThat(BatchJvm.arguments(PolicyDeskApplication.class, MERGE, "", true, Map.of(), List.of(), JAR, merge))
            .as("the JIT chosen for this JVM").isEmpty();
        assertThat(BatchJvm.arguments(PolicyDeskApplication.class, MERGE, "same", false, Map.of(), List.of(), JAR, merge))
            .as("-Dpolicydesk.batch-jvm=same").isEmpty();
        assertThat(BatchJvm.arguments(PolicyDeskApplication.class, MERGE, "child", false, Map.of(), List.of(), JAR, merge))
            .as("already the second JVM: never a third").isEmpty();
        for (String variable : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
            assertThat(BatchJvm.arguments(PolicyDeskApplication.class, MERGE, "", false, Map.of(variable, "-Xmx1g"),
                List.of(), JAR, merge)).as(variable).isEmpty();
        }
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket,address=5005", "-javaagent:/opt/agent.jar",
                "-Dcom.sun.management.jmxremote.port=9010", "-XX:StartFlightRecording=filename=batch.jfr",
                "-Xlog:gc:file=gc.log", "-XX:ArchiveClassesAtExit=app.jsa", "-XX:+AlwaysPreTouch",
                "-Dpolicydesk.batch-jvm=child")) {
            assertThat(arguments(List.of("-Xmx256m", option), JAR, merge, MERGE)).as(option).isEmpty();
        }
        assertThat(arguments(List.of(), JAR, JAR + " help", "help")).as("help").isEmpty();
        assertThat(arguments(List.of(), JAR, merge, "restore", "--from", "b.zip", "--into", "/srv/new")).as("restore").isEmpty();
        assertThat(arguments(List.of(), JAR, merge, "merge", "--school")).as("input that does not parse").isEmpty();
        assertThat(arguments(List.of(), "/usr/share/maven/boot/plexus-classworlds.jar:x.jar",
            "org.codehaus.plexus.classworlds.launcher.Launcher exec:java", MERGE)).as("another program's main").isEmpty();

        assertThat(arguments(List.of("-Xmx256m", "-Dspring.profiles.active=office"), JAR, merge, MERGE))
            .as("an ordinary merge moves").isPresent();
    }

    @Test
    void argumentsAreQuotedAsTheJavaLauncherReadsThemFromAFile() {
        assertThat(BatchJvm.quoted("contacts list.csv")).isEqualTo("\"contacts list.csv\"");
        assertThat(BatchJvm.quoted("C:\\data\\say \"hi\"")).isEqualTo("\"C:\\\\data\\\\say \\\"hi\\\"\"");
    }

    private static Optional<List<String>> arguments(List<String> jvmArguments, String classPath, String javaCommand,
                                                    String... args) {
        return BatchJvm.arguments(PolicyDeskApplication.class, args, "", false, Map.of(), jvmArguments, classPath,
            javaCommand);
    }
}

package org.policydesk.commandline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.policydesk.reports.RegisterWarmUp;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Batch work from the built jar: {@code java -jar policydesk.jar merge|register|governors-report|verify-audit|
 * rotate-key|backup|restore|help ...}.
 * The input is checked before PolicyDesk starts; then the application starts without its web server,
 * Camunda's REST API and webapps (they need a servlet container) and without the job executor (the
 * server, if running, does the process work), runs the command and stops. Exit status 0 on success,
 * 2 on bad input with a plain-English message on stderr, 3 when verify-audit finds a broken audit trail,
 * 1 on any other failure.
 */
public final class PolicyDeskCommandLine {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;
    /** verify-audit found an audit trail that was changed outside PolicyDesk. */
    static final int BROKEN = 3;

    /** Settings a batch command always runs with, unless given on the command line. */
    private static final List<String> DEFAULTS = List.of(
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
            + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
        "--camunda.bpm.job-execution.enabled=false",
        "--logging.level.root=WARN",
        // A start that fails is explained in one line on stderr (below), not with Spring's stack trace;
        // --logging.level.org.springframework=WARN and ...SpringApplication=ERROR bring the trace back.
        "--logging.level.org.springframework=ERROR",
        "--logging.level.org.springframework.boot.SpringApplication=OFF",
        "--spring.main.log-startup-info=false");

    private PolicyDeskCommandLine() {
    }

    /** True when the first argument names a command rather than a Spring setting for the server. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("--") || args[0].equals("--help"));
    }

    /** Runs the command on this terminal: in a JVM suited to batch work when that helps (see {@link BatchJvm}). */
    public static int run(Class<?> application, String[] args) {
        OptionalInt elsewhere = BatchJvm.runElsewhere(application, args);
        if (elsewhere.isPresent()) {
            return elsewhere.getAsInt();
        }
        return run(application, args, System.out, System.err);
    }

    static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        Job job;
        try {
            line = CommandLine.parse(args);
            job = Job.prepare(line);
        } catch (IllegalArgumentException e) {
            return badInput(err, e);
        }
        if (!line.command().startsPolicyDesk()) {
            return BatchCommands.withoutTheApplication(job, out, err);
        }
        ConfigurableApplicationContext context;
        try {
            context = start(application, job.makesPdf(), line.springArguments());
        } catch (RuntimeException e) {
            err.println("PolicyDesk could not start: " + rootMessage(e));
            return FAILED;
        }
        try (context) {
            return context.getBean(BatchCommands.class).execute(job, out, err);
        }
    }

    static int badInput(PrintStream err, IllegalArgumentException e) {
        err.println(e.getMessage());
        err.println("Nothing was written. 'java -jar policydesk.jar help' lists the commands.");
        return BAD_INPUT;
    }

    /**
     * PolicyDesk started as a command starts it: no web server, {@code settings} with the command line's
     * own ({@link #DEFAULTS}) for those not given, and for a command that makes PDFs a sample register
     * drawn meanwhile ({@link RegisterWarmUp}).
     */
    public static ConfigurableApplicationContext start(Class<?> application, boolean makesPdf, List<String> settings) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF);
        if (makesPdf) {
            builder.listeners(new RegisterWarmUp());
        }
        return builder.run(springArguments(settings));
    }

    private static String[] springArguments(List<String> given) {
        List<String> all = new ArrayList<>();
        for (String setting : DEFAULTS) {
            String name = setting.substring(0, setting.indexOf('=') + 1);
            if (given.stream().noneMatch(arg -> arg.startsWith(name))) {
                all.add(setting);
            }
        }
        all.addAll(given);
        return all.toArray(String[]::new);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}

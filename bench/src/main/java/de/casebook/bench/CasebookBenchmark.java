package de.casebook.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Steps per second and latency of Casebook case steps at 1, 4 and 8 clients, next to a raw
 * PostgreSQL baseline on the same database at the same concurrency. Run it with bench/run.sh.
 */
public final class CasebookBenchmark {

    private static final int WARM_UP_ROUND = 2000;
    private static final double SETTLED_JIT_SHARE = 0.1;
    private static final int STEP_TYPE_WARM_UP_ROUND = 1000;
    private static final int STEP_TYPE_WARM_UP_MAX = 6000;

    private CasebookBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var options = options(args);
        var url = options.getOrDefault("url", "http://localhost:8080");
        var jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://localhost:5432/postgres");
        if ("read-side".equals(options.get("scenario"))) {
            new ReadSideBenchmark(url, jdbc, options.getOrDefault("db-user", "postgres"),
                    options.getOrDefault("db-password", "")).run(options);
            return;
        }
        if ("as-of".equals(options.get("scenario"))) {
            new AsOfBenchmark(url, jdbc, options.getOrDefault("db-user", "postgres"),
                    options.getOrDefault("db-password", "")).run(options);
            return;
        }
        if ("audit".equals(options.get("scenario"))) {
            new AuditBenchmark(url, jdbc, options.getOrDefault("db-user", "postgres"),
                    options.getOrDefault("db-password", "")).run(options);
            return;
        }
        if ("import".equals(options.get("scenario"))) {
            new ImportBenchmark(url, new StepCost(jdbc, options.getOrDefault("db-user", "postgres"),
                    options.getOrDefault("db-password", ""), Long.parseLong(options.getOrDefault("app-pid", "0"))))
                    .run(options);
            return;
        }
        var steps = Integer.parseInt(options.getOrDefault("steps", "1600"));
        var levels = List.of(options.getOrDefault("clients", "1,4,8").split(",")).stream().map(Integer::parseInt).toList();

        var baseline = new RawPostgresBaseline(jdbc, options.getOrDefault("db-user", "postgres"),
                options.getOrDefault("db-password", ""));
        baseline.prepare();
        var workload = new CaseStepsWorkload(url);
        var appPid = Long.parseLong(options.getOrDefault("app-pid", "0"));
        var cost = new StepCost(jdbc, options.getOrDefault("db-user", "postgres"), options.getOrDefault("db-password", ""),
                appPid);
        var profiler = AppProfiler.of(options.get("profile"), appPid);
        warmUp(workload, baseline, cost, Integer.parseInt(options.getOrDefault("warm-up", "24000")));

        System.out.printf(Locale.ROOT, "%n%-8s %-10s %8s %10s %10s %10s %9s%n", "clients", "workload", "steps",
                "per sec", "p50 ms", "p99 ms", "failures");
        for (int clients : levels) {
            var perClient = Math.max(2, steps / clients);
            var beforeRaw = cost.startOfWindow();
            var raw = baseline.run(clients, perClient);
            var rawCost = cost.since(beforeRaw, raw.steps()).withVacuum(cost.vacuumAfterWindow(raw.steps()));
            var beforeCasebook = new StepCost.Snapshot[1];
            var casebook = workload.run(clients, perClient, CaseStepsWorkload.Mode.MIXED, () -> {
                beforeCasebook[0] = cost.startOfWindow();
                profiler.start();
            });
            var casebookCost = cost.since(beforeCasebook[0], casebook.steps());
            profiler.stop("mixed-" + clients);
            casebookCost = casebookCost.withVacuum(cost.vacuumAfterWindow(casebook.steps()));
            var heap = HeapAfterGc.mebibytes(appPid);
            print("raw-pg", raw);
            System.out.println("         " + rawCost.describe());
            print("casebook", casebook);
            System.out.println("         " + casebookCost.describe());
            if (heap >= 0) {
                System.out.printf(Locale.ROOT, "         heap in use after a full GC right after this load: %.0f MiB%n", heap);
            }
            System.out.printf(Locale.ROOT, "%-8d %-10s %s%n", clients, "ratio",
                    String.format(Locale.ROOT, "%.3f (casebook steps/s ÷ raw PostgreSQL tx/s)",
                            casebook.perSecond() / raw.perSecond()));
            System.out.printf(Locale.ROOT, "%-8d %-10s %s%n", clients, "by CPU",
                    String.format(Locale.ROOT, "%.3f (CPU per raw transaction ÷ per casebook step, application,"
                            + " PostgreSQL and load generator: %.2f ÷ %.2f ms)", rawCost.machineCpuMillis()
                            / casebookCost.machineCpuMillis(), rawCost.machineCpuMillis(), casebookCost.machineCpuMillis()));
        }
        var completion = perStepType(workload, cost, profiler, levels.get(levels.size() - 1), steps);
        camundaAlone(jdbc, options, cost, levels.get(levels.size() - 1), steps, completion);
    }

    /**
     * P5: the integrated task completion against Camunda completing the same user task alone, same
     * database; and, for comparison with the figures before 2026-12-01, the first task of a process
     * of two user tasks.
     */
    private static void camundaAlone(String jdbc, Map<String, String> options, StepCost cost, int clients, int steps,
                                     Measured integrated) throws Exception {
        try (var alone = new CamundaAlone(jdbc, options.getOrDefault("db-user", "postgres"),
                options.getOrDefault("db-password", ""))) {
            System.out.printf(Locale.ROOT, "%ncamunda alone (its Java API, no HTTP, same database and history level)"
                    + " at %d clients:%n", clients);
            for (var task : List.of(CamundaAlone.FIRST_OF_TWO, CamundaAlone.ADMISSION)) {
                var warmUp = warmUp(alone, task, cost, clients);
                var perClient = Math.max(2, steps / clients);
                var tasks = alone.openTasks(task, clients * perClient);
                var before = cost.startOfWindow();
                var result = alone.complete(task, tasks, clients, perClient);
                var perStep = cost.since(before, result.steps());
                var profile = cost.profile(before, result.steps(), 40);
                perStep = perStep.withVacuum(cost.vacuumAfterWindow(result.steps()));
                System.out.printf(Locale.ROOT, "%s, after %d completions of warm-up: %.1f completions/s, p50 %.1f ms,"
                                + " p99 %.1f ms, %d failures; %.1f SQL statements, %.2f ms Camunda (this JVM; JIT compiler"
                                + " %.2f) and %.2f ms PostgreSQL CPU (+ %.2f ms vacuuming after them) per completion;"
                                + " integrated ÷ alone %.3f%n",
                        task.label(), warmUp, result.perSecond(), result.p50Millis(), result.p99Millis(),
                        result.failures(), perStep.statements(), perStep.benchCpuMillis(), perStep.benchJitCpuMillis(),
                        perStep.dbCpuMillis(), perStep.vacuumCpuMillis(),
                        integrated.result().perSecond() / result.perSecond());
                System.out.print(profile);
                if (task == CamundaAlone.ADMISSION) {
                    printP5(integrated, new Measured(result, perStep));
                }
            }
        }
    }

    /** P5 in completions per second, and in CPU per completion (the process's and PostgreSQL's). */
    private static void printP5(Measured integrated, Measured alone) {
        var integratedCpu = integrated.cost().appCpuMillis() + integrated.cost().databaseCpuMillis();
        var aloneCpu = alone.cost().benchCpuMillis() + alone.cost().databaseCpuMillis();
        System.out.printf(Locale.ROOT, "P5 ratio: %.3f (integrated task completion ÷ Camunda completing the same task"
                + " alone)%n", integrated.result().perSecond() / alone.result().perSecond());
        System.out.printf(Locale.ROOT, "P5 by CPU per completion: %.3f (Camunda alone %.2f ms ÷ integrated %.2f ms,"
                        + " each with its PostgreSQL CPU and the vacuum after it; the load generator's %.2f ms not counted)%n",
                aloneCpu / integratedCpu, aloneCpu, integratedCpu, integrated.cost().benchCpuMillis());
    }

    /**
     * Camunda alone warmed up as the application is: rounds of 1,000 completions until this JVM's JIT
     * compiler takes under a tenth of its CPU in a round (at most 12 rounds); the completions it took.
     */
    private static int warmUp(CamundaAlone alone, CamundaAlone.Task task, StepCost cost, int clients)
            throws Exception {
        var perClient = Math.max(1, 1000 / clients);
        return untilJitSettles(12 * clients * perClient, stepsBefore -> {
            var tasks = alone.openTasks(task, clients * perClient);
            var before = cost.now();
            var result = alone.complete(task, tasks, clients, perClient);
            return new Measured(result, cost.since(before, result.steps()));
        }, perStep -> perStep.benchJitCpuMillis() < SETTLED_JIT_SHARE * perStep.benchCpuMillis());
    }

    /** One round of warm-up, measured; {@code stepsBefore} the steps of the rounds before it. */
    private interface WarmUpRound {
        Measured run(int stepsBefore) throws Exception;
    }

    /** Rounds until {@code settled} (or {@code maxSteps} are done); the steps done. */
    private static int untilJitSettles(int maxSteps, WarmUpRound round, Predicate<StepCost.PerStep> settled)
            throws Exception {
        var done = 0;
        while (done < maxSteps) {
            var measured = round.run(done);
            done += measured.result().steps();
            if (settled.test(measured.cost())) {
                break;
            }
        }
        return done;
    }

    /** A step type's rate and latency, and what it cost per step. */
    record Measured(Result result, StepCost.PerStep cost) {
    }

    /** Each step type alone at the highest concurrency: its rate, latency and cost. */
    private static Measured perStepType(CaseStepsWorkload workload, StepCost cost, AppProfiler profiler, int clients,
                                        int steps) throws Exception {
        System.out.printf(Locale.ROOT, "%nper step type at %d clients:%n", clients);
        Measured completion = null;
        for (var mode : List.of(CaseStepsWorkload.Mode.COMPLETIONS, CaseStepsWorkload.Mode.SIGN_OFFS)) {
            var warmUp = warmUp(workload, cost, mode, clients, STEP_TYPE_WARM_UP_ROUND, STEP_TYPE_WARM_UP_MAX);
            var before = new StepCost.Snapshot[1];
            var result = workload.run(clients, Math.max(2, steps / clients), mode, () -> {
                before[0] = cost.startOfWindow();
                profiler.start();
            });
            var perStep = cost.since(before[0], result.steps());
            var name = mode == CaseStepsWorkload.Mode.COMPLETIONS ? "completion" : "sign-off";
            profiler.stop(name);
            var profile = cost.profile(before[0], result.steps(), 40);
            perStep = perStep.withVacuum(cost.vacuumAfterWindow(result.steps()));
            System.out.printf(Locale.ROOT, "%-12s %8.1f steps/s after %d of warm-up, p50 %.1f ms, p99 %.1f ms,"
                            + " %d failures; %s%n", name, result.perSecond(), warmUp,
                    result.p50Millis(), result.p99Millis(), result.failures(), perStep.describe());
            System.out.print(profile);
            if (mode == CaseStepsWorkload.Mode.COMPLETIONS) {
                completion = new Measured(result, perStep);
            }
        }
        return completion;
    }

    /**
     * Steps not measured, in rounds of 2,000, until the JIT compiler takes less than a tenth of the
     * application's CPU in a round (or {@code maxSteps} are done): the steady state of a server that has
     * been running for a while. After 6,000 steps the JIT compiler still took 2.0 of 7.4 ms of
     * application CPU per mixed step; after 24,000, 0.3 of 5.2.
     */
    private static void warmUp(CaseStepsWorkload workload, RawPostgresBaseline baseline, StepCost cost, int maxSteps)
            throws Exception {
        System.out.printf(Locale.ROOT, "warming up (not measured): rounds of %d steps until the JIT compiler takes"
                + " under %.0f %% of the application's CPU, at most %d steps%n", WARM_UP_ROUND, 100 * SETTLED_JIT_SHARE,
                maxSteps);
        baseline.run(4, 1000);
        warmUp(workload, cost, CaseStepsWorkload.Mode.MIXED, 4, WARM_UP_ROUND, maxSteps);
    }

    /**
     * Rounds of one kind of step until the JIT compiler takes under a tenth of the application's CPU in
     * a round, as Camunda alone is warmed up before P5: after the mixed load, the completions alone still
     * cost the JIT compiler 0.67 of 4.38 ms per completion (2026-12-01), against 0.18 of 2.00 ms for
     * Camunda alone warmed up on the same task. The steps done.
     */
    private static int warmUp(CaseStepsWorkload workload, StepCost cost, CaseStepsWorkload.Mode mode, int clients,
                              int roundSteps, int maxSteps) throws Exception {
        return untilJitSettles(maxSteps, stepsBefore -> {
            var before = new StepCost.Snapshot[1];
            var round = workload.run(clients, roundSteps / clients, mode, () -> before[0] = cost.now());
            var perStep = cost.since(before[0], round.steps());
            System.out.printf(Locale.ROOT, "         warm-up %s, %5d steps done: %.1f steps/s; %s%n",
                    mode.name().toLowerCase(Locale.ROOT), stepsBefore + round.steps(), round.perSecond(),
                    perStep.describe());
            return new Measured(round, perStep);
        }, perStep -> perStep.jitCpuMillis() < SETTLED_JIT_SHARE * perStep.appCpuMillis());
    }

    private static void print(String name, Result result) {
        System.out.printf(Locale.ROOT, "%-8d %-10s %8d %10.1f %10.2f %10.2f %9d%n", result.clients(), name,
                result.steps(), result.perSecond(), result.p50Millis(), result.p99Millis(), result.failures());
    }

    private static Map<String, String> options(String[] args) {
        var options = new HashMap<String, String>();
        for (var arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("options look like --name=value: " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }
}

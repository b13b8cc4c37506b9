package de.casebook.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The measured work: each client is a clerk and a trainer of their own course, alternating two case
 * steps: completing an "admit participant" task and signing off a course session. Each step is one
 * HTTP request that appends events and moves a process in one transaction.
 */
final class CaseStepsWorkload {

    /** Both step types alternating, or one of them alone (to see what each costs). */
    enum Mode { MIXED, COMPLETIONS, SIGN_OFFS }

    private static final int SIGN_OFF_TARGETS = 4;
    private static final int PLACES_PER_COURSE = 400;

    private final String baseUrl;

    CaseStepsWorkload(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    private final class Client {
        final CasebookClient staff = new CasebookClient(baseUrl, "staff", "staff");
        final CasebookClient trainer = new CasebookClient(baseUrl, "trainer", "trainer");
        String courseId;
        final List<String> signOffTargets = new ArrayList<>();
        final List<String> admitTasks = new ArrayList<>();

        void prepare(int steps, Mode mode) throws Exception {
            courseId = scheduleCourse();
            for (int i = 0; i < SIGN_OFF_TARGETS; i++) {
                var caseId = enrol(courseId, i);
                staff.required(staff.post("/api/tasks/" + taskOf(caseId) + "/complete", Map.of("decision", "admit")),
                        "admit");
                signOffTargets.add(caseId);
            }
            String enrolmentCourse = null;
            var completions = switch (mode) {
                case MIXED -> steps / 2 + 1;
                case COMPLETIONS -> steps;
                case SIGN_OFFS -> 0;
            };
            for (int i = 0; i < completions; i++) {
                if (i % PLACES_PER_COURSE == 0) {
                    enrolmentCourse = scheduleCourse();
                }
                admitTasks.add(taskOf(enrol(enrolmentCourse, i)));
            }
            trainer.required(trainer.get("/api/courses/" + courseId), "trainer sign-in");
        }

        private String scheduleCourse() throws Exception {
            return staff.required(staff.post("/api/courses", Map.of("title", "Benchmark", "educationProvider", "VHS",
                    "trainers", List.of("trainer"), "startDate", LocalDate.now().minusDays(30).toString(),
                    "requiredHours", 100000, "maxParticipants", PLACES_PER_COURSE)), "schedule course").get("id").asText();
        }

        private String enrol(String course, int i) throws Exception {
            return staff.required(staff.post("/api/courses/" + course + "/enrolments",
                    Map.of("name", "Teilnehmerin " + i, "email", "t" + i + "@example.org")), "enrol").get("caseId").asText();
        }

        private String taskOf(String caseId) throws Exception {
            return staff.required(staff.get("/api/tasks?caseId=" + caseId), "task list").get(0).get("id").asText();
        }

        int run(int steps, Mode mode, Latencies latencies, Latencies completions, Latencies signOffs) throws Exception {
            var failures = 0;
            var completed = 0;
            var signed = 0;
            for (int step = 0; step < steps; step++) {
                var begin = System.nanoTime();
                CasebookClient.Response response;
                var completion = mode == Mode.MIXED ? step % 2 == 0 : mode == Mode.COMPLETIONS;
                if (completion) {
                    response = staff.post("/api/tasks/" + admitTasks.get(completed++) + "/complete", Map.of("decision", "admit"));
                } else {
                    // a quarter hour a day on one of 29 days, confirmed: the same module repeats on a day,
                    // and no participant may pass the hours allowed per day
                    response = trainer.post("/api/courses/" + courseId + "/sessions", Map.of(
                            "date", LocalDate.now().minusDays(1 + signed % 29).toString(),
                            "hours", "0.25", "module", "Verbindungen schaffen", "confirmed", true,
                            "participants", List.of(signOffTargets.get(signed++ % SIGN_OFF_TARGETS))));
                }
                var elapsed = System.nanoTime() - begin;
                latencies.add(elapsed);
                (completion ? completions : signOffs).add(elapsed);
                if (!response.ok()) {
                    failures++;
                }
            }
            return failures;
        }
    }

    Result run(int clients, int stepsPerClient) throws Exception {
        return run(clients, stepsPerClient, Mode.MIXED, () -> { });
    }

    /** {@code measured} runs just before the measured steps begin (after every client's preparation). */
    Result run(int clients, int stepsPerClient, Mode mode, Runnable measured) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            var prepared = new ArrayList<Client>();
            var preparation = new ArrayList<Callable<Client>>();
            for (int i = 0; i < clients; i++) {
                preparation.add(() -> {
                    var client = new Client();
                    client.prepare(stepsPerClient, mode);
                    return client;
                });
            }
            for (var future : pool.invokeAll(preparation)) {
                prepared.add(future.get());
            }
            var latencies = new Latencies();
            var completions = new Latencies();
            var signOffs = new Latencies();
            var work = prepared.stream()
                    .map(client -> (Callable<Integer>) () -> client.run(stepsPerClient, mode, latencies, completions, signOffs))
                    .toList();
            measured.run();
            var start = System.nanoTime();
            var failures = 0;
            for (var future : pool.invokeAll(work)) {
                failures += future.get();
            }
            var end = System.nanoTime();
            System.out.printf(java.util.Locale.ROOT, "         p50/p99 ms: task completion %.1f/%.1f, session sign-off %.1f/%.1f%n",
                    completions.percentileMillis(50), completions.percentileMillis(99),
                    signOffs.percentileMillis(50), signOffs.percentileMillis(99));
            return Result.of(clients, latencies, start, end, failures);
        } finally {
            pool.shutdownNow();
        }
    }
}

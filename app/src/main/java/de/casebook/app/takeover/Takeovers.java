package de.casebook.app.takeover;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.cases.CaseNumbers;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.domain.shared.CaseCalendar;
import de.casebook.domain.shared.DomainException;
import de.casebook.domain.shared.TakenOverFrom;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of existing cases: a dry run on upload (every row's problems, nothing written), then, once
 * started, the valid rows in batches, each batch one transaction that opens its cases through their
 * aggregates and records which row became which case. A crash loses at most the batches in flight,
 * which roll back; whoever resumes the import (this node on restart, or another one once the
 * heartbeat is stale) skips the rows recorded, so no row becomes two cases. The import's case numbers
 * are set aside when it first runs, one per valid row of the dry run in the file's order, so two
 * batches run side by side (one computes while the other waits for the database) and a row gets the
 * same number however often the import is resumed.
 */
@Component
public class Takeovers implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Takeovers.class);
    static final Role[] IMPORTING = {Role.STAFF, Role.ADMIN};
    static final int BATCH = 200;
    /** A running import whose heartbeat is older is resumed (checked every 30 s: within two minutes). */
    static final Duration STALE = Duration.ofSeconds(90);
    /** Runs in a row that end in an error without taking over a single batch, before the import fails. */
    static final int MAX_FAILURES = 5;
    private static final Duration CHECKED_KEPT = Duration.ofDays(1);
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public enum Status { checked, running, done, failed, discarded }

    public record Problem(int row, String column, String message) {
    }

    /**
     * An import as the clerk sees it; {@code firstCaseNumber} and {@code lastCaseNumber} are the numbers
     * set aside for its valid rows, once it has begun to run.
     */
    public record Import(UUID id, String kind, Status status, String fileName, int rowsTotal, int rowsValid,
                         int rowsImported, int rowsRefused, List<Problem> problems, List<Problem> refusals,
                         String firstCaseNumber, String lastCaseNumber,
                         String uploadedBy, Instant uploadedAt, Instant startedAt, Instant finishedAt) {

        /** Of the valid rows, the share dealt with (imported or refused). */
        @JsonProperty
        public int percent() {
            return rowsValid == 0 ? 100 : (rowsImported + rowsRefused) * 100 / rowsValid;
        }

        @JsonProperty
        public int rowsDone() {
            return rowsImported + rowsRefused;
        }
    }

    private record Valid<R>(int row, R value) {
    }

    private record Check<R>(int rowsTotal, List<Valid<R>> valid, List<RowProblem> problems) {
    }

    private record Stored(UUID id, String kind, String municipality, String fileName, byte[] content,
                          Actor startedBy, int rowsValid) {
    }

    /** A row the aggregate or a duplicate rule refused while its batch ran; the batch is rolled back and run again without it. */
    private static final class RowRefused extends RuntimeException {
        private final int row;
        private final String code;
        private final Object[] arguments;

        RowRefused(int row, String code, Object[] arguments) {
            super(code, null, false, false);
            this.row = row;
            this.code = code;
            this.arguments = arguments;
        }
    }

    private final Map<String, TakeoverKind<?>> kinds;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transactions;
    private final CaseNumbers caseNumbers;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final Clock clock;
    /** A batch's process starts share one engine command: one entity cache, one batched flush. */
    private final CommandExecutor oneEngineCommand;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("case-import-"));
    /** Batches run side by side: on two cores, one computes while the other waits for the database. */
    private final int batchesAtOnce;
    private final ExecutorService batchRunners;

    Takeovers(List<TakeoverKind<?>> kinds, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
              PlatformTransactionManager transactionManager, CaseNumbers caseNumbers, MessageSource messages,
              ObjectMapper json, Clock clock, ProcessEngineConfigurationImpl engine,
              @Value("${casebook.imports.batches-at-once:2}") int batchesAtOnce) {
        this.kinds = kinds.stream().collect(Collectors.toMap(TakeoverKind::code, Function.identity()));
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transactions = new TransactionTemplate(transactionManager);
        this.caseNumbers = caseNumbers;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.oneEngineCommand = engine.getCommandExecutorTxRequired();
        if (batchesAtOnce < 1) {
            throw new IllegalArgumentException("casebook.imports.batches-at-once must be at least 1: " + batchesAtOnce);
        }
        this.batchesAtOnce = batchesAtOnce;
        this.batchRunners = Executors.newFixedThreadPool(batchesAtOnce, new CustomizableThreadFactory("case-import-batch-"));
    }

    /** The kinds of case that can be taken over, with their columns, for the import page. */
    public List<TakeoverKind<?>> kinds() {
        return kinds.values().stream().sorted(java.util.Comparator.comparing(TakeoverKind::code)).toList();
    }

    /** The dry run: reads and checks every row, stores the file and the findings, writes no case. */
    public Import check(Actor actor, String kindCode, String fileName, byte[] content, Locale locale) {
        var kind = kind(kindCode);
        if (content == null || content.length == 0) {
            throw ApiException.unprocessable("import.empty-file");
        }
        var name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        var sha256 = sha256(content);
        jdbc.sql("""
                        SELECT uploaded_at FROM case_import WHERE municipality = ? AND kind = ? AND file_sha256 = ?
                          AND status IN ('running', 'done') ORDER BY uploaded_at LIMIT 1""")
                .params(actor.municipality(), kind.code(), sha256).query(Timestamp.class).optional()
                .ifPresent(earlier -> {
                    throw alreadyImported(earlier);
                });
        var check = check(kind, SheetRows.read(name, content), actor.municipality());
        var id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO case_import (id, kind, municipality, file_name, file_sha256, content, uploaded_by,
                            uploaded_at, status, rows_total, rows_valid, problems)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'checked', ?, ?, ?::jsonb)""")
                .params(id, kind.code(), actor.municipality(), name, sha256, content, actor.username(),
                        Timestamp.from(clock.instant()), check.rowsTotal(), check.valid().size(), write(check.problems()))
                .update();
        return find(actor, id, locale);
    }

    /** Starts a checked import: its valid rows become cases in the background. */
    public Import start(Actor actor, UUID id, Locale locale) {
        var current = find(actor, id, locale);
        if (current.status() != Status.checked) {
            throw ApiException.conflict("import.not-startable", messages.getMessage("import.status." + current.status(),
                    null, current.status().name(), locale));
        }
        if (current.rowsValid() == 0) {
            throw ApiException.unprocessable("import.nothing-to-import");
        }
        int started;
        try {
            started = jdbc.sql("""
                            UPDATE case_import SET status = 'running', started_by = ?, started_role = ?, started_at = ?,
                                heartbeat_at = ?
                            WHERE id = ? AND status = 'checked'""")
                    .params(actor.username(), actor.role().name(), Timestamp.from(clock.instant()),
                            Timestamp.from(clock.instant()), id).update();
        } catch (DuplicateKeyException sameFileStarted) {
            // the same file, checked twice, was started from its other check (case_import_file_once)
            throw alreadyImported(jdbc.sql("""
                            SELECT o.uploaded_at FROM case_import o JOIN case_import c
                              ON c.municipality = o.municipality AND c.kind = o.kind AND c.file_sha256 = o.file_sha256
                            WHERE c.id = ? AND o.status IN ('running', 'done')""")
                    .param(id).query(Timestamp.class).list().stream().findFirst().orElse(null));
        }
        if (started == 0) {
            throw ApiException.conflict("import.not-startable", id);
        }
        runner.submit(() -> runToEnd(id));
        return find(actor, id, locale);
    }

    private static ApiException alreadyImported(Timestamp earlier) {
        return ApiException.conflict("import.file-already-imported",
                earlier == null ? "?" : GERMAN_TIME.format(earlier.toInstant().atZone(CaseCalendar.ZONE)));
    }

    public Import find(Actor actor, UUID id, Locale locale) {
        return jdbc.sql("SELECT * FROM case_import WHERE id = ? AND municipality = ?")
                .params(id, actor.municipality())
                .query((row, number) -> importOf(row, locale)).optional()
                .orElseThrow(() -> ApiException.notFound("import.not-found", id));
    }

    public List<Import> recent(Actor actor, Locale locale) {
        return jdbc.sql("SELECT * FROM case_import WHERE municipality = ? ORDER BY uploaded_at DESC LIMIT 20")
                .param(actor.municipality())
                .query((row, number) -> importOf(row, locale)).list();
    }

    /** Imports a node began and stopped working on (it crashed or was stopped) are taken up again. */
    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
    public void resumeStale() {
        var stale = jdbc.sql("SELECT id FROM case_import WHERE status = 'running' AND heartbeat_at < ?")
                .param(Timestamp.from(clock.instant().minus(STALE))).query(UUID.class).list();
        for (var id : stale) {
            if (claimStale(id)) {
                log.info("Resuming import {}", id);
                runner.submit(() -> runToEnd(id));
            }
        }
    }

    /** Files of imports never started are not kept beyond a day. */
    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    public void discardUnstarted() {
        jdbc.sql("UPDATE case_import SET status = 'discarded', content = NULL WHERE status = 'checked' AND uploaded_at < ?")
                .param(Timestamp.from(clock.instant().minus(CHECKED_KEPT))).update();
    }

    private boolean claimStale(UUID id) {
        return jdbc.sql("UPDATE case_import SET heartbeat_at = ? WHERE id = ? AND status = 'running' AND heartbeat_at < ?")
                .params(Timestamp.from(clock.instant()), id, Timestamp.from(clock.instant().minus(STALE))).update() == 1;
    }

    private void runToEnd(UUID id) {
        var progressed = new AtomicBoolean();
        try {
            runBatches(id, Integer.MAX_VALUE, () -> progressed.set(true));
        } catch (RuntimeException failure) {
            // left running: its heartbeat goes stale and the import is resumed where it stands, unless
            // it keeps failing without getting anywhere
            var failures = jdbc.sql("""
                            UPDATE case_import SET failures = CASE WHEN ? THEN 1 ELSE failures + 1 END, failure = ?
                            WHERE id = ? RETURNING failures""")
                    .params(progressed.get(), String.valueOf(failure.getMessage()), id).query(Integer.class).single();
            if (failures >= MAX_FAILURES) {
                jdbc.sql("""
                                UPDATE case_import SET status = 'failed', finished_at = ?, content = NULL
                                WHERE id = ? AND status = 'running'""")
                        .params(Timestamp.from(clock.instant()), id).update();
                log.error("Import {} failed {} times in a row; given up", id, failures, failure);
            } else {
                log.error("Import {} stopped ({} failures in a row); it will be resumed", id, failures, failure);
            }
        }
    }

    /**
     * Runs up to {@code maxBatches} batches of the import's rows not yet dealt with; ends the import
     * when none are left. Returns the number of batches run.
     */
    int runBatches(UUID id, int maxBatches) {
        return runBatches(id, maxBatches, () -> { });
    }

    private int runBatches(UUID id, int maxBatches, Runnable onBatch) {
        var stored = stored(id);
        return runBatches(stored, kind(stored.kind()), maxBatches, onBatch);
    }

    private <R> int runBatches(Stored stored, TakeoverKind<R> kind, int maxBatches, Runnable onBatch) {
        var sheet = SheetRows.read(stored.fileName(), stored.content());
        var check = check(kind, sheet, stored.municipality());
        var dryRunProblems = read(jdbc.sql("SELECT problems::text FROM case_import WHERE id = ?").param(stored.id())
                .query(String.class).single()).stream().map(RowProblem::row).collect(Collectors.toSet());
        var numbers = numbersOfRows(stored, kind, sheet, dryRunProblems);
        var dealtWith = new HashSet<>(jdbc.sql("SELECT row_number FROM case_import_row WHERE import_id = ?")
                .param(stored.id()).query(Integer.class).list());
        refuseNewlyFound(stored, check, dealtWith, dryRunProblems, numbers);
        var pending = check.valid().stream().filter(valid -> !dealtWith.contains(valid.row())).toList();
        var batches = new ArrayList<List<Valid<R>>>();
        for (int from = 0; from < pending.size() && batches.size() < maxBatches; from += BATCH) {
            batches.add(new ArrayList<>(pending.subList(from, Math.min(pending.size(), from + BATCH))));
        }
        runSideBySide(batches, batch -> {
            runBatch(stored, kind, batch, numbers);
            jdbc.sql("UPDATE case_import SET heartbeat_at = ? WHERE id = ?")
                    .params(Timestamp.from(clock.instant()), stored.id()).update();
            onBatch.run();
        });
        if (batches.size() * BATCH >= pending.size()) {
            jdbc.sql("UPDATE case_import SET status = 'done', finished_at = ?, content = NULL WHERE id = ? AND status = 'running'")
                    .params(Timestamp.from(clock.instant()), stored.id()).update();
            log.info("Import {} done: {} rows", stored.id(), check.valid().size());
        }
        return batches.size();
    }

    /**
     * Runs the batches on {@code casebook.imports.batches-at-once} threads, each taking the next batch when done with
     * one. After a failure no further batch begins; the batches in flight end (commit or roll back)
     * before the failure is passed on, so that a resumed import never runs beside this one.
     */
    private <B> void runSideBySide(List<B> batches, Consumer<B> run) {
        var next = new AtomicInteger();
        var failure = new AtomicReference<Throwable>();
        Runnable worker = () -> {
            int index;
            while (failure.get() == null && (index = next.getAndIncrement()) < batches.size()) {
                try {
                    run.accept(batches.get(index));
                } catch (RuntimeException | Error failed) {
                    failure.compareAndSet(null, failed);
                }
            }
        };
        var workers = new ArrayList<Future<?>>();
        for (int i = 0; i < Math.min(batchesAtOnce, batches.size()); i++) {
            workers.add(batchRunners.submit(worker));
        }
        for (var running : workers) {
            awaitEnd(running, failure);
        }
        if (failure.get() instanceof RuntimeException failed) {
            throw failed;
        }
        if (failure.get() instanceof Error failed) {
            throw failed;
        }
        if (failure.get() != null) {
            throw new IllegalStateException("import interrupted", failure.get());
        }
    }

    /** Waits for a batch runner to end, also when interrupted (its transaction is still open). */
    private static void awaitEnd(Future<?> running, AtomicReference<Throwable> failure) {
        boolean interrupted = false;
        while (true) {
            try {
                running.get();
                break;
            } catch (InterruptedException stop) {
                failure.compareAndSet(null, stop);
                interrupted = true;
            } catch (ExecutionException impossible) {
                failure.compareAndSet(null, impossible.getCause());
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The case number of every row the dry run found valid: the n-th such row in the file's order gets
     * the n-th number of the block set aside for the import on its first run.
     */
    private Map<Integer, String> numbersOfRows(Stored stored, TakeoverKind<?> kind, SheetRows.Sheet sheet,
                                               Set<Integer> dryRunProblems) {
        var rows = sheet.rows().stream().map(SheetRows.Row::number).filter(row -> !dryRunProblems.contains(row)).toList();
        if (rows.size() != stored.rowsValid()) {
            throw new IllegalStateException("import " + stored.id() + " reads " + rows.size()
                    + " valid rows, its dry run found " + stored.rowsValid());
        }
        var block = transactions.execute(transaction -> jdbc.sql("""
                        SELECT numbers_year, numbers_first FROM case_import WHERE id = ? AND numbers_first IS NOT NULL
                        FOR UPDATE""")
                .param(stored.id())
                .query((row, number) -> numbersSetAside(row, kind, rows.size()))
                .optional()
                .orElseGet(() -> {
                    var reserved = caseNumbers.reserve(kind.caseType(), stored.municipality(), rows.size());
                    jdbc.sql("UPDATE case_import SET numbers_year = ?, numbers_first = ? WHERE id = ?")
                            .params(reserved.year(), reserved.first(), stored.id()).update();
                    return reserved;
                }));
        var numbers = new HashMap<Integer, String>();
        for (int i = 0; i < rows.size(); i++) {
            numbers.put(rows.get(i), block.number(i));
        }
        return numbers;
    }

    /**
     * Rows that passed the dry run but not the check at the start (someone applied for the person in
     * between): recorded as refused with the reason, so the clerk sees every row accounted for.
     */
    private void refuseNewlyFound(Stored stored, Check<?> check, Set<Integer> dealtWith, Set<Integer> dryRunProblems,
                                  Map<Integer, String> numbers) {
        for (var problem : check.problems()) {
            if (!dryRunProblems.contains(problem.row()) && dealtWith.add(problem.row())) {
                refuse(stored, problem, numbers.get(problem.row()));
            }
        }
    }

    /** A row recorded as refused, with the case number it leaves unused. */
    private void refuse(Stored stored, RowProblem problem, String unusedNumber) {
        jdbc.sql("INSERT INTO case_import_row (import_id, row_number, case_number, refusal) VALUES (?, ?, ?, ?::jsonb)")
                .params(stored.id(), problem.row(), unusedNumber, write(List.of(problem))).update();
    }

    private <R> void runBatch(Stored stored, TakeoverKind<R> kind, List<Valid<R>> batch, Map<Integer, String> numbers) {
        while (!batch.isEmpty()) {
            try {
                transactions.executeWithoutResult(transaction -> oneEngineCommand.execute(context -> {
                    openCases(stored, kind, batch, numbers);
                    return null;
                }));
                return;
            } catch (RowRefused refused) {
                refuse(stored, new RowProblem(refused.row, null, refused.code, java.util.Arrays.asList(refused.arguments)),
                        numbers.get(refused.row));
                batch.removeIf(valid -> valid.row() == refused.row);
            }
        }
    }

    private <R> void openCases(Stored stored, TakeoverKind<R> kind, List<Valid<R>> batch, Map<Integer, String> numbers) {
        var opened = new ArrayList<Object[]>();
        for (var valid : batch) {
            var caseId = UUID.randomUUID().toString();
            var caseNumber = numbers.get(valid.row());
            try {
                kind.takeOver(valid.value(), caseId, caseNumber,
                        new TakenOverFrom(stored.id().toString(), stored.fileName(), valid.row()), stored.startedBy());
            } catch (ApiException refused) {
                throw new RowRefused(valid.row(), refused.code(), refused.arguments());
            } catch (DomainException refused) {
                throw new RowRefused(valid.row(), refused.code(), refused.arguments());
            } catch (CommandExecutionException failed) {
                if (failed.getCause() instanceof DomainException refused) {
                    throw new RowRefused(valid.row(), refused.code(), refused.arguments());
                }
                throw failed;
            }
            opened.add(new Object[] {stored.id(), valid.row(), caseId, caseNumber});
        }
        jdbcTemplate.batchUpdate("INSERT INTO case_import_row (import_id, row_number, case_id, case_number) VALUES (?, ?, ?, ?)",
                opened);
    }

    /** Every row read, duplicates within the file and people already in Casebook found. */
    private <R> Check<R> check(TakeoverKind<R> kind, SheetRows.Sheet sheet, String municipality) {
        var problems = new ArrayList<RowProblem>();
        var headings = sheet.headings().stream().map(SheetRows::key).collect(Collectors.toSet());
        for (var column : kind.columns()) {
            if (column.required() && column.headings().stream().map(SheetRows::key).noneMatch(headings::contains)
                    && !namedInParts(column, headings)) {
                problems.add(new RowProblem(1, column.heading(), "import.column-missing", List.of(column.heading())));
            }
        }
        if (!problems.isEmpty()) {
            return new Check<>(sheet.rows().size(), List.of(), problems);
        }
        var today = LocalDate.now(clock.withZone(CaseCalendar.ZONE));
        var read = new ArrayList<Valid<R>>();
        var firstRowOf = new HashMap<String, Integer>();
        for (var row : sheet.rows()) {
            var value = kind.read(new RowReader(row, problems), municipality, today);
            if (value == null) {
                continue;
            }
            var first = firstRowOf.putIfAbsent(kind.duplicateKey(value), row.number());
            if (first != null) {
                problems.add(new RowProblem(row.number(), null, "import.duplicate-row", List.of(first)));
                continue;
            }
            read.add(new Valid<>(row.number(), value));
        }
        var there = kind.alreadyThere(read.stream().map(Valid::value).toList(), municipality);
        var valid = new ArrayList<Valid<R>>();
        for (int i = 0; i < read.size(); i++) {
            if (there.containsKey(i)) {
                problems.add(new RowProblem(read.get(i).row(), null, "import.already-there", List.of(there.get(i))));
            } else {
                valid.add(read.get(i));
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return new Check<>(sheet.rows().size(), valid, problems);
    }

    /** "Name" may come as "Vorname" and "Nachname". */
    private static boolean namedInParts(TakeoverKind.Column column, Set<String> headings) {
        return column.heading().equals("Name") && headings.contains("vorname")
                && (headings.contains("nachname") || headings.contains("familienname"));
    }

    private TakeoverKind<?> kind(String code) {
        var kind = code == null ? null : kinds.get(code);
        if (kind == null) {
            throw ApiException.badRequest("import.unknown-kind", String.valueOf(code),
                    String.join(", ", kinds.keySet().stream().sorted().toList()));
        }
        return kind;
    }

    private Stored stored(UUID id) {
        return jdbc.sql("""
                        SELECT id, kind, municipality, file_name, content, started_by, started_role, rows_valid
                        FROM case_import
                        WHERE id = ? AND status = 'running'""")
                .param(id)
                .query((row, number) -> new Stored(row.getObject("id", UUID.class), row.getString("kind"),
                        row.getString("municipality"), row.getString("file_name"), row.getBytes("content"),
                        new Actor(row.getString("started_by"), Role.valueOf(row.getString("started_role")),
                                row.getString("municipality")), row.getInt("rows_valid")))
                .optional().orElseThrow(() -> new IllegalStateException("import " + id + " is not running"));
    }

    private Import importOf(ResultSet row, Locale locale) throws SQLException {
        var id = row.getObject("id", UUID.class);
        var counts = jdbc.sql("""
                        SELECT count(case_id) AS imported, count(refusal) AS refused FROM case_import_row WHERE import_id = ?""")
                .param(id).query((counted, number) -> new int[] {counted.getInt(1), counted.getInt(2)}).single();
        var refusals = counts[1] == 0 ? List.<Problem>of() : jdbc.sql("""
                        SELECT refusal FROM case_import_row WHERE import_id = ? AND refusal IS NOT NULL ORDER BY row_number""")
                .param(id).query(String.class).list().stream()
                .flatMap(text -> read(text).stream()).map(problem -> render(problem, locale)).toList();
        var kind = kinds.get(row.getString("kind"));
        var numbers = row.getObject("numbers_first") == null || kind == null || row.getInt("rows_valid") == 0 ? null
                : numbersSetAside(row, kind, row.getInt("rows_valid"));
        return new Import(id, row.getString("kind"), Status.valueOf(row.getString("status")), row.getString("file_name"),
                row.getInt("rows_total"), row.getInt("rows_valid"), counts[0], counts[1],
                read(row.getString("problems")).stream().map(problem -> render(problem, locale)).toList(), refusals,
                numbers == null ? null : numbers.number(0), numbers == null ? null : numbers.number(numbers.count() - 1),
                row.getString("uploaded_by"), instant(row, "uploaded_at"), instant(row, "started_at"),
                instant(row, "finished_at"));
    }

    /** The block set aside for an import, from its row ({@code numbers_year}, {@code numbers_first}). */
    private CaseNumbers.Block numbersSetAside(ResultSet row, TakeoverKind<?> kind, int count) throws SQLException {
        return caseNumbers.reserved(kind.caseType(), row.getInt("numbers_year"), row.getInt("numbers_first"), count);
    }

    private Problem render(RowProblem problem, Locale locale) {
        var arguments = problem.arguments().stream().map(argument -> argument instanceof String text
                && text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text).format(GERMAN_DATE) : argument)
                .toArray();
        return new Problem(problem.row(), problem.column(),
                messages.getMessage(problem.code(), arguments, problem.code(), locale));
    }

    private String write(List<RowProblem> problems) {
        try {
            return json.writeValueAsString(problems);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private List<RowProblem> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<RowProblem>>() { });
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException(corrupt);
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        var value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
        batchRunners.shutdownNow();
    }

}

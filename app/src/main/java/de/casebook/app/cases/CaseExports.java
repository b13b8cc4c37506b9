package de.casebook.app.cases;

import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.domain.shared.CaseCalendar;
import java.io.ByteArrayOutputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Many cases at once for auditors, as one workbook: a sheet listing the cases, then per case type a
 * sheet with every step of every case (one row per step, one column per business field). Runs in the
 * background with its progress in a table; only who asked may download it, for a day (the file holds
 * personal data in clear; that it was made, by whom, for what, stays recorded).
 */
@Component
public class CaseExports implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CaseExports.class);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final int MAX_CASES = 50_000;
    private static final int PAGE = 500;
    private static final int PROGRESS_EVERY = 25;
    private static final Duration KEPT = Duration.ofDays(1);

    /** Who may export many cases at once. */
    static final Role[] EXPORTING = {Role.AUDITOR, Role.ADMIN};

    public enum Status { running, done, failed, expired }

    public record Request(String caseType, LocalDate openedFrom, LocalDate openedUntil) {
    }

    public record Export(UUID id, Status status, int done, int total, String municipality, String caseType,
                         LocalDate openedFrom, LocalDate openedUntil, String fileName, Instant requestedAt,
                         Instant finishedAt, Instant expiresAt) {

        public int percent() {
            return total == 0 ? (status == Status.running ? 0 : 100) : done * 100 / total;
        }
    }

    private final JdbcClient jdbc;
    private final CaseSearch search;
    private final CaseSummaryDirectory summaries;
    private final CaseHistory caseHistory;
    private final CaseHistoryTable historyTable;
    private final CaseLabels labels;
    private final MessageSource messages;
    private final Clock clock;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("case-export-"));

    CaseExports(JdbcClient jdbc, CaseSearch search, CaseSummaryDirectory summaries, CaseHistory caseHistory,
                CaseHistoryTable historyTable, CaseLabels labels, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.search = search;
        this.summaries = summaries;
        this.caseHistory = caseHistory;
        this.historyTable = historyTable;
        this.labels = labels;
        this.messages = messages;
        this.clock = clock;
    }

    /** An export that was running when the application stopped did not finish: it says so. */
    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        jdbc.sql("UPDATE case_export SET status = 'failed', finished_at = :now WHERE status = 'running'")
                .param("now", Timestamp.from(clock.instant())).update();
    }

    /** Files are kept a day; the record that they were made stays. */
    @Scheduled(fixedDelayString = "PT15M", initialDelayString = "PT1M")
    void removeExpiredFiles() {
        jdbc.sql("UPDATE case_export SET file = NULL, status = 'expired' WHERE status = 'done' AND expires_at < :now")
                .param("now", Timestamp.from(clock.instant())).update();
    }

    public UUID start(Actor actor, Request request, Locale locale) {
        if (request.openedFrom() != null && request.openedUntil() != null
                && request.openedUntil().isBefore(request.openedFrom())) {
            throw ApiException.unprocessable("export.period-reversed");
        }
        if (request.caseType() != null && summaries.caseTypes().stream().noneMatch(request.caseType()::equals)) {
            throw ApiException.badRequest("request.bad-value", "caseType", request.caseType());
        }
        var criteria = criteria(request);
        var total = search.find(actor, criteria, 0, 1).total();
        if (total > MAX_CASES) {
            throw ApiException.unprocessable("export.too-many", total, MAX_CASES);
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_export (id, requested_by, municipality, case_type, opened_from, opened_until, status,
                                         total, requested_at)
                VALUES (:id, :by, :municipality, :type, :from, :until, 'running', :total, :now)""")
                .param("id", id).param("by", actor.username()).param("municipality", actor.municipality())
                .param("type", request.caseType())
                .param("from", request.openedFrom() == null ? null : Date.valueOf(request.openedFrom()))
                .param("until", request.openedUntil() == null ? null : Date.valueOf(request.openedUntil()))
                .param("total", (int) total).param("now", Timestamp.from(clock.instant())).update();
        runner.submit(() -> run(id, actor, criteria, (int) total, locale));
        return id;
    }

    /** The export, if the actor asked for it. */
    public Export export(Actor actor, UUID id) {
        return jdbc.sql("SELECT * FROM case_export WHERE id = :id AND requested_by = :by")
                .param("id", id).param("by", actor.username()).query(CaseExports::export).optional()
                .orElseThrow(() -> ApiException.notFound("export.not-found"));
    }

    public List<Export> recent(Actor actor) {
        return jdbc.sql("SELECT * FROM case_export WHERE requested_by = :by ORDER BY requested_at DESC LIMIT 10")
                .param("by", actor.username()).query(CaseExports::export).list();
    }

    public record File(String name, byte[] content) {
    }

    /** The workbook, while it is kept; the expiry is checked here too, not only by the cleaning job. */
    public File file(Actor actor, UUID id) {
        var export = export(actor, id);
        if (export.status() == Status.expired
                || export.status() == Status.done && export.expiresAt().isBefore(clock.instant())) {
            throw ApiException.conflict("export.expired");
        }
        if (export.status() != Status.done) {
            throw ApiException.conflict("export.not-ready");
        }
        var content = jdbc.sql("SELECT file FROM case_export WHERE id = :id").param("id", id).query(byte[].class).single();
        return new File(export.fileName(), content);
    }

    private void run(UUID id, Actor actor, CaseSearch.Criteria criteria, int total, Locale locale) {
        try {
            var overview = new ArrayList<List<Object>>();
            var byType = new LinkedHashMap<String, TypeSheet>();
            var done = 0;
            for (int page = 0; page * PAGE < total; page++) {
                for (var found : search.find(actor, criteria, page, PAGE).items()) {
                    overview.add(List.of(number(found), text("case-type." + found.caseType(), locale),
                            text(labels.status(found.caseType(), found.status()), locale),
                            found.person() == null ? "" : found.person(),
                            LocalDateTime.ofInstant(found.openedAt(), BERLIN)));
                    var entries = caseHistory.entries(summaries.visibleEvents(actor, found.caseId()));
                    byType.computeIfAbsent(found.caseType(), type -> new TypeSheet())
                            .add(historyTable.table(entries, locale, List.of(text("case.number", locale)),
                                    List.of(number(found))));
                    if (++done % PROGRESS_EVERY == 0) {
                        progress(id, done);
                    }
                }
            }
            var sheets = new ArrayList<Spreadsheets.Sheet>();
            sheets.add(new Spreadsheets.Sheet(text("export.sheet.cases", locale), new Spreadsheets.Table(List.of(
                    text("case.number", locale), text("tasks.case-type", locale), text("summary.status", locale),
                    text("tasks.person", locale), text("find.opened", locale)), overview)));
            byType.forEach((type, sheet) -> sheets.add(new Spreadsheets.Sheet(text("case-type." + type, locale),
                    sheet.table())));
            var out = new ByteArrayOutputStream();
            Spreadsheets.xlsx(sheets, out);
            var now = clock.instant();
            jdbc.sql("""
                    UPDATE case_export SET status = 'done', done = :done, file = :file, file_name = :name,
                           finished_at = :now, expires_at = :expires WHERE id = :id""")
                    .param("done", done).param("file", out.toByteArray())
                    .param("name", "faelle-" + actor.municipality() + "-" + LocalDate.ofInstant(now, BERLIN) + ".xlsx")
                    .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(KEPT)))
                    .param("id", id).update();
        } catch (RuntimeException e) {
            log.error("case export {} failed", id, e);
            jdbc.sql("UPDATE case_export SET status = 'failed', finished_at = :now WHERE id = :id")
                    .param("now", Timestamp.from(clock.instant())).param("id", id).update();
        }
    }

    private void progress(UUID id, int done) {
        jdbc.sql("UPDATE case_export SET done = :done WHERE id = :id").param("done", done).param("id", id).update();
    }

    private static String number(CaseSearch.Found found) {
        return found.caseNumber() == null ? found.caseId() : found.caseNumber();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static CaseSearch.Criteria criteria(Request request) {
        return new CaseSearch.Criteria(null, null, request.caseType(), null,
                request.openedFrom() == null ? null : CaseCalendar.instantOf(request.openedFrom().atStartOfDay()),
                request.openedUntil() == null ? null
                        : CaseCalendar.instantOf(request.openedUntil().plusDays(1).atStartOfDay()));
    }

    private static Export export(ResultSet row, int number) throws SQLException {
        return new Export(row.getObject("id", UUID.class), Status.valueOf(row.getString("status")), row.getInt("done"),
                row.getInt("total"), row.getString("municipality"), row.getString("case_type"),
                Optional.ofNullable(row.getDate("opened_from")).map(Date::toLocalDate).orElse(null),
                Optional.ofNullable(row.getDate("opened_until")).map(Date::toLocalDate).orElse(null),
                row.getString("file_name"), row.getTimestamp("requested_at").toInstant(),
                Optional.ofNullable(row.getTimestamp("finished_at")).map(Timestamp::toInstant).orElse(null),
                Optional.ofNullable(row.getTimestamp("expires_at")).map(Timestamp::toInstant).orElse(null));
    }

    /** The rows of one case type's sheet; cases add the columns their steps bring. */
    private static final class TypeSheet {
        private final LinkedHashSet<String> headers = new LinkedHashSet<>();
        private final List<Map<String, Object>> rows = new ArrayList<>();

        void add(Spreadsheets.Table table) {
            headers.addAll(table.headers());
            for (var cells : table.rows()) {
                var row = new LinkedHashMap<String, Object>();
                for (int i = 0; i < cells.size(); i++) {
                    row.put(table.headers().get(i), cells.get(i));
                }
                rows.add(row);
            }
        }

        Spreadsheets.Table table() {
            var columns = List.copyOf(headers);
            return new Spreadsheets.Table(columns, rows.stream()
                    .map(row -> columns.stream().map(column -> row.getOrDefault(column, "")).toList()).toList());
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}

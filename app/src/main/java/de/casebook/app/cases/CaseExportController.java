package de.casebook.app.cases;

import de.casebook.app.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/case-exports")
class CaseExportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CaseExports exports;
    private final CurrentActor currentActor;

    CaseExportController(CaseExports exports, CurrentActor currentActor) {
        this.exports = exports;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Export the histories of many cases (by type and opening period) as one workbook, in the background")
    @PostMapping
    ResponseEntity<Map<String, UUID>> start(@RequestBody(required = false) CaseExports.Request request) {
        var id = exports.start(currentActor.actingAs(CaseExports.EXPORTING),
                request == null ? new CaseExports.Request(null, null, null) : request, LocaleContextHolder.getLocale());
        return ResponseEntity.accepted().location(URI.create("/api/case-exports/" + id)).body(Map.of("id", id));
    }

    @Operation(summary = "An export's progress (cases done of total) and state")
    @GetMapping("/{id}")
    CaseExports.Export export(@PathVariable UUID id) {
        return exports.export(currentActor.actingAs(CaseExports.EXPORTING), id);
    }

    @Operation(summary = "The finished workbook (XLSX), for a day after it was made")
    @GetMapping("/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable UUID id) {
        return download(exports.file(currentActor.actingAs(CaseExports.EXPORTING), id));
    }

    static ResponseEntity<byte[]> download(CaseExports.File file) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}

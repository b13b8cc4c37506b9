package de.casebook.app.takeover;

import de.casebook.app.platform.ApiException;
import de.casebook.app.security.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/imports")
class TakeoverController {

    private final Takeovers takeovers;
    private final CurrentActor currentActor;

    TakeoverController(Takeovers takeovers, CurrentActor currentActor) {
        this.takeovers = takeovers;
        this.currentActor = currentActor;
    }

    @Operation(summary = "Upload a sheet (CSV or XLSX) of card holders or certified mentors: the dry run lists every "
            + "row's problems; nothing is written to any case")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Takeovers.Import> check(@RequestParam String kind, @RequestParam MultipartFile file) {
        var checked = takeovers.check(currentActor.actingAs(Takeovers.IMPORTING), kind, file.getOriginalFilename(),
                bytes(file), LocaleContextHolder.getLocale());
        return ResponseEntity.created(URI.create("/api/imports/" + checked.id())).body(checked);
    }

    @Operation(summary = "Start a checked import: its valid rows become cases in the background")
    @PostMapping("/{id}/start")
    ResponseEntity<Takeovers.Import> start(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(takeovers.start(currentActor.actingAs(Takeovers.IMPORTING), id,
                LocaleContextHolder.getLocale()));
    }

    @Operation(summary = "An import's state: rows checked, valid, imported and refused, with every problem")
    @GetMapping("/{id}")
    Takeovers.Import find(@PathVariable UUID id) {
        return takeovers.find(currentActor.actingAs(Takeovers.IMPORTING), id, LocaleContextHolder.getLocale());
    }

    @Operation(summary = "The municipality's recent imports")
    @GetMapping
    List<Takeovers.Import> recent() {
        return takeovers.recent(currentActor.actingAs(Takeovers.IMPORTING), LocaleContextHolder.getLocale());
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException unreadable) {
            throw ApiException.unprocessable("import.unreadable-file", String.valueOf(file.getOriginalFilename()));
        }
    }
}

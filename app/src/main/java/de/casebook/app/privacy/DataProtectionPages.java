package de.casebook.app.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Datenschutz": find a person, see and download what is stored about them, erase it. */
@Controller
class DataProtectionPages {

    private final DataSubjects subjects;
    private final CurrentActor currentActor;
    private final PageMessages messages;
    private final ObjectMapper json;

    DataProtectionPages(DataSubjects subjects, CurrentActor currentActor, PageMessages messages, ObjectMapper json) {
        this.subjects = subjects;
        this.currentActor = currentActor;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/data-protection")
    String find(@RequestParam(required = false) String name, @RequestParam(required = false) LocalDate birthDate,
                Model model) {
        var actor = currentActor.actingAs(Role.PRIVACY);
        model.addAttribute("name", name);
        model.addAttribute("birthDate", birthDate);
        if (name != null && !name.isBlank()) {
            model.addAttribute("found", subjects.find(actor, name, birthDate));
        }
        return "privacy/find";
    }

    @GetMapping("/data-protection/subjects/{subjectId}")
    String report(@PathVariable String subjectId, Model model) {
        model.addAttribute("report", subjects.report(currentActor.actingAs(Role.PRIVACY), subjectId));
        return "privacy/report";
    }

    @GetMapping("/data-protection/subjects/{subjectId}/report.json")
    ResponseEntity<String> download(@PathVariable String subjectId) throws JsonProcessingException {
        var report = subjects.report(currentActor.actingAs(Role.PRIVACY), subjectId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("auskunft-" + subjectId + ".json", StandardCharsets.UTF_8).build().toString())
                .body(json.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    }

    @PostMapping("/data-protection/subjects/{subjectId}/erasure")
    String erase(@PathVariable String subjectId, @RequestParam(required = false) String reason,
                 @RequestParam(defaultValue = "false") boolean force, RedirectAttributes redirect) {
        var erased = messages.attempt(() -> subjects.erase(currentActor.actingAs(Role.PRIVACY), subjectId, reason, force),
                redirect, "page.subject-erased");
        return erased ? "redirect:/data-protection" : "redirect:/data-protection/subjects/" + subjectId;
    }
}

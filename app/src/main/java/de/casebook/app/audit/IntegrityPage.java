package de.casebook.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.app.platform.ApiException;
import de.casebook.app.platform.PageMessages;
import de.casebook.app.security.CurrentActor;
import de.casebook.app.security.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Integrität prüfen": the digests to download and keep, and verification runs with their progress and findings. */
@Controller
class IntegrityPage {

    private final Verifications verifications;
    private final Digests digests;
    private final CurrentActor currentActor;
    private final PageMessages messages;
    private final ObjectMapper json;
    private final AppendOnly appendOnly;

    IntegrityPage(Verifications verifications, Digests digests, CurrentActor currentActor, PageMessages messages,
                  ObjectMapper json, AppendOnly appendOnly) {
        this.appendOnly = appendOnly;
        this.verifications = verifications;
        this.digests = digests;
        this.currentActor = currentActor;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/audit/integrity")
    String integrity(@RequestParam(required = false) UUID verification, Model model) {
        currentActor.actingAs(Role.AUDITOR, Role.ADMIN);
        var recent = verifications.recent();
        model.addAttribute("verifications", recent);
        model.addAttribute("digests", digests.all().stream().limit(50).toList());
        var shown = verification != null ? verifications.find(verification)
                : recent.stream().findFirst();
        shown.ifPresent(run -> model.addAttribute("shown", run));
        model.addAttribute("publicKey", digests.publicKeyPem());
        model.addAttribute("appendOnly", appendOnly.enforced());
        return "audit/integrity";
    }

    @PostMapping("/audit/integrity/verifications")
    String verify(@RequestParam(name = "digests", required = false) List<MultipartFile> files,
                  RedirectAttributes redirect) {
        var started = new AtomicReference<UUID>();
        messages.attempt(() -> {
            var actor = currentActor.actingAs(Role.AUDITOR, Role.ADMIN);
            started.set(verifications.start(actor, uploaded(files)));
        }, redirect, "page.verification-started");
        return started.get() == null ? "redirect:/audit/integrity" : "redirect:/audit/integrity?verification=" + started.get();
    }

    @PostMapping("/audit/integrity/digests")
    String sealNow(RedirectAttributes redirect) {
        messages.attempt(() -> {
            currentActor.actingAs(Role.AUDITOR, Role.ADMIN);
            digests.sealNow();
        }, redirect, "page.digest-sealed");
        return "redirect:/audit/integrity";
    }

    private List<DigestDocument> uploaded(List<MultipartFile> files) {
        var documents = new ArrayList<DigestDocument>();
        for (var file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            try {
                documents.add(json.readValue(file.getBytes(), DigestDocument.class));
            } catch (IOException e) {
                throw ApiException.unprocessable("audit.digest-unreadable", file.getOriginalFilename());
            }
        }
        return documents;
    }
}

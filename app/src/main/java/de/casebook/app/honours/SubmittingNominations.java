package de.casebook.app.honours;

import de.casebook.app.cases.CaseClaims;
import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseNumbers;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.domain.honours.api.AwardKind;
import de.casebook.domain.honours.api.Nominator;
import de.casebook.domain.honours.api.Nominee;
import de.casebook.domain.honours.api.Reference;
import de.casebook.domain.honours.api.SubmitNominationCommand;
import de.casebook.domain.shared.CaseCalendar;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes a nomination (anyone may nominate, in writing; staff enter it), which starts its process. */
@Service
class SubmittingNominations {

    record NominatorRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 200) String email,
                            @Size(max = 200) String organisation) {
    }

    record NomineeRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate birthDate,
                          @NotBlank @Size(max = 200) String street, @NotBlank @Size(max = 10) String postalCode,
                          @NotBlank @Size(max = 100) String city, @Size(max = 200) String organisation,
                          LocalDate diedOn) {
    }

    record ReferenceRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 200) String email) {
    }

    record NominationRequest(@NotBlank String awardKind, @Size(max = 50) String category,
                             @NotNull @Valid NominatorRequest nominator, @NotNull @Valid NomineeRequest nominee,
                             @NotNull LocalDate engagementSince, LocalDate engagementUntil,
                             @NotBlank @Size(max = 20000) String justification,
                             @Size(max = 5) List<@NotNull @Valid ReferenceRequest> references) {
    }

    private final CaseCommands commands;
    private final CaseNumbers caseNumbers;
    private final HonoursProperties settings;
    private final CaseClaims claims;
    private final Clock clock;

    SubmittingNominations(CaseCommands commands, CaseNumbers caseNumbers, HonoursProperties settings, CaseClaims claims,
                          Clock clock) {
        this.claims = claims;
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    String submit(NominationRequest request, Actor actor) {
        var kind = AwardKind.ofCode(request.awardKind())
                .orElseThrow(() -> ApiException.unprocessable("nomination.unknown-award-kind", request.awardKind()));
        var municipality = settings.municipalities().get(actor.municipality());
        if (municipality == null || municipality.awardKinds() == null
                || !municipality.awardKinds().contains(kind.code())) {
            throw ApiException.unprocessable("nomination.award-kind-not-offered", kind.code());
        }
        HonoursProperties.Call call = null;
        if (kind.hasJury()) {
            var calls = municipality.calls() == null ? Map.<String, HonoursProperties.Call>of()
                    : municipality.calls();
            call = calls.get(request.category() == null ? "" : request.category());
            if (call == null) {
                throw ApiException.unprocessable("nomination.unknown-category", request.category(),
                        String.join(", ", calls.keySet()));
            }
        }
        var caseId = UUID.randomUUID().toString();
        var nominee = request.nominee();
        var caseNumber = caseNumbers.next(CaseTypes.NOMINATION, actor.municipality());
        var rules = AwardKinds.rules(kind, call, CaseCalendar.dayOf(clock.instant()));
        claims.claim(CaseTypes.NOMINATION, "nomination.duplicate", caseId, caseNumber, actor.municipality(),
                kind.code(), String.valueOf(rules.deadline()), nominee.name(), nominee.birthDate());
        commands.send(new SubmitNominationCommand(caseId, caseNumber, actor.municipality(), kind,
                kind.hasJury() ? request.category() : null,
                new Nominator(request.nominator().name().strip(), request.nominator().email().strip(),
                        blankToNull(request.nominator().organisation())),
                new Nominee(nominee.name().strip(), nominee.birthDate(), nominee.street().strip(),
                        nominee.postalCode().strip(), nominee.city().strip(), blankToNull(nominee.organisation()),
                        nominee.diedOn()),
                request.engagementSince(), request.engagementUntil(), request.justification(),
                request.references() == null ? List.of() : request.references().stream()
                        .map(reference -> new Reference(reference.name().strip(), reference.email().strip())).toList(),
                rules), actor);
        return caseId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

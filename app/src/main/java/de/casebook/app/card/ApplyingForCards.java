package de.casebook.app.card;

import de.casebook.app.cases.CaseClaims;
import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseNumbers;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.domain.card.api.Applicant;
import de.casebook.domain.card.api.LinkRenewalCommand;
import de.casebook.domain.card.api.Organisation;
import de.casebook.domain.card.api.SubmitCardApplicationCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes an application for a volunteer card, which starts the process {@code card-application}. */
@Service
class ApplyingForCards {

    record ApplicantRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate birthDate,
                            @NotBlank @Size(max = 200) String street,
                            @NotBlank @Pattern(regexp = "\\d{5}") String postalCode,
                            @NotBlank @Size(max = 100) String city, @NotBlank @Email @Size(max = 200) String email) {
    }

    record OrganisationRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String contactName,
                               @NotBlank @Email @Size(max = 200) String contactEmail,
                               @DecimalMin("0") @DecimalMax("168") BigDecimal hoursPerWeek,
                               @Min(0) @Max(8784) Integer hoursPerYear, @NotNull LocalDate since,
                               @NotBlank @Size(max = 200) String role, @NotNull Boolean unpaid) {
    }

    record CardApplicationRequest(@NotBlank String program, @NotNull @Valid ApplicantRequest applicant,
                                  @NotNull @Size(min = 1, max = 5) List<@NotNull @Valid OrganisationRequest> organisations,
                                  @Size(max = 50) String qualification, @Size(max = 100) String renewalOf) {
    }

    private final CardApplicationList applications;
    private final CaseCommands commands;
    private final CaseNumbers caseNumbers;
    private final CaseClaims claims;
    private final CardProperties settings;
    private final Clock clock;

    ApplyingForCards(CardApplicationList applications, CaseCommands commands, CaseNumbers caseNumbers,
                     CaseClaims claims, CardProperties settings, Clock clock) {
        this.claims = claims;
        this.applications = applications;
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    String apply(CardApplicationRequest request, Actor actor) {
        var program = CardPrograms.offered(request.program(), actor.municipality(), settings);
        var applicant = request.applicant();
        requireNoOtherCard(applicant.name(), applicant.birthDate(), program.code(), request.renewalOf(), actor);
        var caseId = UUID.randomUUID().toString();
        var caseNumber = caseNumbers.next(CaseTypes.CARD_APPLICATION, actor.municipality());
        claims.claimReplacing(CaseTypes.CARD_APPLICATION, "card.application-open", caseId, caseNumber,
                blankToNull(request.renewalOf()), applicant.name(), applicant.birthDate(), program.code());
        commands.send(new SubmitCardApplicationCommand(caseId, caseNumber, actor.municipality(), program,
                new Applicant(applicant.name().strip(), applicant.birthDate(), applicant.street().strip(),
                        applicant.postalCode(), applicant.city().strip(), applicant.email().strip()),
                request.organisations().stream().map(ApplyingForCards::organisation).toList(),
                blankToNull(request.qualification()), blankToNull(request.renewalOf())), actor);
        if (blankToNull(request.renewalOf()) != null) {
            commands.send(new LinkRenewalCommand(request.renewalOf(), caseId), actor);
        }
        return caseId;
    }

    /**
     * One valid card per person and program: a second application is refused, unless it renews that
     * card within the renewal window before it expires. An open application also blocks a second one.
     */
    private void requireNoOtherCard(String name, LocalDate birthDate, String program, String renewalOf, Actor actor) {
        var today = LocalDate.now(clock);
        var earlier = applications.ofApplicant(name, birthDate, program);
        if (renewalOf != null && !renewalOf.isBlank()) {
            var renewed = earlier.stream().filter(view -> view.caseId().equals(renewalOf)).findFirst()
                    .orElseThrow(() -> ApiException.unprocessable("card.renewal-of-other", renewalOf));
            if (!actor.municipality().equals(renewed.municipality())) {
                throw ApiException.unprocessable("card.renewal-of-other", renewalOf);
            }
        }
        for (var application : earlier) {
            if (application.isOpen()) {
                throw ApiException.conflict("card.application-open", numberOf(application));
            }
            if (application.holdsValidCardOn(today) && !renewsInWindow(application, renewalOf, today)) {
                throw ApiException.conflict("card.already-holds-valid-card", numberOf(application));
            }
        }
    }

    private boolean renewsInWindow(CardApplicationList.Earlier application, String renewalOf, LocalDate today) {
        var lastDay = application.validUntil();
        return application.caseId().equals(renewalOf) && lastDay != null
                && !today.isBefore(lastDay.minusDays(settings.renewalWindowDays()));
    }

    private static String numberOf(CardApplicationList.Earlier application) {
        return application.caseNumber() != null ? application.caseNumber() : application.caseId();
    }

    private static Organisation organisation(OrganisationRequest request) {
        return new Organisation(request.name().strip(), request.contactName().strip(), request.contactEmail().strip(),
                request.hoursPerWeek(), request.hoursPerYear(), request.since(), request.role().strip(),
                request.unpaid());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

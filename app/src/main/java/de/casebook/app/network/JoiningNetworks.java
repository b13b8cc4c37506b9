package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.security.Actor;
import de.casebook.domain.network.api.ApplyForMembershipCommand;
import de.casebook.domain.network.api.LeaveNetworkCommand;
import de.casebook.domain.network.api.RenewMembershipCommand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Membership of a network: applying (which starts the membership process), renewing, leaving. */
@Service
class JoiningNetworks {

    record MembershipApplication(@NotBlank @Size(max = 100) String municipality,
                                 @Size(max = 200) String contactPerson,
                                 @PastOrPresent LocalDate councilResolutionDate,
                                 @NotNull Boolean declarationSigned,
                                 @Size(max = 50) String cardProgramme) {
    }

    record Leaving(@NotBlank @Size(max = 2000) String reason) {
    }

    private final Networks networks;
    private final CaseCommands commands;

    JoiningNetworks(Networks networks, CaseCommands commands) {
        this.networks = networks;
        this.commands = commands;
    }

    @Transactional
    String apply(String networkId, MembershipApplication application, Actor actor) {
        var municipality = application.municipality().strip();
        networks.requireMayActFor(actor, networkId, municipality);
        var applicationId = UUID.randomUUID().toString();
        commands.sendInTurn(new ApplyForMembershipCommand(networkId, applicationId, municipality,
                blankToNull(application.contactPerson()), application.councilResolutionDate(),
                application.declarationSigned(), blankToNull(application.cardProgramme())), actor);
        return applicationId;
    }

    @Transactional
    LocalDate renew(String networkId, String municipality, Actor actor) {
        networks.requireRuns(actor, networkId);
        return commands.sendInTurn(new RenewMembershipCommand(networkId, municipality), actor);
    }

    @Transactional
    void leave(String networkId, String municipality, Leaving leaving, Actor actor) {
        networks.requireMayActFor(actor, networkId, municipality);
        commands.sendInTurn(new LeaveNetworkCommand(networkId, municipality, leaving.reason().strip()), actor);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.security.Actor;
import de.casebook.domain.network.api.RequestGrantCommand;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's request for a development grant (KEB), which starts the grant process. */
@Service
class RequestingGrants {

    record GrantRequest(@NotBlank @Size(max = 100) String municipality, @NotBlank @Size(max = 300) String title,
                        @NotNull LocalDate measureStart,
                        @NotNull @DecimalMin(value = "0.01") @Digits(integer = 7, fraction = 2) BigDecimal amountEur,
                        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 100) String> targetGroups) {
    }

    private final Networks networks;
    private final CaseCommands commands;

    RequestingGrants(Networks networks, CaseCommands commands) {
        this.networks = networks;
        this.commands = commands;
    }

    @Transactional
    String request(String networkId, GrantRequest request, Actor actor) {
        var municipality = request.municipality().strip();
        networks.requireMayActFor(actor, networkId, municipality);
        var grantId = UUID.randomUUID().toString();
        commands.sendInTurn(new RequestGrantCommand(networkId, grantId, municipality, request.title().strip(),
                request.measureStart(), request.amountEur(), request.targetGroups().stream().map(String::strip).toList()),
                actor);
        return grantId;
    }
}

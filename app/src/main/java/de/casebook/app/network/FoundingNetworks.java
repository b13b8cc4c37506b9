package de.casebook.app.network;

import de.casebook.app.cases.CaseCommands;
import de.casebook.app.cases.CaseNumbers;
import de.casebook.app.cases.CaseTypes;
import de.casebook.app.platform.ApiException;
import de.casebook.app.security.Actor;
import de.casebook.app.security.Role;
import de.casebook.app.security.Users;
import de.casebook.domain.network.api.FoundNetworkCommand;
import de.casebook.domain.network.api.Goal;
import de.casebook.domain.network.api.GrantRules;
import de.casebook.domain.network.api.MembershipPrerequisite;
import de.casebook.domain.network.api.NetworkKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class FoundingNetworks {

    record GoalRequest(@NotBlank @Size(max = 2000) String text, @NotNull @Positive @Max(60) Integer reviewEveryMonths) {
    }

    record NetworkRequest(@NotBlank @Size(max = 200) String name,
                          @NotNull @Pattern(regexp = "cities|municipalities|districts|state") String kind,
                          @NotBlank @Size(max = 200) String leadOrganisation,
                          @NotEmpty List<@NotBlank String> coordinators, @NotEmpty List<@Valid GoalRequest> goals,
                          LocalDate endDate, @Positive @Max(12) Integer meetingsPerYear,
                          List<@Pattern(regexp = PREREQUISITE_CODES) String> membershipPrerequisites,
                          @Positive @Max(20) Integer membershipTermYears) {
    }

    static final String PREREQUISITE_CODES = "contact-person|declaration-signed|council-resolution|card-programme";

    private final CaseCommands commands;
    private final CaseNumbers caseNumbers;
    private final Users users;
    private final NetworkProperties defaults;

    FoundingNetworks(CaseCommands commands, CaseNumbers caseNumbers, Users users, NetworkProperties defaults) {
        this.commands = commands;
        this.caseNumbers = caseNumbers;
        this.users = users;
        this.defaults = defaults;
    }

    private static List<MembershipPrerequisite> prerequisites(List<String> codes) {
        return codes.stream().distinct().map(code -> MembershipPrerequisite.ofCode(code)
                .orElseThrow(() -> ApiException.unprocessable("network.unknown-prerequisite", code))).toList();
    }

    @Transactional
    String found(NetworkRequest request, Actor actor) {
        request.coordinators().stream()
                .filter(name -> users.find(name).filter(user -> user.has(Role.COORDINATOR)).isEmpty())
                .findFirst()
                .ifPresent(name -> {
                    throw ApiException.unprocessable("network.unknown-coordinator", name);
                });
        var networkId = UUID.randomUUID().toString();
        var goals = request.goals().stream()
                .map(goal -> new Goal(UUID.randomUUID().toString(), goal.text().strip(), goal.reviewEveryMonths()))
                .toList();
        var caseNumber = caseNumbers.next(CaseTypes.NETWORK, actor.municipality());
        commands.send(new FoundNetworkCommand(networkId, caseNumber, request.name().strip(),
                NetworkKind.ofCode(request.kind()).orElseThrow(),
                request.leadOrganisation().strip(), List.copyOf(request.coordinators()), goals, request.endDate(),
                request.meetingsPerYear() != null ? request.meetingsPerYear() : defaults.meetingsPerYear(),
                new GrantRules(defaults.grantMaxPerRequest(), defaults.grantMaxRequestsPerYear(),
                        defaults.grantMaxTotalPerYear(), defaults.grantMinDaysBeforeStart(), defaults.grantSameYear()),
                prerequisites(request.membershipPrerequisites() != null
                        ? request.membershipPrerequisites() : defaults.membershipPrerequisites()),
                request.membershipTermYears() != null ? request.membershipTermYears() : defaults.membershipTermYears()),
                actor);
        return networkId;
    }
}

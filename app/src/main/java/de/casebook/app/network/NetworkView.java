package de.casebook.app.network;

import de.casebook.domain.network.api.Goal;
import de.casebook.domain.network.api.GrantDeclinedEvent;
import de.casebook.domain.network.api.GrantRequestedEvent;
import de.casebook.domain.network.api.GrantRules;
import de.casebook.domain.network.api.MemberAdmittedEvent;
import de.casebook.domain.network.api.MemberLeftEvent;
import de.casebook.domain.network.api.NetworkEndingStartedEvent;
import de.casebook.domain.network.api.NetworkFoundedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;

/** A network as its events tell it, up to any point in time. */
record NetworkView(String networkId, String status, String name, String kind, String leadOrganisation,
                   List<String> coordinators, List<Goal> goals, LocalDate endDate, int meetingsPerYear,
                   GrantRules grantRules, List<String> members, List<Grant> grants) {

    record Grant(String grantId, String municipality, String title, LocalDate measureStart, BigDecimal amountEur,
                 String status) {
    }

    static NetworkView of(List<DomainEventMessage<?>> events) {
        var founded = (NetworkFoundedEvent) events.get(0).getPayload();
        var members = new ArrayList<String>();
        var grants = new ArrayList<Grant>();
        var status = "active";
        for (var message : events) {
            var event = message.getPayload();
            if (event instanceof MemberAdmittedEvent admitted) {
                members.add(admitted.municipality());
            } else if (event instanceof MemberLeftEvent left) {
                members.remove(left.municipality());
            } else if (event instanceof GrantRequestedEvent requested) {
                grants.add(new Grant(requested.grantId(), requested.municipality(), requested.title(),
                        requested.measureStart(), requested.amountEur(), "requested"));
            } else if (event instanceof GrantDeclinedEvent declined) {
                grants.replaceAll(grant -> grant.grantId().equals(declined.grantId())
                        ? new Grant(grant.grantId(), grant.municipality(), grant.title(), grant.measureStart(),
                        grant.amountEur(), "declined")
                        : grant);
            } else if (event instanceof NetworkEndingStartedEvent) {
                status = "ending";
            }
        }
        return new NetworkView(founded.networkId(), status, founded.name(), founded.kind().code(), founded.leadOrganisation(),
                founded.coordinators(), founded.goals(), founded.endDate(), founded.meetingsPerYear(),
                founded.grantRules(), members, grants);
    }
}

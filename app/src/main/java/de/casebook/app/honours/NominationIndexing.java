package de.casebook.app.honours;

import static de.casebook.app.cases.CaseIndexing.CaseChange.to;

import de.casebook.app.cases.CaseIndexing;
import de.casebook.app.cases.CaseTypes;
import de.casebook.domain.honours.api.AwardKind;
import de.casebook.domain.honours.api.FormalCheckPassedEvent;
import de.casebook.domain.honours.api.HonourHandedOverEvent;
import de.casebook.domain.honours.api.HonourRevokedEvent;
import de.casebook.domain.honours.api.InformationRequestedEvent;
import de.casebook.domain.honours.api.InformationSuppliedEvent;
import de.casebook.domain.honours.api.JuryRecommendedEvent;
import de.casebook.domain.honours.api.NominationAwardedEvent;
import de.casebook.domain.honours.api.NominationDeclinedEvent;
import de.casebook.domain.honours.api.NominationForwardedEvent;
import de.casebook.domain.honours.api.NominationRejectedEvent;
import de.casebook.domain.honours.api.NominationWithdrawnEvent;
import de.casebook.domain.honours.api.NominationSubmittedEvent;
import de.casebook.domain.honours.api.ReferencesClosedEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/** A nomination in the case index: named by the nominee, of its award kind, seen by its call's jurors. */
@Component
class NominationIndexing implements CaseIndexing {

    private static final java.util.Set<String> JURY_KINDS = Arrays.stream(AwardKind.values())
            .filter(AwardKind::hasJury).map(AwardKind::code).collect(Collectors.toUnmodifiableSet());

    /** The statuses of {@link NominationView}, by the event that leads to them. */
    static final Map<Class<?>, CaseChange> CHANGES = Map.ofEntries(
            Map.entry(InformationRequestedEvent.class, to("information-requested")),
            Map.entry(InformationSuppliedEvent.class, to("formal-check")),
            Map.entry(FormalCheckPassedEvent.class, to("references")),
            Map.entry(NominationRejectedEvent.class, to("declined").deciding().closing()),
            Map.entry(ReferencesClosedEvent.class, CaseChange.byKind(JURY_KINDS, "jury", "decision")),
            Map.entry(JuryRecommendedEvent.class, to("decision")),
            Map.entry(NominationForwardedEvent.class, to("forwarded")),
            Map.entry(NominationAwardedEvent.class, to("awarded").deciding()),
            Map.entry(NominationDeclinedEvent.class, to("declined").deciding().closing()),
            Map.entry(HonourHandedOverEvent.class, to("closed").closing()),
            Map.entry(HonourRevokedEvent.class, to("revoked").closing()),
            Map.entry(NominationWithdrawnEvent.class, to("withdrawn").closing()));

    static final String SUBMITTED = "formal-check";

    @Override
    public String caseType() {
        return CaseTypes.NOMINATION;
    }

    @Override
    public String aggregateType() {
        return Nominations.NOMINATION;
    }

    @Override
    public OpenedCase opened(DomainEventMessage<?> first) {
        var submitted = (NominationSubmittedEvent) first.getPayload();
        return new OpenedCase(submitted.caseNumber(), submitted.awardKind().code(), submitted.nominee().name(), null,
                submitted.rules().jury() == null ? java.util.List.of() : submitted.rules().jury(), SUBMITTED);
    }

    @Override
    public CaseChange change(Class<?> eventType) {
        return CHANGES.get(eventType);
    }
}

package de.casebook.domain.network.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordMeetingCommand(
        @TargetAggregateIdentifier String networkId,
        String meetingId,
        LocalDate heldOn,
        List<String> attendees,
        List<String> decisions) {
}

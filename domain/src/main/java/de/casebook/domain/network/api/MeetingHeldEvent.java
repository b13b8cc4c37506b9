package de.casebook.domain.network.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record MeetingHeldEvent(
        String networkId,
        String meetingId,
        LocalDate heldOn,
        List<String> attendees,
        List<String> decisions) {
}

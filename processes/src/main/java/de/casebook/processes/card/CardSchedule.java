package de.casebook.processes.card;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** Expressions of the card model ({@code ${cardSchedule…}}). */
@Component("cardSchedule")
public class CardSchedule {

    public List<Integer> organisationIndexes(Object organisationCount) {
        return IntStream.range(0, ((Number) organisationCount).intValue()).boxed().toList();
    }
}

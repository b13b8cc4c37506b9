package de.casebook.processes.honours;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** Expressions of the honours model ({@code ${honoursSchedule…}}). */
@Component("honoursSchedule")
public class HonoursSchedule {

    public List<Integer> indexes(Object count) {
        return IntStream.range(0, ((Number) count).intValue()).boxed().toList();
    }

    /** The jurors of the nomination's call, carried as a comma-separated list of user names. */
    public List<String> jurors(String jury) {
        return jury == null || jury.isBlank() ? List.of()
                : Arrays.stream(jury.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}

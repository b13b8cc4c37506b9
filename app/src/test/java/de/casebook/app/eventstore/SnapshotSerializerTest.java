package de.casebook.app.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.casebook.domain.network.Network;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A snapshot holds an aggregate's whole state, whatever the application's JSON settings leave out. */
class SnapshotSerializerTest {

    @Test
    void aMemberWithoutATermSurvivesTheSnapshot() throws Exception {
        var applicationJson = new ObjectMapper().findAndRegisterModules()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        // a network holds no personal data: nothing to seal, no keys needed
        var serializer = EventStoreConfiguration.snapshotSerializer(applicationJson, null);
        var constructor = Network.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        var network = constructor.newInstance();
        var members = Network.class.getDeclaredField("members");
        members.setAccessible(true);
        @SuppressWarnings("unchecked")
        var map = (Map<String, LocalDate>) members.get(network);
        map.put("musterstadt", null);
        map.put("beispielheim", LocalDate.of(2028, 12, 31));

        Network restored = serializer.deserialize(serializer.serialize(network, byte[].class));

        var expected = new HashMap<String, LocalDate>();
        expected.put("musterstadt", null);
        expected.put("beispielheim", LocalDate.of(2028, 12, 31));
        assertThat(members.get(restored)).isEqualTo(expected);
    }
}

package com.ccplatform.webhook.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventTimeTest {

    @Test
    void genesysTimesAreValid() {
        assertThat(EventTime.parseOrEmpty("2024-01-15T10:30:00.000Z")).isPresent();
        assertThat(EventTime.parseOrEmpty("2024-01-15T10:30:00Z")).isPresent();
        assertThat(EventTime.parseOrEmpty("2024-01-15T10:30:00.123456789Z")).isPresent();
        assertThat(EventTime.parseOrEmpty("2024-02-29T23:59:59.9Z")).isPresent();
        assertThat(EventTime.parseOrEmpty("2024-01-15T10:30:00+01:00")).isPresent();
        // ISO_LOCAL_TIME takes a decimal point with no digits after it; the fast path leaves that to the parser
        assertThat(EventTime.parseOrEmpty("2024-01-15T10:30:00.Z")).isPresent();
    }

    @Test
    void impossibleOrMalformedTimesAreNot() {
        assertThat(EventTime.parseOrEmpty("2023-02-29T10:30:00Z")).isEmpty();
        assertThat(EventTime.parseOrEmpty("2024-01-15T24:00:00Z")).isEmpty();
        assertThat(EventTime.parseOrEmpty("2024-01-15T10:60:00Z")).isEmpty();
        assertThat(EventTime.parseOrEmpty("2024-01-15T10:30:60Z")).isEmpty();
        assertThat(EventTime.parseOrEmpty("2024-13-15T10:30:00Z")).isEmpty();
        assertThat(EventTime.parseOrEmpty("2024-01-15T10:30:00.1234567890Z")).isEmpty();
        assertThat(EventTime.parseOrEmpty("2024-01-15 10:30:00Z")).isEmpty();
        assertThat(EventTime.parseOrEmpty("yesterday")).isEmpty();
        assertThat(EventTime.parseOrEmpty("")).isEmpty();
        assertThat(EventTime.parseOrEmpty(null)).isEmpty();
    }

    /** The fast path never accepts what the general ISO-8601 parser refuses, and never refuses what it accepts. */
    @Test
    void theFastPathAgreesWithTheGeneralParserOnMutatedTimes() {
        Random random = new Random(20261125);
        String alphabet = "0123456789-:.TZz+ x\u0660";
        int fastAccepted = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder time = new StringBuilder(String.format("%04d-%02d-%02dT%02d:%02d:%02d",
                    random.nextInt(10_000), random.nextInt(14), random.nextInt(33), random.nextInt(25),
                    random.nextInt(61), random.nextInt(61)));
            int fraction = random.nextInt(12) - 1;
            if (fraction >= 0) {
                time.append('.');
                for (int d = 0; d < fraction; d++) {
                    time.append((char) ('0' + random.nextInt(10)));
                }
            }
            time.append(random.nextInt(10) == 0 ? "+02:00" : "Z");
            int mutations = random.nextInt(4) == 0 ? 1 : 0;
            for (int m = 0; m < mutations; m++) {
                time.setCharAt(random.nextInt(time.length()), alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = time.toString();
            boolean general = generalParserAccepts(text);
            boolean fast = EventTime.isUtcShape(text);
            if (fast) {
                fastAccepted++;
                assertThat(general).as("fast path accepted what the parser refuses: %s", text).isTrue();
            }
            assertThat(EventTime.parseOrEmpty(text).isPresent()).as(text).isEqualTo(general);
        }
        assertThat(fastAccepted).isGreaterThan(10_000);
    }

    private static boolean generalParserAccepts(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}

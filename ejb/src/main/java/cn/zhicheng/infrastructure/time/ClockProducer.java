package cn.zhicheng.infrastructure.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The platform's clock, in Beijing time. Without settings it is the system clock. With the system property
 * {@code zhicheng.clock.start} (an ISO local date-time) it starts at that moment and runs on from there, so
 * that the demo and the tests live inside the 2020 review year; such a clock also honours
 * {@code zhicheng.clock.shift} (seconds, read on every call), which lets a test let an hour pass.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String START_PROPERTY = "zhicheng.clock.start";
    public static final String SHIFT_PROPERTY = "zhicheng.clock.shift";
    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    private final Clock clock;

    public ClockProducer() {
        Clock system = Clock.system(ZONE);
        String start = System.getProperty(START_PROPERTY);
        if (start == null || start.isBlank()) {
            clock = system;
        } else {
            Duration offset = Duration.between(LocalDateTime.now(system), LocalDateTime.parse(start.trim()));
            clock = new StartedClock(system, offset);
            LOG.info(() -> "Platform clock starts at " + start);
        }
    }

    @Produces
    public Clock clock() {
        return clock;
    }

    /** The system clock moved to a configured start, plus a shift that may change while running. */
    private static final class StartedClock extends Clock {
        private final Clock base;
        private final Duration offset;

        StartedClock(Clock base, Duration offset) {
            this.base = base;
            this.offset = offset;
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new StartedClock(base.withZone(zone), offset);
        }

        @Override
        public Instant instant() {
            return base.instant().plus(offset).plusSeconds(Long.getLong(SHIFT_PROPERTY, 0L));
        }
    }
}

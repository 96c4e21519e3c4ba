package cn.zhicheng.infrastructure.time;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The platform's clock, in Beijing time. With the system property {@code zhicheng.clock.start} (an ISO local
 * date-time) the clock starts at that moment and runs on from there: the demo and the tests live inside the
 * 2020 review year's window that way. Without it, it is the system clock.
 */
@ApplicationScoped
public class ClockProducer {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

    private final Clock clock;

    public ClockProducer() {
        Clock system = Clock.system(ZONE);
        String start = System.getProperty("zhicheng.clock.start");
        if (start == null || start.isBlank()) {
            clock = system;
        } else {
            Duration offset = Duration.between(LocalDateTime.now(system), LocalDateTime.parse(start.trim()));
            clock = Clock.offset(system, offset);
            LOG.info(() -> "Platform clock starts at " + start);
        }
    }

    @Produces
    public Clock clock() {
        return clock;
    }
}

package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import tools.jackson.databind.json.JsonMapper;

class ModuleEventsTest {

    record Moved(long sessionId, List<String> fields) {
    }

    /** Counts how often the serializer asks for the mapper (Modulith's own asks on every event). */
    static class CountingMappers implements ObjectProvider<JsonMapper> {
        final AtomicInteger asked = new AtomicInteger();
        final JsonMapper mapper = JsonMapper.builder().build();

        @Override
        public JsonMapper getIfAvailable(Supplier<JsonMapper> fallback) {
            asked.incrementAndGet();
            return mapper;
        }

        @Override
        public JsonMapper getObject(Object... args) {
            throw new UnsupportedOperationException();
        }

        @Override
        public JsonMapper getObject() {
            throw new UnsupportedOperationException();
        }
    }

    static final class NoPublications implements CompletedEventPublications {
        @Override
        public Collection<? extends EventPublication> findAll() {
            return List.of();
        }

        @Override
        public void deletePublications(Predicate<EventPublication> filter) {
        }

        @Override
        public void deletePublicationsOlderThan(Duration duration) {
        }
    }

    @Test
    void the_mapper_is_looked_up_once_not_per_event() {
        var mappers = new CountingMappers();
        var serializer = new ModuleEvents().moduleEventSerializer(mappers);

        for (int i = 0; i < 5; i++) {
            serializer.serialize(new Moved(i, List.of("starts_at")));
        }

        assertThat(mappers.asked).hasValue(1);
    }

    @Test
    void an_event_reads_back_as_it_was_written() {
        var serializer = new ModuleEvents().moduleEventSerializer(new CountingMappers());
        var event = new Moved(42, List.of("room", "starts_at"));

        Object json = serializer.serialize(event);

        assertThat(json).isEqualTo("{\"sessionId\":42,\"fields\":[\"room\",\"starts_at\"]}");
        assertThat(serializer.deserialize(json, Moved.class)).isEqualTo(event);
    }

    @Test
    void without_a_mapper_bean_a_default_one_is_used() {
        var none = new CountingMappers() {
            @Override
            public JsonMapper getIfAvailable(Supplier<JsonMapper> fallback) {
                asked.incrementAndGet();
                return fallback.get();
            }
        };
        var serializer = new ModuleEvents().moduleEventSerializer(none);

        assertThat(serializer.deserialize(serializer.serialize(new Moved(7, List.of())), Moved.class))
                .isEqualTo(new Moved(7, List.of()));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ModuleEventSettings.class)
    static class Settings {
    }

    @Test
    void handled_events_are_kept_a_week_and_a_retention_of_zero_refuses_the_start() {
        var runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);
        runner.run(context -> {
            var settings = context.getBean(ModuleEventSettings.class);
            assertThat(settings.keepCompleted()).isEqualTo(Duration.ofDays(7));
            assertThat(settings.retry()).isEqualTo(new ModuleEventSettings.Retry(true, Duration.ofMinutes(5), 5));
        });
        runner.withPropertyValues("ontour.events.retry.max-attempts=0").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("ontour.events.keep-completed=PT0S").run(context -> {
            assertThat(context).hasFailed();
            var all = new StringBuilder();
            for (var t = context.getStartupFailure(); t != null; t = t.getCause()) {
                all.append(t.getMessage()).append('\n');
            }
            assertThat(all).contains("ontour.events.keep-completed").contains("must be a duration longer than zero");
        });
    }
}

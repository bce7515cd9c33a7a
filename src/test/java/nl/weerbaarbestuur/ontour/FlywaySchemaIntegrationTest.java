package nl.weerbaarbestuur.ontour;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema comes from Flyway alone and Hibernate only validates it: if an entity and a migration
 * disagree, the context (and with it every integration test) does not start.
 */
@SpringBootTest
class FlywaySchemaIntegrationTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    Flyway flyway;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    ProvinceService provinces;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hibernate_validates_the_flyway_schema_instead_of_creating_one() {
        assertThat(entityManagerFactory.getProperties().get("hibernate.hbm2ddl.auto")).isEqualTo("validate");
    }

    @Test
    void every_migration_has_run_and_none_is_pending() {
        var info = flyway.info();

        assertThat(info.pending()).isEmpty();
        assertThat(info.applied()).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
        assertThat(info.applied()).extracting(m -> m.getVersion().getVersion()).contains("1", "2");
    }

    @Test
    void the_twelve_provinces_have_572_seats_in_the_provincial_councils() {
        var all = provinces.all();

        assertThat(all).extracting(Province::getCode)
                .containsExactlyInAnyOrder("GR", "FR", "DR", "OV", "FL", "GE", "UT", "NH", "ZH", "ZE", "NB", "LI");
        assertThat(all.stream().mapToInt(Province::getPsSeats).sum()).isEqualTo(572);
    }

    @Test
    void province_names_with_special_characters_survive_the_round_trip() {
        assertThat(provinces.find("FR")).get().extracting(Province::getName).isEqualTo("Fryslân");
        assertThat(provinces.find("NB")).get().extracting(Province::getCapital).isEqualTo("'s-Hertogenbosch");
        assertThat(provinces.find("fryslân")).get().extracting(Province::getCode).isEqualTo("FR");
    }

    @Test
    void the_module_event_registry_table_exists() {
        assertThat(jdbc.queryForObject("select count(*) from EVENT_PUBLICATION", Integer.class)).isNotNull();
    }

    @Test
    void the_tests_run_on_the_database_they_were_given_with_its_own_dialect() throws SQLException {
        String product;
        String version;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
            version = connection.getMetaData().getDatabaseProductVersion();
        }
        var dialect = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        System.out.println("[ontour-tests] schema validated on " + product + " " + version + " with " + dialect.getClass().getSimpleName());

        if (TestDatabase.isExternal()) {
            assertThat(product).isIn("MySQL", "MariaDB");
            if (version.contains("MariaDB")) {
                // Connector/J calls MariaDB "MySQL 5.5.5-10.x"; TestDatabase must have named the dialect.
                assertThat(dialect).isInstanceOf(MariaDBDialect.class);
            } else {
                assertThat(dialect).isInstanceOf(MySQLDialect.class);
            }
        } else {
            assertThat(product).isEqualTo("H2");
            assertThat(dialect).isInstanceOf(H2Dialect.class);
        }
        assertThat(Arrays.asList(flyway.getConfiguration().getLocations()))
                .extracting(Object::toString).containsExactly("classpath:db/migration");
    }
}

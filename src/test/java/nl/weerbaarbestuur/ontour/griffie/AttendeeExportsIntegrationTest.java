package nl.weerbaarbestuur.ontour.griffie;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import nl.weerbaarbestuur.ontour.audit.AccessAction;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.audit.AccessLogEntry;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** The exports read back as a person's program would read them: diacritics intact, formulas defused, every export logged. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class AttendeeExportsIntegrationTest {

    @Autowired AttendeeExports exports;
    @Autowired RegistrationAdministration registrations;
    @Autowired AccessLog log;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired nl.weerbaarbestuur.ontour.planning.TourService tours;
    @Autowired nl.weerbaarbestuur.ontour.planning.SessionService sessionService;
    @Autowired nl.weerbaarbestuur.ontour.planning.VenueService venues;
    @Autowired nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations participants;
    @Autowired nl.weerbaarbestuur.ontour.registration.CalendarAnswers calendarAnswers;

    private long session;
    private String title;

    @BeforeEach
    void aSessionWithAwkwardNames() {
        clock.set(FixedClockConfiguration.NOW);
        title = PlanningFixture.uniqueTitle("Weerbaar Fryslân – Ĳsselmeer");
        session = new PlanningFixture(context).publishedSession("FR", title, Duration.ofDays(21)).getId();
        SignInAs.role(Role.ORGANISER);
        register("Zoë d'Hondt-Ŝimić", "zoe@example.nl", "Fryske Nasjonale Partij", "FR");
        register("=HYPERLINK(\"evil\";\"klik\")", "formula@example.nl", "+31 Partij", "FR");
        register("Anna van 't Veld", "anna@example.nl", "@Fractie", "UT");
        // A leading tab or CR is stripped by the registration itself; CellSafetyTest covers them.
        register("-Minteken", "min@example.nl", "Tab", "UT");
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private long register(String name, String email, String fractie, String province) {
        return registrations.registerOnBehalf(session, new ParticipantDetails(name, email, ParticipantFunction.STATENLID, province,
                fractie, null, null, null, "nl")).registrationId();
    }

    @Test
    void the_csv_has_a_bom_semicolons_intact_diacritics_and_neutralised_formulas() {
        var file = exports.export(session, ExportFormat.CSV, DutchTime.DUTCH);

        assertThat(Arrays.copyOf(file.content(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(file.fileName()).endsWith(".csv");
        var text = new String(file.content(), StandardCharsets.UTF_8).substring(1);
        var lines = text.split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).startsWith("Naam;E-mail;Functie;Fractie;Provincie;Status");
        assertThat(text).contains("Zoë d'Hondt-Ŝimić;zoe@example.nl;Statenlid;Fryske Nasjonale Partij;Fryslân;bevestigd");
        assertThat(text).contains("Anna van 't Veld");
        assertThat(text).as("a cell with a semicolon or quote is quoted, and the formula defused")
                .contains("\"'=HYPERLINK(\"\"evil\"\";\"\"klik\"\")\"");
        assertThat(text).contains(";'+31 Partij;").contains(";'@Fractie;").contains("'-Minteken;");
        assertThat(file.rows()).isEqualTo(4);
    }

    @Test
    void the_xlsx_reads_back_with_text_cells_and_neutralised_formulas() throws Exception {
        var file = exports.export(session, ExportFormat.XLSX, DutchTime.DUTCH);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Naam");
            var names = new java.util.ArrayList<String>();
            var fracties = new java.util.ArrayList<String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
                fracties.add(sheet.getRow(r).getCell(3).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(0).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            }
            assertThat(names).contains("Zoë d'Hondt-Ŝimić", "Anna van 't Veld", "'-Minteken",
                    "'=HYPERLINK(\"evil\";\"klik\")");
            assertThat(fracties).contains("'+31 Partij", "'@Fractie", "Fryske Nasjonale Partij");
        }
    }

    @Test
    void the_xlsx_has_real_dates_a_filter_row_and_the_attendance_column() throws Exception {
        var file = exports.export(session, ExportFormat.XLSX, DutchTime.DUTCH);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(0);
            assertThat(header.getCell(8).getStringCellValue()).isEqualTo("Aangemeld op");
            assertThat(header.getCell(9).getStringCellValue()).isEqualTo("Aanwezigheid");
            var registered = sheet.getRow(1).getCell(8);
            assertThat(registered.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(registered)).isTrue();
            assertThat(registered.getLocalDateTimeCellValue())
                    .isEqualTo(DutchTime.inAmsterdam(clock.instant()).toLocalDateTime().withNano(0));
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as("a filter on the header row").isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:M");
        }
    }

    @Test
    void the_pdf_presentielijst_names_province_print_date_and_pages_and_keeps_a_name_with_an_emoji() throws Exception {
        register("Mila \uD83D\uDE42 Ørsted", "mila@example.nl", "Partij", "FR");
        var file = exports.export(session, ExportFormat.PDF, DutchTime.DUTCH);

        try (var pdf = Loader.loadPDF(file.content())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Provincie Fryslân");
            assertThat(text).contains("Afgedrukt op " + DutchTime.dateTime(clock.instant(), DutchTime.DUTCH));
            assertThat(text).contains("Pagina 1 van " + pdf.getNumberOfPages());
            assertThat(text).contains("Niet aangemeld en toch gekomen?");
            assertThat(text).as("the rest of the name survives the emoji").containsPattern("Mila \\S+ Ørsted");
        }
    }

    @Test
    void the_pdf_presentielijst_has_the_session_header_and_the_names_with_diacritics() throws Exception {
        var file = exports.export(session, ExportFormat.PDF, DutchTime.DUTCH);

        try (var pdf = Loader.loadPDF(file.content())) {
            var box = pdf.getPage(0).getMediaBox();
            assertThat(Math.round(box.getWidth())).as("A4").isEqualTo(595);
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(title).contains("Online").contains("Handtekening").contains("Fractie");
            assertThat(text).contains("Zoë d'Hondt-Ŝimić").contains("Anna van 't Veld");
            assertThat(text).contains(DutchTime.longDate(clock.instant().plus(Duration.ofDays(21)), DutchTime.DUTCH));
            assertThat(text).contains("Aantal deelnemers: 4");
        }
    }

    @Test
    void the_answer_to_the_calendar_invite_is_a_column_of_the_lists_and_of_the_presentielijst() throws Exception {
        var accepting = register("Agnes Agenda", "agnes@example.nl", "Partij", "FR");
        var hesitating = register("Mees Misschien", "mees@example.nl", "Partij", "FR");
        calendarAnswers.record(accepting, CalendarAnswer.ACCEPTED);
        calendarAnswers.record(hesitating, CalendarAnswer.TENTATIVE);

        var csv = new String(exports.export(session, ExportFormat.CSV, DutchTime.DUTCH).content(), StandardCharsets.UTF_8);
        assertThat(csv.substring(1).split("\r\n")[0]).contains(";Status;Agenda;Aangemeld door;");
        assertThat(csv).contains("Agnes Agenda;agnes@example.nl;Statenlid;Partij;Fryslân;bevestigd;geaccepteerd;")
                .contains("Mees Misschien;mees@example.nl;Statenlid;Partij;Fryslân;bevestigd;onder voorbehoud;")
                .contains(";Utrecht;bevestigd;;");
        var english = new String(exports.export(session, ExportFormat.CSV, DutchTime.ENGLISH).content(), StandardCharsets.UTF_8);
        assertThat(english.substring(1).split("\r\n")[0]).contains(";Status;Calendar;");
        assertThat(english).contains(";confirmed;accepted;").contains(";confirmed;tentative;");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.export(session, ExportFormat.XLSX, DutchTime.DUTCH)
                .content()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Agenda");
            var answers = new java.util.HashMap<String, String>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                answers.put(sheet.getRow(r).getCell(0).getStringCellValue(), sheet.getRow(r).getCell(6).getStringCellValue());
            }
            assertThat(answers).containsEntry("Agnes Agenda", "geaccepteerd").containsEntry("Mees Misschien", "onder voorbehoud")
                    .containsEntry("Anna van 't Veld", "");
        }

        try (var pdf = Loader.loadPDF(exports.export(session, ExportFormat.PDF, DutchTime.DUTCH).content())) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Agenda").contains("Handtekening");
            assertThat(text).containsPattern("Agnes Agenda\\s+Statenlid\\s+Partij\\s+geaccepteerd");
            assertThat(text).contains("voorbehoud"); // "onder voorbehoud" may wrap in its narrow column
        }
    }

    @Test
    void every_export_is_logged_and_only_organisers_read_the_log() {
        exports.export(session, ExportFormat.CSV, DutchTime.DUTCH);
        exports.export(session, ExportFormat.PDF, DutchTime.DUTCH);
        SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "UT"), () -> exports.export(session, ExportFormat.XLSX, DutchTime.DUTCH));

        var filter = new AccessLog.Filter(null, session, null, null);
        List<AccessLogEntry> entries = log.search(filter, 0, 50).reversed();
        assertThat(entries).extracting(AccessLogEntry::getAction)
                .containsExactly(AccessAction.EXPORT_CSV, AccessAction.EXPORT_PDF, AccessAction.EXPORT_XLSX);
        assertThat(entries).extracting(AccessLogEntry::getRowCount).containsExactly(4, 4, 2);
        assertThat(entries.get(2).getAccountEmail()).isEqualTo("griffie.zonder.account@test.ontour.nl");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.getSessionTitle()).isEqualTo(title);
            assertThat(e.getAccessedAt()).isEqualTo(clock.instant());
        });
        assertThatThrownBy(() -> SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "UT"), () -> log.search(filter, 0, 50)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_griffie_of_a_province_without_people_here_exports_an_empty_list() throws Exception {
        var file = SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "LI"),
                () -> exports.export(session, ExportFormat.CSV, DutchTime.DUTCH));
        assertThat(file.rows()).isZero();
        assertThat(new String(file.content(), StandardCharsets.UTF_8).split("\r\n")).hasSize(1);
    }

    @Test
    void a_hybrid_session_list_ends_with_on_location_or_online_and_other_lists_do_not() {
        var start = clock.instant().plus(Duration.ofDays(30));
        var tour = tours.create(PlanningFixture.uniqueTitle("Hybride export"), null, java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2027, 12, 31), "ontour@test.nl");
        var hybrid = sessionService.create(new nl.weerbaarbestuur.ontour.planning.SessionPlan(tour.getId(), "FR",
                PlanningFixture.uniqueTitle("Hybride avond"), null, null, start, start.plus(Duration.ofHours(2)),
                venues.optionsFor("FR").getFirst().getId(), nl.weerbaarbestuur.ontour.planning.SessionFormat.HYBRID,
                "https://meet.example.nl/h", 10, nl.weerbaarbestuur.ontour.planning.Audience.BOTH, java.util.Set.of(),
                null, null, false)).getId();
        sessionService.publish(hybrid);
        var receipt = participants.request(hybrid, new ParticipantDetails("Olga Online", "olga@example.nl",
                ParticipantFunction.STATENLID, "FR", null, null, null, null, "nl",
                nl.weerbaarbestuur.ontour.registration.AttendanceMode.ONLINE), true);
        participants.confirm(receipt.confirmationToken());

        var lines = new String(exports.export(hybrid, ExportFormat.CSV, DutchTime.DUTCH).content(), StandardCharsets.UTF_8)
                .substring(1).split("\r\n");
        assertThat(lines[0]).endsWith(";Opmerkingen;Deelname: op locatie/online");
        assertThat(lines[1]).startsWith("Olga Online;").endsWith(";Online");
        var other = new String(exports.export(session, ExportFormat.CSV, DutchTime.DUTCH).content(), StandardCharsets.UTF_8);
        assertThat(other.substring(1).split("\r\n")[0]).endsWith(";Opmerkingen");
    }
}

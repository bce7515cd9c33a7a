package nl.weerbaarbestuur.ontour.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a registration's details must be, wherever they come from: the participant's own form or
 * API call, a griffie or organiser registering someone, correcting an attendee, or the participant
 * changing their needs through the manage link. One place, so the limits and message keys cannot
 * drift apart between those paths. Every check reports all problems at once.
 */
@Component
class ParticipantDetailsCheck {

    static final int NAME_MAX = 120;
    static final int FRACTIE_MAX = 80;
    static final int ACCESSIBILITY_NEEDS_MAX = 1000;
    static final int DIETARY_NEEDS_MAX = 500;
    static final int REMARKS_MAX = 1000;

    private final ProvinceService provinces;

    ParticipantDetailsCheck(ProvinceService provinces) {
        this.provinces = provinces;
    }


    /**
     * A person's details, checked and normalised (stripped, e-mail lower case, the province's own
     * code, blanks as null, Dutch unless English was asked for); {@code consent}: whether the privacy
     * statement was accepted (implied when staff register someone).
     */
    ParticipantDetails checked(ParticipantDetails in, boolean consent) {
        var errors = new ArrayList<FieldError>();
        var name = strip(in.fullName());
        FieldChecks.name(errors, "fullName", name, NAME_MAX, true);
        var email = EmailAddresses.normalise(in.email());
        EmailAddresses.problem(email).ifPresent(problem -> errors.add(new FieldError("email", problem.messageKey())));
        function(errors, in.function());
        var province = strip(in.provinceCode()).toUpperCase(Locale.ROOT);
        if (province.isEmpty() || provinces.find(province).isEmpty()) {
            errors.add(new FieldError("province", "session.error.province-required"));
        }
        fractie(errors, in.fractie());
        needs(errors, in.accessibilityNeeds(), in.dietaryNeeds(), in.remarks());
        var language = in.language() == null || in.language().isBlank() ? "nl" : in.language().strip().toLowerCase(Locale.ROOT);
        if (!language.equals("nl") && !language.equals("en")) {
            errors.add(new FieldError("language", "registration.error.language"));
        }
        if (!consent) {
            errors.add(new FieldError("consent", "registration.error.consent-required"));
        }
        throwIfAny(errors);
        var code = provinces.find(province).orElseThrow().getCode();
        return new ParticipantDetails(name, email, in.function(), code, FieldChecks.blankToNull(in.fractie()),
                FieldChecks.blankToNull(in.accessibilityNeeds()), FieldChecks.blankToNull(in.dietaryNeeds()),
                FieldChecks.blankToNull(in.remarks()), language, in.attendance());
    }

    /** What staff may correct in a registration: function, fractie, needs and remarks. */
    static void check(AttendeeChanges changes) {
        var errors = new ArrayList<FieldError>();
        function(errors, changes.function());
        fractie(errors, changes.fractie());
        needs(errors, changes.accessibilityNeeds(), changes.dietaryNeeds(), changes.remarks());
        throwIfAny(errors);
    }

    /** What the participant may change through the manage link. */
    static void checkNeeds(String accessibilityNeeds, String dietaryNeeds, String remarks) {
        var errors = new ArrayList<FieldError>();
        needs(errors, accessibilityNeeds, dietaryNeeds, remarks);
        throwIfAny(errors);
    }

    private static void function(List<FieldError> errors, @Nullable ParticipantFunction function) {
        if (function == null) {
            errors.add(new FieldError("function", "registration.error.function-required"));
        }
    }

    private static void fractie(List<FieldError> errors, @Nullable String fractie) {
        FieldChecks.name(errors, "fractie", strip(fractie), FRACTIE_MAX, false);
    }

    private static void needs(List<FieldError> errors, @Nullable String accessibilityNeeds, @Nullable String dietaryNeeds,
                              @Nullable String remarks) {
        FieldChecks.text(errors, "accessibilityNeeds", strip(accessibilityNeeds), ACCESSIBILITY_NEEDS_MAX, false);
        FieldChecks.text(errors, "dietaryNeeds", strip(dietaryNeeds), DIETARY_NEEDS_MAX, false);
        FieldChecks.text(errors, "remarks", strip(remarks), REMARKS_MAX, false);
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}

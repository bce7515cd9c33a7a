package nl.weerbaarbestuur.ontour.shared;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A setting holding one e-mail address, with or without a display name ({@code On Tour
 * <ontour@example.nl>}), as a mail header takes it: checked strictly (RFC 822) at start, so a typo
 * stops the start instead of every mail failing later. Jakarta's {@code @Email} refuses the display
 * name. Blank is left to {@code @NotBlank} (an optional Reply-To may be empty).
 */
@Documented
@Constraint(validatedBy = MailboxAddress.Check.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface MailboxAddress {

    String message() default "must be one e-mail address, such as ontour@example.nl or On Tour <ontour@example.nl>";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<MailboxAddress, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                var parsed = InternetAddress.parse(value.strip(), true);
                return parsed.length == 1 && parsed[0].getAddress().contains("@");
            } catch (AddressException e) {
                return false;
            }
        }
    }
}

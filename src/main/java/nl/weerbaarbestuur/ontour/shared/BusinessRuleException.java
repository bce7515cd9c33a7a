package nl.weerbaarbestuur.ontour.shared;

import java.util.Arrays;

/**
 * A request that breaks a business rule. It carries a translation key (and its arguments) rather
 * than a sentence, so that the UI and the API can tell the user in their own language.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}

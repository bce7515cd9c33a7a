package nl.weerbaarbestuur.ontour.shared;

/**
 * A rate limit was reached (per client address or per recipient): 429 in the API, a message in
 * the UI. It says nothing about whether an address or registration exists.
 */
public class TooManyRequestsException extends BusinessRuleException {

    public TooManyRequestsException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}

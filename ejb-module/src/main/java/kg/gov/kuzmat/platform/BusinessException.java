package kg.gov.kuzmat.platform;

import jakarta.ejb.ApplicationException;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A refusal the user can understand and act on. It carries a message key (and its arguments) from
 * the resource bundles, translated at the edge; the transaction is rolled back so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<Serializable> arguments;

    public BusinessException(String messageKey, Serializable... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        // A missing argument reads as nothing: the refusal must never fail to be raised (List.of refuses nulls).
        this.arguments = Arrays.stream(arguments).map(argument -> argument == null ? "" : argument).toList();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<Serializable> getArguments() {
        return arguments;
    }
}

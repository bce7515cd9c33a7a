package nl.weerbaarbestuur.ontour.notification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import nl.weerbaarbestuur.ontour.shared.DataEncryption;

/**
 * Mail bodies at rest: encrypted when written, decrypted when read (Hibernate asks Spring for this
 * converter, so it gets the application's data key). Rows from before encryption read as they are.
 */
@Converter
class EncryptedText implements AttributeConverter<String, String> {

    private final DataEncryption encryption;

    EncryptedText(DataEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public String convertToDatabaseColumn(String clear) {
        // An empty body (purged by retention) holds nothing to hide and stays visibly empty.
        return clear == null || clear.isEmpty() ? clear : encryption.encrypt(clear);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return encryption.decrypt(stored);
    }
}

package io.ec2emulator.api.codec;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.util.SdkAutoConstructList;

/**
 * Encodes the AWS SDK's typed response object as EC2's XML, driven only by the model metadata:
 * elements are named by {@link SdkField#unmarshallLocationName()} (never {@code locationName()}),
 * lists are a wrapper with one child per element, the root is {@code <ActionResponse>} with
 * {@code <requestId>} and no result wrapper. Written with Jackson's streaming XML generator.
 */
public final class ResponseEncoder {

    public static final String NAMESPACE = "http://ec2.amazonaws.com/doc/2016-11-15/";
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final XmlFactory FACTORY = factory();

    private ResponseEncoder() {
    }

    /** The success document of {@code action}. */
    public static byte[] encode(String action, String requestId, SdkPojo response) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (ToXmlGenerator xml = open(out)) {
            xml.getStaxWriter().setDefaultNamespace(NAMESPACE);
            xml.setNextName(new QName(NAMESPACE, action + "Response"));
            xml.writeStartObject();
            xml.getStaxWriter().writeDefaultNamespace(NAMESPACE);
            xml.writeStringField("requestId", requestId);
            writeFields(xml, response);
            xml.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return out.toByteArray();
    }

    /** EC2's error document: {@code <Response><Errors><Error>…</Error></Errors><RequestID>…}. */
    public static byte[] encodeError(String code, String message, String requestId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (ToXmlGenerator xml = open(out)) {
            xml.setNextName(new QName("Response"));
            xml.writeStartObject();
            xml.writeFieldName("Errors");
            xml.writeStartObject();
            xml.writeFieldName("Error");
            xml.writeStartObject();
            xml.writeStringField("Code", XmlText.clean(code));
            xml.writeStringField("Message", XmlText.clean(message == null ? "" : message));
            xml.writeEndObject();
            xml.writeEndObject();
            xml.writeStringField("RequestID", requestId);
            xml.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ToXmlGenerator open(ByteArrayOutputStream out) throws IOException {
        ToXmlGenerator xml = FACTORY.createGenerator(out);
        try {
            xml.getStaxWriter().writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return xml;
    }

    /** Plain (non-repairing) namespaces: the root declares EC2's namespace as the default one. */
    private static XmlFactory factory() {
        XmlFactory factory = new XmlFactory();
        factory.getXMLOutputFactory().setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        return factory;
    }

    private static void writeFields(ToXmlGenerator xml, SdkPojo pojo) throws IOException {
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (value == null || value instanceof SdkAutoConstructList) {
                continue;
            }
            writeValue(xml, field, field.unmarshallLocationName(), value);
        }
    }

    /** A number without exponent; NaN, the infinities and -0.0 (BigDecimal cannot hold them) as Java spells them. */
    private static String plain(double value) {
        return Double.isFinite(value) && value != 0
                ? BigDecimal.valueOf(value).toPlainString() : Double.toString(value);
    }

    private static String plain(float value) {
        return Float.isFinite(value) && value != 0
                ? new BigDecimal(Float.toString(value)).toPlainString() : Float.toString(value);
    }

    private static void writeValue(ToXmlGenerator xml, SdkField<?> field, String name, Object value)
            throws IOException {
        xml.writeFieldName(name);
        switch (field.marshallingType().getKnownType()) {
            case SDK_POJO:
                xml.writeStartObject();
                writeFields(xml, (SdkPojo) value);
                xml.writeEndObject();
                break;
            case LIST: {
                ListTrait list = field.getTrait(ListTrait.class);
                SdkField<?> member = list.memberFieldInfo();
                String memberName = list.memberLocationName() == null ? "item" : list.memberLocationName();
                xml.writeStartObject();
                for (Object element : (List<?>) value) {
                    if (element != null) {
                        writeValue(xml, member, memberName, element);
                    }
                }
                xml.writeEndObject();
                break;
            }
            case STRING:
                xml.writeString(XmlText.clean((String) value));
                break;
            case BOOLEAN:
                xml.writeString(value.toString());
                break;
            case INTEGER:
            case LONG:
            case SHORT:
            case BYTE:
                xml.writeString(value.toString());
                break;
            case DOUBLE:
                xml.writeString(plain((Double) value));
                break;
            case FLOAT:
                xml.writeString(plain((Float) value));
                break;
            case BIG_DECIMAL:
                xml.writeString(((BigDecimal) value).toPlainString());
                break;
            case INSTANT:
                xml.writeString(TIMESTAMP.format((Instant) value));
                break;
            case SDK_BYTES:
                xml.writeString(Base64.getEncoder().encodeToString(((SdkBytes) value).asByteArray()));
                break;
            default:
                throw new IllegalStateException("unexpected type of " + name);
        }
    }
}

package io.ec2emulator.core.keypairs;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** The SSH binary encoding (RFC 4251 section 5) of {@code uint32}, {@code string} and {@code mpint}. */
final class SshWire {

    private SshWire() {}

    /** Builds an SSH-encoded byte sequence. */
    static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Writer u32(int value) {
            out.write(value >>> 24);
            out.write(value >>> 16);
            out.write(value >>> 8);
            out.write(value);
            return this;
        }

        Writer string(byte[] value) {
            u32(value.length);
            out.writeBytes(value);
            return this;
        }

        Writer string(String value) {
            return string(value.getBytes(StandardCharsets.UTF_8));
        }

        /** A non-negative integer as an SSH mpint: minimal two's complement, big-endian. */
        Writer mpint(BigInteger value) {
            return string(value.signum() == 0 ? new byte[0] : value.toByteArray());
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /**
     * Reads an SSH-encoded byte sequence strictly: every length is checked against the bytes left, and any
     * malformation is answered with {@code InvalidKey.Format}.
     */
    static final class Reader {
        private final byte[] buffer;
        private int position;

        Reader(byte[] buffer) {
            this.buffer = buffer;
        }

        byte[] string() {
            if (buffer.length - position < 4) {
                throw KeyErrors.invalidFormat();
            }
            long length = ((buffer[position] & 0xffL) << 24) | ((buffer[position + 1] & 0xff) << 16)
                    | ((buffer[position + 2] & 0xff) << 8) | (buffer[position + 3] & 0xff);
            position += 4;
            if (length > buffer.length - position) {
                throw KeyErrors.invalidFormat();
            }
            byte[] value = new byte[(int) length];
            System.arraycopy(buffer, position, value, 0, value.length);
            position += value.length;
            return value;
        }

        String asciiString() {
            byte[] value = string();
            for (byte b : value) {
                if (b < 0x21 || b > 0x7e) {
                    throw KeyErrors.invalidFormat();
                }
            }
            return new String(value, StandardCharsets.US_ASCII);
        }

        /** A non-negative mpint; negative values are rejected. */
        BigInteger mpint() {
            byte[] value = string();
            if (value.length > 0 && value[0] < 0) {
                throw KeyErrors.invalidFormat();
            }
            return new BigInteger(1, value);
        }

        /** Rejects any bytes left over. */
        void end() {
            if (position != buffer.length) {
                throw KeyErrors.invalidFormat();
            }
        }
    }
}

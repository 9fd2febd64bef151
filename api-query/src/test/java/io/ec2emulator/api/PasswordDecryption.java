package io.ec2emulator.api;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Base64;
import javax.crypto.Cipher;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;

/**
 * Decrypts GetPasswordData's {@code PasswordData} as a user would: base64, then the standard Java
 * {@code RSA/ECB/PKCS1Padding} cipher with the PKCS#1 PEM private key CreateKeyPair returned.
 */
public final class PasswordDecryption {

    private PasswordDecryption() {
    }

    public static String decrypt(String passwordData, String pkcs1Pem) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.DECRYPT_MODE, privateKey(pkcs1Pem));
        return new String(cipher.doFinal(Base64.getDecoder().decode(passwordData)), StandardCharsets.UTF_8);
    }

    /** A {@code BEGIN RSA PRIVATE KEY} PEM as a JCA private key (the JDK reads only PKCS#8 itself). */
    static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPrivateKey k = RSAPrivateKey.getInstance(Base64.getDecoder().decode(base64));
        BigInteger[] parts = {k.getModulus(), k.getPublicExponent(), k.getPrivateExponent(), k.getPrime1(),
            k.getPrime2(), k.getExponent1(), k.getExponent2(), k.getCoefficient()};
        return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(parts[0], parts[1], parts[2],
                parts[3], parts[4], parts[5], parts[6], parts[7]));
    }
}

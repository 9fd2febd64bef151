package io.ec2emulator.api.dispatch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who calls and where: the account and the region, read from the SigV4 credential scope
 * ({@code Credential=AKID/20240101/us-west-2/ec2/aws4_request} in the {@code Authorization} header, or
 * {@code X-Amz-Credential} in the query). An access key id of exactly 12 digits is the account id;
 * any other key, or none, is the default account. Signatures are not verified.
 */
public record CallerIdentity(String accessKeyId, String accountId, String region) {

    public static final String DEFAULT_REGION = "us-east-1";
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]*)/[^/,\\s]*/([^/,\\s]*)/");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    /**
     * @param authorization the {@code Authorization} header, or null
     * @param queryCredential the {@code X-Amz-Credential} parameter, or null
     */
    public static CallerIdentity resolve(String authorization, String queryCredential, String defaultAccountId) {
        String accessKey = null;
        String region = null;
        if (authorization != null) {
            Matcher m = CREDENTIAL.matcher(authorization);
            if (m.find()) {
                accessKey = m.group(1);
                region = m.group(2);
            }
        }
        if (accessKey == null && queryCredential != null) {
            String[] scope = queryCredential.split("/", -1);
            if (scope.length >= 3) {
                accessKey = scope[0];
                region = scope[2];
            }
        }
        String account = accessKey != null && ACCOUNT_ID.matcher(accessKey).matches() ? accessKey : defaultAccountId;
        return new CallerIdentity(accessKey, account, region == null || region.isEmpty() ? DEFAULT_REGION : region);
    }
}

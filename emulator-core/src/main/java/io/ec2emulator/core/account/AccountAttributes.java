package io.ec2emulator.core.account;

import io.ec2emulator.core.Ec2Error;
import io.ec2emulator.core.state.RegionState;
import io.ec2emulator.core.vpc.Vpc;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DescribeAccountAttributes: the account's platform and default VPC, and the quotas EC2 reports with
 * them (the defaults of a new account).
 */
public final class AccountAttributes {

    private AccountAttributes() {
    }

    /** Every attribute, or only the named ones (an unknown name is {@code InvalidParameterValue}). */
    public static Map<String, List<String>> describe(RegionState region, List<String> names) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("supported-platforms", List.of("VPC"));
        all.put("default-vpc", List.of(region.networking().defaultVpc().map(Vpc::vpcId).orElse("none")));
        all.put("max-instances", List.of("20"));
        all.put("vpc-max-security-groups-per-interface", List.of("5"));
        all.put("max-elastic-ips", List.of("5"));
        all.put("vpc-max-elastic-ips", List.of("5"));
        if (names.isEmpty()) {
            return all;
        }
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        for (String name : names) {
            List<String> values = all.get(name);
            if (values == null) {
                throw Ec2Error.invalidParameterValue("Value (" + Ec2Error.shorten(name)
                        + ") for parameter attributeName is invalid. Unknown attribute.");
            }
            chosen.put(name, values);
        }
        return chosen;
    }
}

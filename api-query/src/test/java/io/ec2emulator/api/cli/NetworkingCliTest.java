package io.ec2emulator.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.ec2emulator.api.TestServer;
import io.ec2emulator.core.EmulatorSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elastic IPs, network interfaces and NAT gateways with the AWS CLI and its waiters (network-interface-available,
 * nat-gateway-available, nat-gateway-deleted).
 */
class NetworkingCliTest {

    @RegisterExtension
    static final CliServer SERVER = new CliServer(() -> new TestServer(EmulatorSettings.instant()));

    @TempDir
    Path dir;

    private String aws(String... args) {
        return new AwsCli(SERVER.server().endpoint(), dir, "123456789017").ok(args);
    }

    @Test
    void elasticIpInterfaceAndNatGateway() {
        String image = aws("describe-images", "--owners", "amazon", "--filters",
                "Name=name,Values=al2023-ami-2023.*-x86_64", "--query", "Images[0].ImageId", "--output", "text");
        String instance = aws("run-instances", "--image-id", image, "--instance-type", "t3.micro",
                "--placement", "AvailabilityZone=us-east-1a", "--query", "Instances[0].InstanceId", "--output", "text");
        aws("wait", "instance-running", "--instance-ids", instance);
        String subnet = aws("describe-instances", "--instance-ids", instance, "--query",
                "Reservations[0].Instances[0].SubnetId", "--output", "text");

        String[] eip = aws("allocate-address", "--domain", "vpc", "--query", "[AllocationId,PublicIp]", "--output",
                "text").split("\\s+");
        aws("associate-address", "--instance-id", instance, "--allocation-id", eip[0]);
        assertEquals(eip[1], aws("describe-instances", "--instance-ids", instance, "--query",
                "Reservations[0].Instances[0].PublicIpAddress", "--output", "text"));
        assertEquals(instance, aws("describe-addresses", "--public-ips", eip[1], "--query", "Addresses[0].InstanceId",
                "--output", "text"));

        String eni = aws("create-network-interface", "--subnet-id", subnet, "--description", "second", "--query",
                "NetworkInterface.NetworkInterfaceId", "--output", "text");
        aws("wait", "network-interface-available", "--network-interface-ids", eni);
        aws("attach-network-interface", "--network-interface-id", eni, "--instance-id", instance, "--device-index", "1");
        assertEquals("in-use", aws("describe-network-interfaces", "--filters",
                "Name=attachment.instance-id,Values=" + instance, "Name=description,Values=second", "--query",
                "NetworkInterfaces[0].Status", "--output", "text"));

        String natEip = aws("allocate-address", "--query", "AllocationId", "--output", "text");
        String nat = aws("create-nat-gateway", "--subnet-id", subnet, "--allocation-id", natEip, "--query",
                "NatGateway.NatGatewayId", "--output", "text");
        aws("wait", "nat-gateway-available", "--nat-gateway-ids", nat);
        String natEni = aws("describe-nat-gateways", "--nat-gateway-ids", nat, "--query",
                "NatGateways[0].NatGatewayAddresses[0].NetworkInterfaceId", "--output", "text");
        assertEquals("nat_gateway", aws("describe-network-interfaces", "--network-interface-ids", natEni, "--query",
                "NetworkInterfaces[0].InterfaceType", "--output", "text"));
        aws("delete-nat-gateway", "--nat-gateway-id", nat);
        aws("wait", "nat-gateway-deleted", "--nat-gateway-ids", nat);
        aws("release-address", "--allocation-id", natEip);

        String association = aws("describe-addresses", "--allocation-ids", eip[0], "--query",
                "Addresses[0].AssociationId", "--output", "text");
        aws("disassociate-address", "--association-id", association);
        assertNotEquals(eip[1], aws("describe-instances", "--instance-ids", instance, "--query",
                "Reservations[0].Instances[0].PublicIpAddress", "--output", "text"));
        aws("release-address", "--allocation-id", eip[0]);
    }
}
